package dev.specsync.git.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.specsync.cli.CommandContext;
import dev.specsync.cli.ExitCode;
import dev.specsync.git.Diagnostic;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.credentials.Credential;
import dev.specsync.git.credentials.GitCredentials;
import dev.specsync.git.engine.RemoteOperation;

/** What the Git engine commands share: {@code -C DIR}, credentials from the environment, exit codes. */
final class GitCommands {

	/** The environment variable holding the token; never a command-line argument. */
	static final String TOKEN_VARIABLE = "SPECSYNC_TOKEN"; //$NON-NLS-1$
	/** The user name sent with the token; servers that ignore it accept the default. */
	static final String USERNAME_VARIABLE = "SPECSYNC_USERNAME"; //$NON-NLS-1$
	private static final String DEFAULT_USERNAME = "token"; //$NON-NLS-1$

	private GitCommands() {
	}

	/** The arguments without {@code -C DIR}, and the folder the command works in. */
	record Invocation(List<String> arguments, Path directory) {
	}

	/**
	 * Takes {@code -C DIR} out of the arguments.
	 *
	 * @return empty after printing a usage error when {@code -C} has no folder
	 */
	static Optional<Invocation> parse(String name, CommandContext context) {
		List<String> rest = new ArrayList<>();
		Path dir = context.workingDirectory();
		List<String> args = context.arguments();
		for (int i = 0; i < args.size(); i++) {
			if ("-C".equals(args.get(i))) { //$NON-NLS-1$
				if (i + 1 >= args.size()) {
					context.err().println(NLS.bind(Messages.Git_missingDirectory, name));
					return Optional.empty();
				}
				dir = context.workingDirectory().resolve(args.get(++i));
			} else {
				rest.add(args.get(i));
			}
		}
		return Optional.of(new Invocation(rest, dir.toAbsolutePath().normalize()));
	}

	/**
	 * Gives a remote operation the token of {@code SPECSYNC_TOKEN} when it is set; otherwise leaves the operation
	 * to the credential stores registered with the engine (the secure storage of the installation).
	 */
	static <O extends RemoteOperation<O, ?>> O withCredentials(O operation, Map<String, String> environment) {
		GitCredentials fromEnvironment = credentials(environment);
		return fromEnvironment == GitCredentials.NONE ? operation : operation.setCredentials(fromEnvironment);
	}

	/** Credentials from {@code SPECSYNC_TOKEN} (and {@code SPECSYNC_USERNAME}), or none. */
	static GitCredentials credentials(Map<String, String> environment) {
		String token = environment.get(TOKEN_VARIABLE);
		if (token == null || token.isEmpty()) {
			return GitCredentials.NONE;
		}
		String user = environment.getOrDefault(USERNAME_VARIABLE, DEFAULT_USERNAME);
		String username = user.isBlank() ? DEFAULT_USERNAME : user;
		return uri -> Optional.of(new Credential(username, token.toCharArray()));
	}

	/** Prints a failure and returns its exit code: 1 for conflicts and rejections, 2 for everything else. */
	static int fail(String name, CommandContext context, GitOperationException e) {
		context.err().println(NLS.bind(Messages.Command_failed, name, e.getMessage()));
		return exitCode(e.diagnostic());
	}

	static int exitCode(Diagnostic diagnostic) {
		return switch (diagnostic.code()) {
			case CONFLICT, REJECTED -> ExitCode.PROBLEMS;
			default -> ExitCode.USAGE;
		};
	}

	static int usage(String name, CommandContext context, List<String> unexpected) {
		context.err().println(NLS.bind(Messages.Command_unexpectedArguments, name, String.join(" ", unexpected))); //$NON-NLS-1$
		return ExitCode.USAGE;
	}
}
