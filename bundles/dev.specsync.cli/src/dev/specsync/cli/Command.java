package dev.specsync.cli;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One sub-command of the {@code specsync} command line, such as {@code validate} or {@code diff}.
 * <p>
 * Bundles register implementations as OSGi services carrying the {@link CommandName} property; the
 * command line looks a command up by that property and only then obtains (and so activates) the
 * service, which keeps start-up independent of the number of commands. A command runs on the
 * caller's thread, once per invocation; it reports problems on {@link CommandContext#err()} in
 * words that name the cause and the fix, and returns an exit code instead of throwing.
 */
@ConsumerType
public interface Command {

	/**
	 * A one-line description for the command list of {@code specsync --help}.
	 *
	 * @return the summary, never {@code null}
	 */
	String summary();

	/**
	 * The full usage text printed by {@code specsync help NAME} and {@code specsync NAME --help}.
	 *
	 * @return the usage, never {@code null}; it starts with the synopsis line
	 */
	String usage();

	/**
	 * Runs the command.
	 *
	 * @param context the arguments after the command name, the output streams and the working directory
	 * @return the process exit code: {@link ExitCode#OK}, {@link ExitCode#PROBLEMS} or {@link ExitCode#USAGE}
	 *         and, for commands that document them, others
	 */
	int run(CommandContext context);
}
