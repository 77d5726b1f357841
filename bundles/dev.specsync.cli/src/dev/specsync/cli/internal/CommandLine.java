package dev.specsync.cli.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.ExitCode;

/**
 * Parses the global part of a {@code specsync} invocation ({@code --help}, {@code --version}, the command
 * name) and runs the named command. Plain Java, so it is tested without a framework.
 */
public final class CommandLine {

	private final CommandCatalog catalog;

	/**
	 * Creates a command line over a catalog.
	 *
	 * @param catalog where commands are looked up
	 */
	public CommandLine(CommandCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Runs one invocation.
	 *
	 * @param context the full argument list (starting with the command name or a global option) and streams
	 * @return the exit code for the process
	 */
	public int run(CommandContext context) {
		List<String> args = context.arguments();
		if (args.isEmpty()) {
			context.err().println(Messages.CommandLine_noCommand);
			return runCommand("help", context.arguments(), context, ExitCode.USAGE); //$NON-NLS-1$
		}
		String first = args.get(0);
		List<String> rest = args.subList(1, args.size());
		switch (first) {
		case "--version", "-V": //$NON-NLS-1$ //$NON-NLS-2$
			return runCommand("version", rest, context, ExitCode.OK); //$NON-NLS-1$
		case "--help", "-h", "-?": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return runCommand("help", rest, context, ExitCode.OK); //$NON-NLS-1$
		default:
			break;
		}
		if (first.startsWith("-")) { //$NON-NLS-1$
			context.err().println(NLS.bind(Messages.CommandLine_unknownOption, first));
			return ExitCode.USAGE;
		}
		Optional<Command> command = catalog.find(first);
		if (command.isEmpty()) {
			String suggestion = closestName(first);
			context.err().println(suggestion == null ? NLS.bind(Messages.CommandLine_unknownCommand, first)
					: NLS.bind(Messages.CommandLine_unknownCommandSuggestion, first, suggestion));
			return ExitCode.USAGE;
		}
		if (rest.contains("--help") || rest.contains("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
			context.out().println(command.get().usage());
			return ExitCode.OK;
		}
		return command.get().run(withArguments(context, rest));
	}

	private int runCommand(String name, List<String> rest, CommandContext context, int exitCodeOnSuccess) {
		Optional<Command> command = catalog.find(name);
		if (command.isEmpty()) {
			context.err().println(NLS.bind(Messages.CommandLine_missingBuiltin, name));
			return ExitCode.INTERNAL_ERROR;
		}
		int code = command.get().run(withArguments(context, rest));
		return code == ExitCode.OK ? exitCodeOnSuccess : code;
	}

	private static CommandContext withArguments(CommandContext context, List<String> arguments) {
		return new CommandContext(arguments, context.out(), context.err(), context.workingDirectory(),
				context.environment());
	}

	/** The known command nearest to a mistyped one, when it is near enough to be a typo. */
	private String closestName(String typed) {
		return catalog.names().stream()
				.filter(name -> distance(name, typed) <= Math.max(1, Math.min(2, typed.length() / 2)))
				.min(Comparator.comparingInt(name -> distance(name, typed)))
				.orElse(null);
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
