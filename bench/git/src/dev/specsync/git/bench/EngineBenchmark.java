package dev.specsync.git.bench;

import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.CommitResult;
import dev.specsync.git.engine.FetchResult;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.PushResult;
import dev.specsync.git.engine.SyncResult;
import dev.specsync.git.engine.WorkspaceStatus;
import dev.specsync.git.internal.JGitSnapshotServices;
import dev.specsync.git.internal.engine.JGitGitService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test) of the Git engine (dev.specsync.git.engine) against the git command line: status,
 * commit + push of a 1,000-request Postman collection, fetch, and pull (fast-forward and merge), in clones of a
 * generated repository (default 2,000 files, 5,000 commits) with a bare remote on the local file system
 * ({@code file://}). The engine runs in-process and warm (one {@link GitWorkspace} kept open, as the workbench
 * keeps it); git runs as a process per command, as a user or script runs it. The engine and git each work in
 * their own clone, set up identically; a third clone ("teammate") pushes the commits that fetch and pull bring
 * in. Runs on the bundles of the built Linux product without OSGi; start it with {@code bench/git/run.sh --engine}.
 * Usage: {@code EngineBenchmark [files] [commits] [repetitions]}.
 */
public final class EngineBenchmark {

	private interface Timed {
		void run() throws Exception;
	}

	private record Row(String name, List<Double> engine, List<Double> git, double goalMs) {
	}

	private static final String COLLECTION = "collections/orders.postman_collection.json";
	private static final int REQUESTS = 1_000;
	private static final Author AUTHOR = new Author("Bench User", "bench@example.invalid");

	private static final List<Row> ROWS = new ArrayList<>();
	private static int edits;

	private EngineBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int files = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
		int commits = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
		int reps = args.length > 2 ? Integer.parseInt(args[2]) : 7;
		Path root = Files.createTempDirectory("specsync-bench-engine");
		Path origin = root.resolve("generated");
		Files.createDirectories(origin);
		long t0 = System.nanoTime();
		SnapshotBenchmark.generate(origin, files, commits);
		int[] revisions = new int[REQUESTS];
		Files.createDirectories(origin.resolve(COLLECTION).getParent());
		Files.writeString(origin.resolve(COLLECTION), collection(revisions));
		Git.ok(origin, "add", COLLECTION);
		Git.ok(origin, "commit", "-q", "-m", "Add the orders collection");
		Path remote = root.resolve("remote.git");
		Git.ok(root, "clone", "-q", "--bare", origin.toString(), remote.toString());
		String url = remote.toUri().toString();
		Path engineClone = clone(root, url, "engine");
		Path gitClone = clone(root, url, "git");
		Path teammate = clone(root, url, "teammate");
		System.out.printf(Locale.ROOT,
				"generated %d files, %d commits + a %d-request collection (%d KB), bare remote %s and 3 clones in %.1f s%n",
				files, commits, REQUESTS, Files.size(origin.resolve(COLLECTION)) / 1024, url, (System.nanoTime() - t0) / 1e9);

		GitService service = new JGitGitService(new JGitSnapshotServices());
		try (GitWorkspace ws = service.open(engineClone)) {
			// the workbench's JVM has run status many times before a user looks at one: let the JIT compile it first
			for (int i = 0; i < 30; i++) {
				ws.status().call();
				Git.ok(gitClone, "status", "--porcelain");
			}
			// status, clean tree
			compare("status, clean tree", reps, 150, () -> { }, () -> {
				WorkspaceStatus s = ws.status().call();
				if (!s.clean()) {
					throw new IllegalStateException("not clean: " + s);
				}
			}, () -> { }, () -> {
				if (!Git.ok(gitClone, "status", "--porcelain").isEmpty()) {
					throw new IllegalStateException("git status: not clean");
				}
			});

			// status, 10 modified files
			modify(engineClone, 10, files);
			modify(gitClone, 10, files);
			ws.status().call();
			compare("status, 10 modified files", reps, 150, () -> { }, () -> {
				WorkspaceStatus s = ws.status().call();
				if (s.changed().size() != 10) {
					throw new IllegalStateException("expected 10 changed: " + s);
				}
			}, () -> { }, () -> {
				if (Git.ok(gitClone, "status", "--porcelain").lines().count() != 10) {
					throw new IllegalStateException("git status: expected 10 changed");
				}
			});
			Git.ok(engineClone, "reset", "-q", "--hard");
			Git.ok(gitClone, "reset", "-q", "--hard");

			// commit + push of one changed line in the 1,000-request collection
			compare("commit -a + push (1 line of a " + REQUESTS + "-request collection)", reps, 1000,
					() -> {
						Git.ok(engineClone, "pull", "-q", "--ff-only");
						edit(engineClone, revisions);
					}, () -> {
						CommitResult c = ws.commit("Edit a request", AUTHOR).setAll(true).call();
						PushResult p = ws.push().call();
						if (!p.accepted() || !p.updates().get(0).newId().equals(c.id())) {
							throw new IllegalStateException("push not accepted: " + p);
						}
					}, () -> {
						Git.ok(gitClone, "pull", "-q", "--ff-only");
						edit(gitClone, revisions);
					}, () -> {
						Git.ok(gitClone, "commit", "-q", "-am", "Edit a request");
						Git.ok(gitClone, "push", "-q");
					});
			Git.ok(engineClone, "pull", "-q", "--ff-only");

			// fetch of 1 commit another clone pushed
			compare("fetch (1 new commit)", reps, 0, () -> {
				Git.ok(engineClone, "pull", "-q", "--ff-only");
				teammateCommit(teammate, SnapshotBenchmark.fileName(1));
			}, () -> {
				FetchResult f = ws.fetch().call();
				if (f.updatedRefs().isEmpty()) {
					throw new IllegalStateException("nothing fetched");
				}
			}, () -> {
				Git.ok(gitClone, "pull", "-q", "--ff-only");
				teammateCommit(teammate, SnapshotBenchmark.fileName(1));
			}, () -> Git.ok(gitClone, "fetch", "-q"));
			// The same, with git keeping the fetched objects as a pack like JGit always does: git then fsyncs the pack
			// and its index as JGit does, instead of writing a few loose objects without fsync (fetch.unpackLimit).
			compare("fetch (1 new commit; git keeps a pack, as JGit)", reps, 0, () -> {
				Git.ok(engineClone, "pull", "-q", "--ff-only");
				teammateCommit(teammate, SnapshotBenchmark.fileName(1));
			}, () -> {
				FetchResult f = ws.fetch().call();
				if (f.updatedRefs().isEmpty()) {
					throw new IllegalStateException("nothing fetched");
				}
			}, () -> {
				Git.ok(gitClone, "pull", "-q", "--ff-only");
				teammateCommit(teammate, SnapshotBenchmark.fileName(1));
			}, () -> Git.ok(gitClone, "-c", "fetch.unpackLimit=1", "fetch", "-q"));
			// pull, fast-forward of 1 commit
			compare("pull, fast-forward (1 commit; engine incl. snapshot)", reps, 0, () -> {
				Git.ok(engineClone, "pull", "-q", "--ff-only");
				teammateCommit(teammate, SnapshotBenchmark.fileName(2));
			}, () -> {
						SyncResult r = ws.pull().call();
						if (r.status() != SyncResult.Status.FAST_FORWARD) {
							throw new IllegalStateException("expected a fast-forward: " + r);
						}
			}, () -> {
				Git.ok(gitClone, "pull", "-q", "--ff-only");
				teammateCommit(teammate, SnapshotBenchmark.fileName(2));
			}, () -> Git.ok(gitClone, "pull", "-q"));

			// pull, merge of 1 commit with 1 local commit touching another file
			compare("pull, merge (1 + 1 local commit; engine incl. snapshot)", reps, 0, () -> {
				settle(engineClone);
				localCommit(engineClone, SnapshotBenchmark.fileName(4));
				teammateCommit(teammate, SnapshotBenchmark.fileName(3));
			}, () -> {
				SyncResult r = ws.pull().call();
				if (r.status() != SyncResult.Status.MERGED) {
					throw new IllegalStateException("expected a merge: " + r);
				}
			}, () -> {
				settle(gitClone);
				localCommit(gitClone, SnapshotBenchmark.fileName(5)); // not the engine's file: both sides push their merges
				teammateCommit(teammate, SnapshotBenchmark.fileName(3));
			}, () -> Git.ok(gitClone, "pull", "-q", "--no-edit"));
		}

		printTable();
		if (Boolean.getBoolean("bench.keep")) {
			System.out.println("repositories kept in " + root);
		} else {
			org.eclipse.jgit.util.FileUtils.delete(root.toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);
		}
	}

	private static Path clone(Path root, String url, String name) throws Exception {
		Path dir = root.resolve(name);
		Git.ok(root, "clone", "-q", url, dir.toString());
		Git.ok(dir, "config", "pull.rebase", "false");
		// No automatic repacking in the middle of the measurements, on either side: git reads gc.auto = 0 from the
		// benchmark's own global configuration, which the in-process engine (JGit) does not read; and JGit also
		// repacks on gc.autoPackLimit (each fetch adds a pack) in a background thread of this JVM. JGit still checks
		// after each fetch whether to repack, as it does for a user.
		Git.ok(dir, "config", "gc.auto", "0");
		Git.ok(dir, "config", "gc.autoPackLimit", "0");
		// The first status after a checkout sees files written in the same instant as the index ("racily clean")
		// and compares their contents; git status rewrites the index once that instant is over, as it does for a
		// user whose clone is older than a second. Both sides then start from the same settled index.
		Thread.sleep(1100);
		Git.ok(dir, "status", "--porcelain");
		return dir;
	}

	/**
	 * Runs engine and git alternately (setup, timed operation, then the same for the other side, {@value #WARM_UP}
	 * unmeasured rounds first), so that both see the same load of a shared machine and the same warm file system
	 * cache; unmeasured setups bring each side's clone to the same state before each timed run.
	 */
	private static void compare(String name, int reps, double goalMs, Timed engineSetup, Timed engine, Timed gitSetup,
			Timed git) throws Exception {
		List<Double> e = new ArrayList<>();
		List<Double> g = new ArrayList<>();
		for (int i = 0; i < WARM_UP + reps; i++) {
			double te = time(engineSetup, engine);
			double tg = time(gitSetup, git);
			if (i >= WARM_UP) {
				e.add(te);
				g.add(tg);
			}
		}
		Collections.sort(e);
		Collections.sort(g);
		ROWS.add(new Row(name, e, g, goalMs));
		System.out.printf(Locale.ROOT, "  measured %s%n", name);
	}

	/** Unmeasured rounds first (class loading, JIT, caches). */
	private static final int WARM_UP = 10;

	private static double time(Timed setup, Timed op) throws Exception {
		setup.run();
		long t = System.nanoTime();
		op.run();
		return (System.nanoTime() - t) / 1e6;
	}

	private static void printTable() {
		System.out.println();
		System.out.printf(Locale.ROOT, "%-58s %19s %19s %7s %7s  %s%n", "operation", "engine ms best/med", "git ms best/med",
				"ratio", "best", "goal (issue 6)");
		for (Row r : ROWS) {
			double eBest = r.engine().get(0);
			double eMed = r.engine().get(r.engine().size() / 2);
			double gBest = r.git().get(0);
			double gMed = r.git().get(r.git().size() / 2);
			double ratio = eMed / gMed;
			String goal = (r.goalMs() > 0 ? String.format(Locale.ROOT, "< %.0f ms %s, ", r.goalMs(), eMed < r.goalMs() ? "met" : "MISSED")
					: "") + (ratio <= 2 ? "within 2x" : "NOT within 2x");
			System.out.printf(Locale.ROOT, "%-58s %8.1f / %8.1f %8.1f / %8.1f %6.2fx %6.2fx  %s%n", r.name(), eBest, eMed, gBest,
					gMed, ratio, eBest / gBest, goal);
		}
		System.out.println("ratio = engine median / git median (best: of the best times), engine and git measured alternately. Engine: in-process, warm, one"
				+ " open workspace. git: one process per command (commit + push = 2 processes).");
		System.out.println("The engine's pull takes a recoverable snapshot before it merges (product promise 1); its times include"
				+ " that snapshot; git pull takes none.");
	}

	private static void modify(Path dir, int n, int files) throws IOException {
		for (int i = 0; i < n; i++) {
			Path p = dir.resolve(SnapshotBenchmark.fileName((100 + i * 37) % files));
			Files.writeString(p, Files.readString(p) + "# local edit " + i + "\n");
		}
	}

	/** Changes one line (the description of one request) of the collection. */
	private static void edit(Path dir, int[] revisions) throws IOException {
		revisions[(edits++ * 389) % REQUESTS]++;
		Files.writeString(dir.resolve(COLLECTION), collection(revisions));
	}

	private static int teammateCommits;

	private static void teammateCommit(Path teammate, String file) throws IOException {
		Git.ok(teammate, "pull", "-q", "--no-edit");
		Path p = teammate.resolve(file);
		Files.writeString(p, Files.readString(p) + "# teammate edit " + teammateCommits++ + "\n");
		Git.ok(teammate, "commit", "-q", "-am", "Teammate edit");
		Git.ok(teammate, "push", "-q");
	}

	/** Brings a clone level with the remote (merging and pushing what the last merge rep left), untimed. */
	private static void settle(Path dir) {
		Git.ok(dir, "pull", "-q", "--no-edit");
		Git.ok(dir, "push", "-q");
	}

	private static int localCommits;

	private static void localCommit(Path dir, String file) throws IOException {
		Path p = dir.resolve(file);
		Files.writeString(p, Files.readString(p) + "# local commit " + localCommits++ + "\n");
		Git.ok(dir, "commit", "-q", "-am", "Local edit");
	}

	/** A Postman v2.1 collection with {@link #REQUESTS} requests, about 1 KB each, tab-indented as Postman exports. */
	static String collection(int[] revisions) {
		StringBuilder sb = new StringBuilder(1_100_000);
		sb.append("{\n\t\"info\": {\n\t\t\"_postman_id\": \"6f1c2a7e-8b1d-4a53-9c1e-000000000001\",\n\t\t\"name\": \"Orders API\",\n")
				.append("\t\t\"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"\n\t},\n\t\"item\": [\n");
		String[] methods = {"GET", "POST", "PUT", "PATCH", "DELETE"};
		for (int i = 0; i < REQUESTS; i++) {
			String method = methods[i % methods.length];
			String resource = "orders" + (i / 10);
			sb.append("\t\t{\n\t\t\t\"name\": \"").append(method).append(' ').append(resource).append(" #").append(i).append("\",\n");
			sb.append("\t\t\t\"request\": {\n\t\t\t\t\"method\": \"").append(method).append("\",\n");
			sb.append("\t\t\t\t\"header\": [\n");
			sb.append("\t\t\t\t\t{\n\t\t\t\t\t\t\"key\": \"Accept\",\n\t\t\t\t\t\t\"value\": \"application/json\",\n\t\t\t\t\t\t\"type\": \"text\"\n\t\t\t\t\t},\n");
			sb.append("\t\t\t\t\t{\n\t\t\t\t\t\t\"key\": \"Content-Type\",\n\t\t\t\t\t\t\"value\": \"application/json\",\n\t\t\t\t\t\t\"type\": \"text\"\n\t\t\t\t\t}\n");
			sb.append("\t\t\t\t],\n");
			sb.append("\t\t\t\t\"body\": {\n\t\t\t\t\t\"mode\": \"raw\",\n\t\t\t\t\t\"raw\": \"{\\n  \\\"id\\\": ").append(i)
					.append(",\\n  \\\"customer\\\": \\\"customer-").append(i % 97).append("\\\",\\n  \\\"items\\\": [{\\\"sku\\\": \\\"SKU-")
					.append(1000 + i).append("\\\", \\\"quantity\\\": ").append(1 + i % 5).append("}]\\n}\",\n")
					.append("\t\t\t\t\t\"options\": {\n\t\t\t\t\t\t\"raw\": {\n\t\t\t\t\t\t\t\"language\": \"json\"\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t},\n");
			sb.append("\t\t\t\t\"url\": {\n\t\t\t\t\t\"raw\": \"{{baseUrl}}/v1/").append(resource).append("/:id?expand=items&page=")
					.append(i % 7).append("\",\n\t\t\t\t\t\"host\": [\n\t\t\t\t\t\t\"{{baseUrl}}\"\n\t\t\t\t\t],\n")
					.append("\t\t\t\t\t\"path\": [\n\t\t\t\t\t\t\"v1\",\n\t\t\t\t\t\t\"").append(resource).append("\",\n\t\t\t\t\t\t\":id\"\n\t\t\t\t\t],\n")
					.append("\t\t\t\t\t\"query\": [\n\t\t\t\t\t\t{\n\t\t\t\t\t\t\t\"key\": \"expand\",\n\t\t\t\t\t\t\t\"value\": \"items\"\n\t\t\t\t\t\t},\n")
					.append("\t\t\t\t\t\t{\n\t\t\t\t\t\t\t\"key\": \"page\",\n\t\t\t\t\t\t\t\"value\": \"").append(i % 7).append("\"\n\t\t\t\t\t\t}\n\t\t\t\t\t],\n")
					.append("\t\t\t\t\t\"variable\": [\n\t\t\t\t\t\t{\n\t\t\t\t\t\t\t\"key\": \"id\",\n\t\t\t\t\t\t\t\"value\": \"").append(10_000 + i)
					.append("\"\n\t\t\t\t\t\t}\n\t\t\t\t\t]\n\t\t\t\t},\n");
			sb.append("\t\t\t\t\"description\": \"").append(method).append("s one order of ").append(resource)
					.append("; revision ").append(revisions[i]).append(".\"\n\t\t\t},\n");
			sb.append("\t\t\t\"response\": []\n\t\t}").append(i + 1 < REQUESTS ? ",\n" : "\n");
		}
		sb.append("\t]\n}\n");
		return sb.toString();
	}
}
