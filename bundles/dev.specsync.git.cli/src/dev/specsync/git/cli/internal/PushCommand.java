package dev.specsync.git.cli.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.ForceWithLease;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.PushOperation;
import dev.specsync.git.engine.PushResult;

/** {@code specsync push [--force-with-lease[=COMMIT]]}: the checked-out branch to its upstream. */
@Component(service = Command.class)
@CommandName(name = "push")
public final class PushCommand extends WorkspaceCommand {

	private static final String LEASE = "--force-with-lease"; //$NON-NLS-1$

	/**
	 * Creates the command; Declarative Services calls this.
	 *
	 * @param git the Git engine
	 */
	@Activate
	public PushCommand(@Reference GitService git) {
		super(git, "push"); //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.PushCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.PushCommand_usage;
	}

	@Override
	int execute(GitWorkspace workspace, List<String> arguments, CommandContext context) throws GitOperationException {
		PushOperation push = GitCommands.withCredentials(workspace.push(), context.environment());
		for (String arg : arguments) {
			if (arg.equals(LEASE) || arg.startsWith(LEASE + "=")) { //$NON-NLS-1$
				Repository repository = workspace.repository();
				String branch;
				ObjectId expected;
				try {
					branch = Repository.shortenRefName(String.valueOf(repository.getFullBranch()));
					if (arg.equals(LEASE)) {
						Ref tracking = repository.exactRef(Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/" + branch); //$NON-NLS-1$
						if (tracking == null) {
							context.err().println(NLS.bind(Messages.PushCommand_noLease, branch));
							return ExitCode.USAGE;
						}
						expected = tracking.getObjectId();
					} else {
						expected = repository.resolve(arg.substring(LEASE.length() + 1));
						if (expected == null) {
							context.err().println(NLS.bind(Messages.PushCommand_badLease, arg.substring(LEASE.length() + 1)));
							return ExitCode.USAGE;
						}
					}
				} catch (IOException e) {
					context.err().println(NLS.bind(Messages.Command_failed, name(), e.getMessage()));
					return ExitCode.USAGE;
				}
				push.setForceWithLease(new ForceWithLease(branch, expected));
			} else {
				return GitCommands.usage(name(), context, List.of(arg));
			}
		}
		PushResult result = push.call();
		result.serverMessages().forEach(m -> context.err().println(NLS.bind(Messages.PushCommand_server, m)));
		for (PushResult.RefUpdate update : result.updates()) {
			if (update.diagnostic().isPresent()) {
				context.err().println(NLS.bind(Messages.Command_failed, name(), update.diagnostic().get().userMessage()));
			} else {
				context.out().println(NLS.bind(Messages.PushCommand_done, Repository.shortenRefName(update.remoteRef()),
						update.status() == PushResult.Status.UP_TO_DATE ? Messages.PushCommand_upToDate : update.newId().abbreviate(10).name()));
			}
		}
		result.snapshot().ifPresent(s -> context.out().println(NLS.bind(Messages.PullCommand_undo, s.id())));
		return result.accepted() ? ExitCode.OK : ExitCode.PROBLEMS;
	}
}
