package dev.specsync.git.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import dev.specsync.git.Snapshot;
import dev.specsync.git.SnapshotServices;

/** {@code specsync snapshots}: the snapshots of the current working tree, newest first. */
@Component(service = Command.class)
@CommandName(name = "snapshots")
public final class SnapshotsCommand implements Command {

	private final SnapshotServices snapshots;

	/**
	 * Creates the command; Declarative Services calls this.
	 *
	 * @param snapshots the snapshot engine
	 */
	@Activate
	public SnapshotsCommand(@Reference SnapshotServices snapshots) {
		this.snapshots = snapshots;
	}

	@Override
	public String summary() {
		return Messages.SnapshotsCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.SnapshotsCommand_usage;
	}

	@Override
	public int run(CommandContext context) {
		if (!context.arguments().isEmpty()) {
			context.err().println(NLS.bind(Messages.Command_unexpectedArguments, "snapshots", //$NON-NLS-1$
					String.join(" ", context.arguments()))); //$NON-NLS-1$
			return ExitCode.USAGE;
		}
		Optional<Repository> workspace;
		try {
			workspace = Workspace.open(context.workingDirectory());
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.Command_cannotOpenRepository,
					new Object[] { "snapshots", context.workingDirectory(), e.getMessage() })); //$NON-NLS-1$
			return ExitCode.USAGE;
		}
		if (workspace.isEmpty()) {
			context.err().println(NLS.bind(Messages.Command_notAWorkingTree, "snapshots", context.workingDirectory())); //$NON-NLS-1$
			return ExitCode.USAGE;
		}
		try (Repository repository = workspace.get()) {
			List<Snapshot> list = snapshots.forRepository(repository).list();
			if (list.isEmpty()) {
				context.out().println(NLS.bind(Messages.SnapshotsCommand_none, repository.getWorkTree()));
				return ExitCode.OK;
			}
			print(list, context.out());
			return ExitCode.OK;
		} catch (GitOperationException e) {
			context.err().println(NLS.bind(Messages.Command_failed, "snapshots", e.getMessage())); //$NON-NLS-1$
			return ExitCode.PROBLEMS;
		}
	}

	private static void print(List<Snapshot> list, PrintStream out) {
		int idWidth = Math.max(Messages.SnapshotsCommand_columnId.length(),
				list.stream().mapToInt(s -> s.id().length()).max().orElse(0));
		List<String> branches = list.stream().map(SnapshotsCommand::branch).toList();
		int branchWidth = Math.max(Messages.SnapshotsCommand_columnBranch.length(),
				branches.stream().mapToInt(String::length).max().orElse(0));
		String row = "%-" + idWidth + "s  %-20s  %-" + branchWidth + "s  %s%n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.printf(row, Messages.SnapshotsCommand_columnId, Messages.SnapshotsCommand_columnTime,
				Messages.SnapshotsCommand_columnBranch, Messages.SnapshotsCommand_columnReason);
		for (int i = 0; i < list.size(); i++) {
			Snapshot snapshot = list.get(i);
			out.printf(row, snapshot.id(), time(snapshot), branches.get(i), snapshot.reason());
		}
	}

	/** The snapshot time in UTC to the second, as ISO 8601, for example {@code 2026-11-23T11:40:00Z}. */
	static String time(Snapshot snapshot) {
		return DateTimeFormatter.ISO_INSTANT.format(snapshot.time().truncatedTo(ChronoUnit.SECONDS));
	}

	/** The short name of the branch that was checked out, or a marker for a detached HEAD. */
	static String branch(Snapshot snapshot) {
		return snapshot.branch() == null ? Messages.SnapshotsCommand_detached : Repository.shortenRefName(snapshot.branch());
	}
}
