package dev.specsync.cli.internal;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;

/** {@code specsync help [COMMAND]}: the list of commands, or one command's usage. */
@Component(service = Command.class)
@CommandName(name = "help")
public final class HelpCommand implements Command {

	private final CommandCatalog catalog;

	/**
	 * Creates the command.
	 *
	 * @param catalog the commands to describe
	 */
	@Activate
	public HelpCommand(@Reference CommandCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String summary() {
		return Messages.HelpCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.HelpCommand_usage;
	}

	@Override
	public int run(CommandContext context) {
		if (context.arguments().size() > 1) {
			context.err().println(NLS.bind(Messages.Command_unexpectedArguments,
					String.join(" ", context.arguments().subList(1, context.arguments().size())))); //$NON-NLS-1$
			return ExitCode.USAGE;
		}
		if (context.arguments().size() == 1) {
			String name = context.arguments().get(0);
			Optional<Command> command = catalog.find(name);
			if (command.isEmpty()) {
				context.err().println(NLS.bind(Messages.CommandLine_unknownCommand, name));
				return ExitCode.USAGE;
			}
			context.out().println(command.get().usage());
			return ExitCode.OK;
		}
		StringBuilder text = new StringBuilder(Messages.HelpCommand_header).append(System.lineSeparator());
		int width = catalog.names().stream().mapToInt(String::length).max().orElse(0);
		for (String name : catalog.names()) {
			catalog.find(name).ifPresent(command -> text.append("  ") //$NON-NLS-1$
					.append(String.format("%-" + width + "s", name)) //$NON-NLS-1$ //$NON-NLS-2$
					.append("   ").append(command.summary()).append(System.lineSeparator())); //$NON-NLS-1$
		}
		text.append(System.lineSeparator()).append(Messages.HelpCommand_footer);
		context.out().println(text);
		return ExitCode.OK;
	}
}
