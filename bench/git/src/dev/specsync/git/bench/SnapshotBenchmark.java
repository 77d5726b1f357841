package dev.specsync.git.bench;

import dev.specsync.git.RestoreResult;
import dev.specsync.git.Snapshot;
import dev.specsync.git.SnapshotService;
import dev.specsync.git.internal.JGitSnapshotServices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Benchmark (not a test): 2,000 files, 5,000 commits generated with git fast-import into a temp dir;
 * times take/list/restore against {@code git stash push -u} + {@code git stash apply} on the same state.
 * Runs on the bundles of the built Linux product, without OSGi; start it with {@code bench/git/run.sh}.
 * Usage: {@code SnapshotBenchmark [files] [commits] [repetitions]}.
 */
public final class SnapshotBenchmark {

	private interface Timed {
		void run() throws Exception;
	}

	private SnapshotBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int files = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
		int commits = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
		int reps = args.length > 2 ? Integer.parseInt(args[2]) : 7;
		Path dir = Files.createTempDirectory("specsync-bench");
		long t0 = System.nanoTime();
		generate(dir, files, commits);
		System.out.printf(Locale.ROOT, "generated %d files, %d commits in %s (%.1f s)%n", files, commits, dir,
				(System.nanoTime() - t0) / 1e9);

		try (Repository repo = new FileRepositoryBuilder().setWorkTree(dir.toFile()).setGitDir(dir.resolve(".git").toFile())
				.setMustExist(true).build()) {
			SnapshotService service = new JGitSnapshotServices().forRepository(repo);
			int[] counter = {0};
			for (int i = 0; i < 3; i++) {
				modify(dir, 50, counter);
				service.take("warm-up");
				restoreClean(dir);
			}

			report("take, clean tree (0 changed)", reps, () -> { }, () -> service.take("bench"));
			report("take, 1 changed file", reps, () -> { restoreClean(dir); modify(dir, 1, counter); },
					() -> service.take("bench"));
			report("take, 50 changed files", reps, () -> { restoreClean(dir); modify(dir, 50, counter); },
					() -> service.take("bench"));
			report("take, 50 changed + 50 untracked", reps, () -> {
				restoreClean(dir);
				modify(dir, 50, counter);
				untracked(dir, 50, counter);
			}, () -> service.take("bench"));
			report("take, all " + files + " files changed", 3, () -> { restoreClean(dir); modify(dir, files, counter); },
					() -> service.take("bench"));
			report("list (" + service.list().size() + "+ snapshots)", reps, () -> { }, service::list);

			Snapshot[] target = new Snapshot[1];
			report("restore 50 changed + 50 untracked onto clean tree", reps, () -> {
				restoreClean(dir);
				modify(dir, 50, counter);
				untracked(dir, 50, counter);
				target[0] = service.take("bench");
				restoreClean(dir);
			}, () -> {
				RestoreResult r = service.restore(target[0]);
				if (r.safety() == null) {
					throw new IllegalStateException();
				}
			});

			report("git stash push -u (50 changed + 50 untracked)", reps, () -> {
				restoreClean(dir);
				Git.ok(dir, "stash", "clear");
				modify(dir, 50, counter);
				untracked(dir, 50, counter);
			}, () -> Git.ok(dir, "stash", "push", "-q", "-u"));
			report("git stash apply (50 changed + 50 untracked)", reps, () -> {
				restoreClean(dir);
				Git.ok(dir, "stash", "clear");
				modify(dir, 50, counter);
				untracked(dir, 50, counter);
				Git.ok(dir, "stash", "push", "-q", "-u");
			}, () -> Git.ok(dir, "stash", "apply", "-q"));
			report("git stash push -u + apply (1 changed)", reps, () -> {
				restoreClean(dir);
				Git.ok(dir, "stash", "clear");
				modify(dir, 1, counter);
			}, () -> {
				Git.ok(dir, "stash", "push", "-q", "-u");
				Git.ok(dir, "stash", "apply", "-q");
			});
		}
		if (Boolean.getBoolean("bench.keep")) {
			System.out.println("repository kept at " + dir);
		} else {
			org.eclipse.jgit.util.FileUtils.delete(dir.toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);
		}
	}

	private static void report(String name, int reps, Timed setup, Timed op) throws Exception {
		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < reps; i++) {
			setup.run();
			long t = System.nanoTime();
			op.run();
			ms.add((System.nanoTime() - t) / 1e6);
		}
		Collections.sort(ms);
		System.out.printf(Locale.ROOT, "%-52s median %8.1f ms   min %8.1f ms   max %8.1f ms   (n=%d)%n", name,
				ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), reps);
	}

	private static void restoreClean(Path dir) {
		Git.ok(dir, "reset", "-q", "--hard");
		Git.ok(dir, "clean", "-fdq");
	}

	private static void modify(Path dir, int n, int[] counter) throws IOException {
		for (int i = 0; i < n; i++) {
			int f = (counter[0] * 37 + i * 7919) % fileCount(dir);
			Path p = dir.resolve(fileName(f));
			Files.writeString(p, Files.readString(p) + "# local edit " + counter[0] + "-" + i + "\n");
		}
		counter[0]++;
	}

	private static void untracked(Path dir, int n, int[] counter) throws IOException {
		for (int i = 0; i < n; i++) {
			Path p = dir.resolve("drafts/run" + counter[0] + "/new-" + i + ".yaml");
			Files.createDirectories(p.getParent());
			Files.writeString(p, "draft " + i + "\n");
		}
		counter[0]++;
	}

	private static int fileCountCache = -1;

	private static int fileCount(Path dir) {
		return fileCountCache;
	}

	static String fileName(int i) {
		return String.format(Locale.ROOT, "apis/group%02d/spec-%04d.yaml", i % 50, i);
	}

	static void generate(Path dir, int files, int commits) throws IOException {
		fileCountCache = files;
		Git.ok(dir, "init", "-q", "-b", "main");
		ByteArrayOutputStream s = new ByteArrayOutputStream();
		long when = 1_700_000_000L;
		for (int c = 0; c < commits; c++) {
			StringBuilder sb = new StringBuilder();
			sb.append("commit refs/heads/main\nmark :").append(c + 1).append('\n');
			sb.append("committer Bench <bench@example.invalid> ").append(when + c * 60L).append(" +0000\n");
			String msg = "commit " + c + "\n";
			sb.append("data ").append(msg.getBytes(StandardCharsets.UTF_8).length).append('\n').append(msg);
			if (c > 0) {
				sb.append("from :").append(c).append('\n');
			}
			if (c == 0) {
				for (int f = 0; f < files; f++) {
					inline(sb, fileName(f), "openapi: 3.1.0\ninfo:\n  title: spec " + f + "\n  version: 0\npaths: {}\n");
				}
			} else {
				int f = (c * 31) % files;
				inline(sb, fileName(f), "openapi: 3.1.0\ninfo:\n  title: spec " + f + "\n  version: " + c + "\npaths: {}\n");
			}
			s.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
		}
		Git.Result r = Git.run(dir, s.toByteArray(), "fast-import", "--quiet");
		if (r.exitCode() != 0) {
			throw new IOException("fast-import failed: " + r.stderr());
		}
		Git.ok(dir, "reset", "-q", "--hard", "main");
	}

	private static void inline(StringBuilder sb, String path, String content) {
		sb.append("M 100644 inline ").append(path).append('\n');
		sb.append("data ").append(content.getBytes(StandardCharsets.UTF_8).length).append('\n').append(content).append('\n');
	}
}
