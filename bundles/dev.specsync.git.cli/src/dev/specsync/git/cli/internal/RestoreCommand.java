package dev.specsync.git.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

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
import dev.specsync.git.RestoreResult;
import dev.specsync.git.Snapshot;
import dev.specsync.git.SnapshotService;
import dev.specsync.git.SnapshotServices;

/**
 * {@code specsync restore SNAPSHOT}: puts the files and the index of the current working tree back to a
 * snapshot, after saving the current state in a new snapshot that undoes the restore. HEAD and branches
 * stay where they are.
 */
@Component(service = Command.class)
@CommandName(name = "restore")
public final class RestoreCommand implements Command {

	private static final String NAME = "restore"; //$NON-NLS-1$

	private final SnapshotServices snapshots;

	/**
	 * Creates the command; Declarative Services calls this.
	 *
	 * @param snapshots the snapshot engine
	 */
	@Activate
	public RestoreCommand(@Reference SnapshotServices snapshots) {
		this.snapshots = snapshots;
	}

	@Override
	public String summary() {
		return Messages.RestoreCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.RestoreCommand_usage;
	}

	@Override
	public int run(CommandContext context) {
		if (context.arguments().size() != 1) {
			context.err().println(context.arguments().isEmpty() ? Messages.RestoreCommand_missingSnapshot
					: NLS.bind(Messages.Command_unexpectedArguments, NAME,
							String.join(" ", context.arguments().subList(1, context.arguments().size())))); //$NON-NLS-1$
			return ExitCode.USAGE;
		}
		String wanted = context.arguments().get(0);
		Optional<Repository> workspace;
		try {
			workspace = Workspace.open(context.workingDirectory());
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.Command_cannotOpenRepository,
					new Object[] { NAME, context.workingDirectory(), e.getMessage() }));
			return ExitCode.USAGE;
		}
		if (workspace.isEmpty()) {
			context.err().println(NLS.bind(Messages.Command_notAWorkingTree, NAME, context.workingDirectory()));
			return ExitCode.USAGE;
		}
		try (Repository repository = workspace.get()) {
			SnapshotService service = snapshots.forRepository(repository);
			List<Snapshot> all = service.list();
			List<Snapshot> matches = all.stream().filter(s -> s.id().equals(wanted) || s.refName().equals(wanted))
					.toList();
			if (matches.isEmpty()) {
				matches = all.stream().filter(s -> s.id().startsWith(wanted)).toList();
			}
			if (matches.isEmpty()) {
				context.err().println(NLS.bind(Messages.RestoreCommand_unknownSnapshot, wanted));
				return ExitCode.USAGE;
			}
			if (matches.size() > 1) {
				context.err().println(NLS.bind(Messages.RestoreCommand_ambiguousSnapshot, wanted,
						String.join(", ", matches.stream().map(Snapshot::id).toList()))); //$NON-NLS-1$
				return ExitCode.USAGE;
			}
			RestoreResult result = service.restore(matches.get(0));
			Snapshot restored = result.restored();
			context.out().println(NLS.bind(Messages.RestoreCommand_restored, new Object[] { restored.id(),
					restored.reason(), SnapshotsCommand.time(restored), SnapshotsCommand.branch(restored) }));
			context.out().println(NLS.bind(Messages.RestoreCommand_undo, result.safety().id()));
			return ExitCode.OK;
		} catch (GitOperationException e) {
			context.err().println(NLS.bind(Messages.Command_failed, NAME, e.getMessage()));
			return ExitCode.PROBLEMS;
		}
	}
}
