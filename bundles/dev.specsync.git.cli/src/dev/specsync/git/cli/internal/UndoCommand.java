package dev.specsync.git.cli.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.RestoreResult;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;

/** {@code specsync undo}: undoes the last pull, merge, switch, reset or force push. */
@Component(service = Command.class)
@CommandName(name = "undo")
public final class UndoCommand extends WorkspaceCommand {

	/**
	 * Creates the command; Declarative Services calls this.
	 *
	 * @param git the Git engine
	 */
	@Activate
	public UndoCommand(@Reference GitService git) {
		super(git, "undo"); //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.UndoCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.UndoCommand_usage;
	}

	@Override
	int execute(GitWorkspace workspace, List<String> arguments, CommandContext context) throws GitOperationException {
		if (!arguments.isEmpty()) {
			return GitCommands.usage(name(), context, arguments);
		}
		Optional<RestoreResult> result = workspace.undoLastSync();
		if (result.isEmpty()) {
			context.err().println(Messages.UndoCommand_nothing);
			return ExitCode.USAGE;
		}
		context.out().println(NLS.bind(Messages.UndoCommand_done, result.get().restored().reason(), result.get().restored().id()));
		context.out().println(NLS.bind(Messages.RestoreCommand_undo, result.get().safety().id()));
		return ExitCode.OK;
	}
}
