package dev.specsync.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a {@link Command} runs with: its arguments, the streams to write to, the working directory and
 * the environment. Tests build one directly; the command line builds one per invocation.
 *
 * @param arguments the arguments after the command name, unmodifiable, never {@code null}
 * @param out where results go (standard output), never {@code null}
 * @param err where diagnostics go (standard error), never {@code null}
 * @param workingDirectory the directory relative paths are resolved against, never {@code null}
 * @param environment the environment variables, unmodifiable, never {@code null}
 */
@ProviderType
public record CommandContext(List<String> arguments, PrintStream out, PrintStream err, Path workingDirectory,
		Map<String, String> environment) {

	/**
	 * Copies the collections and checks that nothing is {@code null}.
	 *
	 * @param arguments the arguments after the command name
	 * @param out standard output
	 * @param err standard error
	 * @param workingDirectory the working directory
	 * @param environment the environment variables
	 */
	public CommandContext {
		arguments = List.copyOf(arguments);
		Objects.requireNonNull(out, "out"); //$NON-NLS-1$
		Objects.requireNonNull(err, "err"); //$NON-NLS-1$
		Objects.requireNonNull(workingDirectory, "workingDirectory"); //$NON-NLS-1$
		environment = Map.copyOf(environment);
	}
}
