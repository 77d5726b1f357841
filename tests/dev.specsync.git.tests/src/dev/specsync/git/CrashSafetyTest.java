package dev.specsync.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.RepoState;
import dev.specsync.git.testing.TestRepo;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a child JVM at random moments while it snapshots a 2,000-file working tree, then checks
 * the repository with the git CLI. Even rounds change all 2,000 files (the kill lands while blobs are
 * written), odd rounds change 20 (the child completes snapshots in a loop, so the kill lands anywhere,
 * including commit and ref creation).
 */
class CrashSafetyTest {

	private static final int FILES = 2_000;
	private static final int ROUNDS = 6;

	@TempDir
	Path tmp;

	@Test
	void killingTheProcessMidSnapshotLeavesRepositoryAndFilesIntact() throws Exception {
		Random random = new Random(20260101);
		try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
			for (int i = 0; i < FILES; i++) {
				repo.write(String.format("specs/d%02d/f%04d.yaml", i % 40, i), "v0 " + i + "\n");
			}
			repo.commitAll("2000 files");
			int killedWhileTaking = 0;
			for (int round = 0; round < ROUNDS; round++) {
				int changed = round % 2 == 0 ? FILES : 20;
				if (changed < FILES) {
					repo.commitAll("settle round " + round);
				}
				for (int i = 0; i < changed; i++) {
					int f = changed == FILES ? i : random.nextInt(FILES);
					repo.write(String.format("specs/d%02d/f%04d.yaml", f % 40, f), unique(random, 3_000));
				}
				repo.write("untracked/round-" + round + ".yaml", unique(random, 500));
				RepoState before = repo.state();

				long delay = 100 + random.nextInt(4_000);
				String last = runAndKill(repo.dir(), delay);
				System.out.println("crash round " + round + ": killed after " + delay + " ms at '" + last + "'");
				if (last != null && last.startsWith("TAKING") && changed == FILES) {
					killedWhileTaking++;
				}

				repo.assertFsckClean();
				assertEquals(before, repo.state(), "round " + round + ": state changed by a killed snapshot");
				assertFalse(Files.exists(repo.path(".git/index.lock")), "stale index.lock");
				try (Stream<Path> locks = Files.walk(repo.path(".git/refs"))) {
					List<Path> stale = locks.filter(p -> p.toString().endsWith(".lock")).toList();
					for (Path lock : stale) {
						assertTrue(lock.toString().contains("refs/specsync/"), "unexpected lock " + lock);
					}
				}
			}
			assertTrue(killedWhileTaking >= 2,
					"the kill must hit a snapshot in progress in several rounds, was " + killedWhileTaking + "/" + ROUNDS);

			try (TestRepo reopened = TestRepo.init(repo.dir())) {
				SnapshotService service = reopened.service();
				RepoState now = reopened.state();
				List<Snapshot> list = service.list();
				for (Snapshot s : list) {
					Git.ok(repo.dir(), "cat-file", "-e", s.refName() + "^{tree}");
				}
				Snapshot fresh = service.take("after crashes");
				reopened.write("specs/d00/f0000.yaml", "scribble\n");
				service.restore(fresh);
				assertEquals(now, reopened.state());
				reopened.assertFsckClean();
			}
		}
	}

	private static String unique(Random random, int size) {
		StringBuilder sb = new StringBuilder(size);
		while (sb.length() < size) {
			sb.append(Long.toHexString(random.nextLong())).append('\n');
		}
		return sb.toString();
	}

	/** Starts the child, kills it {@code delayMillis} after it began its first snapshot; returns its last line. */
	private static String runAndKill(Path dir, long delayMillis) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String cp = ChildClassPath.of(CrashChild.class);
		Process child = new ProcessBuilder(java, "-cp", cp, CrashChild.class.getName(), dir.toString())
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		AtomicReference<String> last = new AtomicReference<>();
		Object started = new Object();
		Thread reader = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = r.readLine()) != null; ) {
					last.set(line);
					synchronized (started) {
						started.notifyAll();
					}
				}
			} catch (java.io.IOException ignored) {
				// stream closes when the child dies
			}
		});
		reader.start();
		synchronized (started) {
			long deadline = System.currentTimeMillis() + 60_000;
			while (last.get() == null && child.isAlive() && System.currentTimeMillis() < deadline) {
				started.wait(100);
			}
		}
		assertTrue(child.isAlive(), "child died on its own, last line " + last.get());
		Thread.sleep(delayMillis);
		String atKill = last.get();
		child.destroyForcibly();
		assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		reader.join(10_000);
		return atKill;
	}
}
