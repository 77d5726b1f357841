package dev.specsync.git.cli.internal;

import java.util.List;

import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.CommitResult;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;

/** {@code specsync commit -m MSG [-a]}, with the author from Git's {@code user.name} and {@code user.email}. */
@Component(service = Command.class)
@CommandName(name = "commit")
public final class CommitCommand extends WorkspaceCommand {

	/**
	 * Creates the command; Declarative Services calls this.
	 *
	 * @param git the Git engine
	 */
	@Activate
	public CommitCommand(@Reference GitService git) {
		super(git, "commit"); //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.CommitCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.CommitCommand_usage;
	}

	@Override
	int execute(GitWorkspace workspace, List<String> arguments, CommandContext context) throws GitOperationException {
		String message = null;
		boolean all = false;
		for (int i = 0; i < arguments.size(); i++) {
			String arg = arguments.get(i);
			if ("-m".equals(arg) || "--message".equals(arg) || "-am".equals(arg)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				all |= "-am".equals(arg); //$NON-NLS-1$
				if (i + 1 >= arguments.size()) {
					context.err().println(Messages.CommitCommand_missingMessage);
					return ExitCode.USAGE;
				}
				message = arguments.get(++i);
			} else if ("-a".equals(arg) || "--all".equals(arg)) { //$NON-NLS-1$ //$NON-NLS-2$
				all = true;
			} else {
				return GitCommands.usage(name(), context, List.of(arg));
			}
		}
		if (message == null) {
			context.err().println(Messages.CommitCommand_missingMessage);
			return ExitCode.USAGE;
		}
		UserConfig user = workspace.repository().getConfig().get(UserConfig.KEY);
		if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
			context.err().println(Messages.CommitCommand_noAuthor);
			return ExitCode.USAGE;
		}
		Author author = new Author(user.getAuthorName(), user.getAuthorEmail());
		CommitResult result = workspace.commit(message, author).setAll(all).call();
		context.out().println(NLS.bind(Messages.CommitCommand_committed, result.id().abbreviate(10).name(),
				org.eclipse.jgit.lib.Repository.shortenRefName(result.branch())));
		return ExitCode.OK;
	}
}
