package dev.specsync.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.cli.CommandContext;
import dev.specsync.cli.ExitCode;

/**
 * The Equinox application behind the {@code specsync} launch script: it hands the program arguments to
 * {@link CommandLine} and returns its exit code. It loads no UI code.
 */
public final class CliApplication implements IApplication {

	private static final long REGISTRY_TIMEOUT_MS = 10_000;

	/** Creates the application; the platform calls this. */
	public CliApplication() {
	}

	@Override
	public Object start(IApplicationContext context) throws Exception {
		context.applicationRunning();
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> arguments = args == null ? List.of() : Arrays.asList(args);
		PrintStream out = System.out;
		PrintStream err = System.err;
		try {
			CommandCatalog catalog = awaitCatalog();
			if (catalog == null) {
				err.println(Messages.CliApplication_noRegistry);
				return Integer.valueOf(ExitCode.INTERNAL_ERROR);
			}
			Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath(); //$NON-NLS-1$
			return Integer.valueOf(new CommandLine(catalog).run(new CommandContext(arguments, out, err, cwd, System.getenv())));
		} finally {
			out.flush();
			err.flush();
		}
	}

	private static CommandCatalog awaitCatalog() throws InterruptedException {
		Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
		if (bundle == null || bundle.getBundleContext() == null) {
			return null;
		}
		ServiceTracker<CommandCatalog, CommandCatalog> tracker = new ServiceTracker<>(bundle.getBundleContext(),
				CommandCatalog.class, null);
		tracker.open();
		return tracker.waitForService(REGISTRY_TIMEOUT_MS);
	}

	@Override
	public void stop() {
		// The command runs to completion on the launcher's thread; there is nothing to interrupt.
	}
}
