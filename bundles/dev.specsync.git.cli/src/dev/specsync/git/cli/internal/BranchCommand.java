package dev.specsync.git.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.BranchInfo;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.LocalChanges;
import dev.specsync.git.engine.SwitchResult;

/**
 * {@code specsync branch [-a]}, {@code branch create NAME [START]}, {@code branch switch NAME [--refuse-changes]},
 * {@code branch delete NAME [--force]}, {@code branch upstream NAME REMOTE/BRANCH}.
 */
@Component(service = Command.class)
@CommandName(name = "branch")
public final class BranchCommand extends WorkspaceCommand {

	/**
	 * Creates the command; Declarative Services calls this.
	 *
	 * @param git the Git engine
	 */
	@Activate
	public BranchCommand(@Reference GitService git) {
		super(git, "branch"); //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.BranchCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.BranchCommand_usage;
	}

	@Override
	int execute(GitWorkspace workspace, List<String> args, CommandContext context) throws GitOperationException {
		if (args.isEmpty() || args.equals(List.of("-a")) || args.equals(List.of("-r"))) { //$NON-NLS-1$ //$NON-NLS-2$
			for (BranchInfo branch : workspace.branches().setIncludeRemotes(!args.isEmpty()).call()) {
				if (args.equals(List.of("-r")) && !branch.remote()) { //$NON-NLS-1$
					continue;
				}
				String tracking = branch.upstream().map(u -> NLS.bind(Messages.BranchCommand_tracking,
						new Object[] { u, branch.ahead(), branch.behind() })).orElse(""); //$NON-NLS-1$
				context.out().println((branch.current() ? "* " : "  ") + branch.name() + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ branch.tip().abbreviate(10).name() + tracking);
			}
			return ExitCode.OK;
		}
		String action = args.get(0);
		List<String> rest = args.subList(1, args.size());
		switch (action) {
			case "create": //$NON-NLS-1$
				if (rest.size() == 1 || rest.size() == 2) {
					BranchInfo created = workspace.createBranch(rest.get(0), rest.size() == 2 ? rest.get(1) : "HEAD").call(); //$NON-NLS-1$
					context.out().println(NLS.bind(Messages.BranchCommand_created, created.name(), created.tip().abbreviate(10).name()));
					return ExitCode.OK;
				}
				break;
			case "switch": //$NON-NLS-1$
				if (rest.size() == 1 || rest.size() == 2 && "--refuse-changes".equals(rest.get(1))) { //$NON-NLS-1$
					SwitchResult result = workspace.switchBranch(rest.get(0))
							.setLocalChanges(rest.size() == 2 ? LocalChanges.REFUSE : LocalChanges.CARRY).call();
					context.out().println(NLS.bind(Messages.BranchCommand_switched, rest.get(0), result.snapshot().id()));
					return ExitCode.OK;
				}
				break;
			case "delete": //$NON-NLS-1$
				if (rest.size() == 1 || rest.size() == 2 && "--force".equals(rest.get(1))) { //$NON-NLS-1$
					workspace.deleteBranch(rest.get(0)).setForce(rest.size() == 2).call();
					context.out().println(NLS.bind(Messages.BranchCommand_deleted, rest.get(0)));
					return ExitCode.OK;
				}
				break;
			case "upstream": //$NON-NLS-1$
				if (rest.size() == 2) {
					workspace.setUpstream(rest.get(0), rest.get(1)).call();
					context.out().println(NLS.bind(Messages.BranchCommand_upstream, rest.get(0), rest.get(1)));
					return ExitCode.OK;
				}
				break;
			default:
				break;
		}
		return GitCommands.usage(name(), context, args);
	}
}
