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

	/** The environment variable that makes the command line print its start-up timing to standard error. */
	static final String TRACE_STARTUP = "SPECSYNC_TRACE_STARTUP"; //$NON-NLS-1$

	/** Creates the application; the platform calls this. */
	public CliApplication() {
	}

	@Override
	public Object start(IApplicationContext context) throws Exception {
		long started = System.nanoTime();
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
			if (System.getenv(TRACE_STARTUP) != null) {
				traceStartup(err, started);
			}
			err.flush();
		}
	}

	/**
	 * Prints how long the process took to reach the application and how long the command itself took,
	 * for {@code bench/startup}: the platform's start-up and the command's own work are tuned separately.
	 */
	private static void traceStartup(PrintStream err, long started) {
		long commandMs = (System.nanoTime() - started) / 1_000_000;
		long toApplicationMs = ProcessHandle.current().info().startInstant()
				.map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis() - commandMs)
				.orElse(-1L);
		err.println("specsync-startup: process-to-application-ms=" + toApplicationMs + " command-ms=" + commandMs); //$NON-NLS-1$ //$NON-NLS-2$
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
