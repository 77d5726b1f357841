package dev.specsync.git.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.WorkspaceStatus;

/** {@code specsync status}: branch, upstream, ahead/behind and the changed files. */
@Component(service = Command.class)
@CommandName(name = "status")
public final class StatusCommand extends WorkspaceCommand {

	/**
	 * Creates the command; Declarative Services calls this.
	 *
	 * @param git the Git engine
	 */
	@Activate
	public StatusCommand(@Reference GitService git) {
		super(git, "status"); //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.StatusCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.StatusCommand_usage;
	}

	@Override
	int execute(GitWorkspace workspace, List<String> arguments, CommandContext context) throws GitOperationException {
		if (!arguments.isEmpty()) {
			return GitCommands.usage(name(), context, arguments);
		}
		WorkspaceStatus status = workspace.status().call();
		PrintStream out = context.out();
		String branch = status.branch().orElse(Messages.SnapshotsCommand_detached);
		out.println(status.upstream().isPresent()
				? NLS.bind(Messages.StatusCommand_branchTracking, new Object[] { branch, status.upstream().get(), status.ahead(), status.behind() })
				: NLS.bind(Messages.StatusCommand_branch, branch));
		if (!"SAFE".equals(status.operation())) { //$NON-NLS-1$
			out.println(NLS.bind(Messages.StatusCommand_operation, status.operation()));
		}
		section(out, Messages.StatusCommand_conflicts, status.conflicting());
		section(out, Messages.StatusCommand_staged, status.staged());
		section(out, Messages.StatusCommand_changed, status.changed());
		section(out, Messages.StatusCommand_untracked, status.untracked());
		if (status.clean()) {
			out.println(Messages.StatusCommand_clean);
		}
		return ExitCode.OK;
	}

	private static void section(PrintStream out, String title, Set<String> paths) {
		if (!paths.isEmpty()) {
			out.println(title);
			paths.forEach(p -> out.println("  " + p)); //$NON-NLS-1$
		}
	}
}
