package dev.specsync.cli.internal;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.core.BuildInfo;

/** {@code specsync version}: the product, its version and build id, and the Java runtime it runs on. */
@Component(service = Command.class)
@CommandName(name = "version")
public final class VersionCommand implements Command {

	/** Creates the command; DS calls this. */
	public VersionCommand() {
	}

	@Override
	public String summary() {
		return Messages.VersionCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.VersionCommand_usage;
	}

	@Override
	public int run(CommandContext context) {
		if (!context.arguments().isEmpty()) {
			context.err().println(NLS.bind(Messages.Command_unexpectedArguments, String.join(" ", context.arguments()))); //$NON-NLS-1$
			return ExitCode.USAGE;
		}
		context.out().println(BuildInfo.current().displayString());
		context.out().println(NLS.bind(Messages.VersionCommand_runtime, new Object[] {
				System.getProperty("java.runtime.version"), System.getProperty("java.vendor"), //$NON-NLS-1$ //$NON-NLS-2$
				System.getProperty("os.name"), System.getProperty("os.arch") })); //$NON-NLS-1$ //$NON-NLS-2$
		return ExitCode.OK;
	}
}
