package dev.specsync.merge.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.merge.MergeException;
import dev.specsync.merge.MergeRequest;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.MergeState;
import dev.specsync.merge.MergeStateStore;
import dev.specsync.merge.Merger;

/**
 * {@code specsync merge-driver %O %A %B %P}: Git's merge driver protocol. Writes the merge into %A and exits 0 when
 * clean; with conflicts writes the merge with our value at each conflict, keeps the merge in
 * {@link MergeStateStore} under the repository's Git directory and exits 1. Other files and binary content go to
 * {@code git merge-file}; a side that is not valid JSON or YAML leaves %A untouched and exits 1.
 */
@Component(service = Command.class)
@CommandName(name = "merge-driver")
public final class MergeDriverCommand implements Command {
	private final Merger merger;

	/**
	 * Creates the command; DS calls this.
	 *
	 * @param merger the merge service
	 */
	@Activate
	public MergeDriverCommand(@Reference Merger merger) {
		this.merger = merger;
	}

	@Override
	public String summary() {
		return Messages.Driver_summary;
	}

	@Override
	public String usage() {
		return Messages.Driver_usage;
	}

	@Override
	public int run(CommandContext context) {
		List<String> args = context.arguments();
		if (args.size() != 4) {
			context.err().println(Messages.Driver_arguments);
			return ExitCode.USAGE;
		}
		Path dir = context.workingDirectory();
		Path base = dir.resolve(args.get(0));
		Path ours = dir.resolve(args.get(1));
		Path theirs = dir.resolve(args.get(2));
		String path = args.get(3);
		byte[] b;
		byte[] o;
		byte[] t;
		try {
			b = Files.readAllBytes(base);
			o = Files.readAllBytes(ours);
			t = Files.readAllBytes(theirs);
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.Merge_unreadable, path, Files2.reason(e)));
			return ExitCode.USAGE;
		}
		if (!structured(path) || binary(b) || binary(o) || binary(t)) {
			context.err().println(NLS.bind(Messages.Driver_fallback, path));
			return gitMergeFile(context, base, ours, theirs, path);
		}
		Optional<GitTree> tree;
		try {
			tree = GitTree.find(dir, context.environment());
		} catch (IOException e) {
			tree = Optional.empty();
		}
		Path folder = tree.map(x -> x.workTree().resolve(path).getParent()).orElse(null);
		MergeResult result;
		try {
			result = merger.merge(new MergeRequest(path, b.length == 0 ? null : b, o, t, folder));
		} catch (MergeException e) {
			context.err().println(NLS.bind(Messages.Driver_failed, e.getMessage(), path));
			return ExitCode.PROBLEMS;
		}
		try {
			Files2.write(ours, result.bytes());
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.Merge_unwritable, args.get(1), Files2.reason(e)));
			return ExitCode.USAGE;
		}
		MergeStateStore store = tree.map(x -> new MergeStateStore(x.gitDir())).orElse(null);
		try {
			if (result.isClean()) {
				if (store != null) {
					store.delete(path);
				}
				return ExitCode.OK;
			}
			if (store != null) {
				store.save(new MergeState(new MergeRequest(path, b.length == 0 ? null : b, o, t, folder), List.of()));
			}
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.Driver_stateNotSaved, store.folder(), Files2.reason(e)));
		}
		Report.text(path, result.conflicts(), context.err());
		context.err().println(NLS.bind(Messages.Driver_conflicts, path, Integer.valueOf(result.conflicts().size())));
		return ExitCode.PROBLEMS;
	}

	static boolean structured(String path) {
		String p = path.toLowerCase(Locale.ROOT);
		return p.endsWith(".json") || p.endsWith(".yaml") || p.endsWith(".yml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static boolean binary(byte[] bytes) {
		int n = Math.min(bytes.length, 8000);
		for (int i = 0; i < n; i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	/** Git's own merge of a file: conflict markers in %A, exit 1 when there are conflicts. */
	private static int gitMergeFile(CommandContext context, Path base, Path ours, Path theirs, String path) {
		ProcessBuilder pb = new ProcessBuilder("git", "merge-file", "-L", path, "-L", path + " (base)", "-L", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				path + " (theirs)", ours.toString(), base.toString(), theirs.toString()) //$NON-NLS-1$
				.directory(context.workingDirectory().toFile()).redirectErrorStream(true);
		try {
			Process p = pb.start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int code = p.waitFor();
			if (!out.isBlank()) {
				context.err().print(out);
			}
			return code == 0 ? ExitCode.OK : ExitCode.PROBLEMS;
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.Merge_failed, "git merge-file: " + Files2.reason(e))); //$NON-NLS-1$
			return ExitCode.PROBLEMS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCode.PROBLEMS;
		}
	}
}
