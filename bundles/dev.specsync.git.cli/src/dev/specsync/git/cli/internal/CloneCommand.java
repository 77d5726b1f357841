package dev.specsync.git.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
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
import dev.specsync.git.engine.CloneOperation;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;

/** {@code specsync clone URL DIR [--branch B]}. */
@Component(service = Command.class)
@CommandName(name = "clone")
public final class CloneCommand implements Command {

	private static final String NAME = "clone"; //$NON-NLS-1$
	private final GitService git;

	/**
	 * Creates the command; Declarative Services calls this.
	 *
	 * @param git the Git engine
	 */
	@Activate
	public CloneCommand(@Reference GitService git) {
		this.git = git;
	}

	@Override
	public String summary() {
		return Messages.CloneCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.CloneCommand_usage;
	}

	@Override
	public int run(CommandContext context) {
		var invocation = GitCommands.parse(NAME, context);
		if (invocation.isEmpty()) {
			return ExitCode.USAGE;
		}
		List<String> positional = new ArrayList<>();
		String branch = null;
		List<String> args = invocation.get().arguments();
		for (int i = 0; i < args.size(); i++) {
			if ("--branch".equals(args.get(i)) || "-b".equals(args.get(i))) { //$NON-NLS-1$ //$NON-NLS-2$
				if (i + 1 >= args.size()) {
					return GitCommands.usage(NAME, context, List.of(args.get(i)));
				}
				branch = args.get(++i);
			} else {
				positional.add(args.get(i));
			}
		}
		if (positional.size() != 2) {
			context.err().println(Messages.CloneCommand_missingArguments);
			return ExitCode.USAGE;
		}
		Path target = invocation.get().directory().resolve(positional.get(1)).normalize();
		CloneOperation clone = GitCommands.withCredentials(git.cloneRepository(positional.get(0), target),
				context.environment());
		if (branch != null) {
			clone.setBranch(branch);
		}
		try (GitWorkspace workspace = clone.call()) {
			context.out().println(NLS.bind(Messages.CloneCommand_cloned, dev.specsync.git.Redactor.redact(positional.get(0)),
					workspace.workTree()));
			return ExitCode.OK;
		} catch (GitOperationException e) {
			return GitCommands.fail(NAME, context, e);
		}
	}
}
