package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.GitDaemon;
import dev.specsync.git.testing.HttpGitServer;
import dev.specsync.git.testing.RepoState;
import dev.specsync.git.testing.Servers;

/**
 * The server dies in the middle of a transfer: the operation fails with a network diagnostic, both
 * repositories pass {@code git fsck}, no ref moved, and the local edits are untouched.
 */
class ServerKillTest {

	private static final int FILES = 120;
	private static final int SIZE = 128 * 1024;

	@TempDir
	Path tmp;

	/** Kills the server from the progress callback once a fifth of a transfer task is done. */
	private static GitProgress killDuring(String task, Runnable kill, AtomicBoolean killed) {
		return new GitProgress() {
			private final AtomicLong done = new AtomicLong();
			private int total;
			private boolean inTask;

			@Override
			public void beginTask(String title, int totalWork) {
				inTask = title.startsWith(task);
				total = totalWork;
				done.set(0);
			}

			@Override
			public void worked(int completed) {
				if (inTask && !killed.get() && done.addAndGet(completed) * 5 >= Math.max(total, 1)) {
					killed.set(true);
					kill.run();
				}
			}
		};
	}

	@Test
	void serverKilledDuringAFetch() throws Exception {
		Path root = tmp.resolve("server");
		Path seed = Engines.seed(tmp.resolve("seed"));
		Path bare = Servers.bareRepository(root, "orders", seed);
		try (GitDaemon daemon = GitDaemon.start(root);
				GitWorkspace ws = Engines.service().cloneRepository(daemon.url("orders"), tmp.resolve("alice")).call()) {
			Engines.bulk(seed, "big", FILES, SIZE);
			new TestRepoOn(seed).commitAll("large upload");
			Git.ok(seed, "push", "-q", bare.toString(), "main:main");
			Files.writeString(ws.workTree().resolve("openapi.yaml"), "openapi: 3.1.1 # unsaved\n");
			RepoState before = RepoState.capture(ws.workTree());
			String tracking = Git.ok(ws.workTree(), "rev-parse", "origin/main");

			AtomicBoolean killed = new AtomicBoolean();
			GitOperationException e = assertThrows(GitOperationException.class,
					() -> ws.fetch().setProgress(killDuring("Receiving objects", daemon::kill, killed)).call());
			assertTrue(killed.get(), "the server was killed during the transfer");
			assertEquals(Code.NETWORK, e.code(), e.getMessage());
			assertEquals(tracking, Git.ok(ws.workTree(), "rev-parse", "origin/main"));
			assertEquals(before, RepoState.capture(ws.workTree()));
			assertFsck(ws.workTree());
		}
	}

	@Test
	void serverKilledDuringAPush() throws Exception {
		HttpGitServer.assumeAvailable();
		Path root = tmp.resolve("server");
		Path bare = Servers.bareRepository(root, "orders", Engines.seed(tmp.resolve("seed")));
		String token = "sst_kill_test_token_3b6f1e0c";
		try (HttpGitServer server = HttpGitServer.start(root, tmp.resolve("http"), token);
				GitWorkspace ws = Engines.service().cloneRepository(server.url("orders"), tmp.resolve("alice"))
						.setCredentials(Engines.token(token)).call()) {
			Engines.bulk(ws.workTree(), "big", FILES, SIZE);
			Git.ok(ws.workTree(), "add", "-A");
			ws.commit("large upload", Engines.AUTHOR).call();
			Files.writeString(ws.workTree().resolve("notes.txt"), "unsaved\n");
			RepoState before = RepoState.capture(ws.workTree());
			String serverMain = Git.ok(bare, "rev-parse", "main");

			AtomicBoolean killed = new AtomicBoolean();
			GitOperationException e = assertThrows(GitOperationException.class, () -> ws.push().setCredentials(Engines.token(token))
					.setProgress(killDuring("Writing objects", server::kill, killed)).call());
			assertTrue(killed.get(), "the server was killed during the transfer");
			assertEquals(Code.NETWORK, e.code(), e.getMessage());
			assertEquals(serverMain, Git.ok(bare, "rev-parse", "main"));
			assertEquals(before, RepoState.capture(ws.workTree()));
			assertFsck(ws.workTree());
			assertFsck(bare);
		}
	}

	private static void assertFsck(Path dir) {
		Git.Result r = Git.run(dir, null, "fsck", "--strict", "--no-dangling", "--no-progress");
		assertEquals(0, r.exitCode(), () -> "git fsck in " + dir + ":\n" + r.stderr() + r.out());
	}

	/** The seed repository, driven through the git CLI. */
	private record TestRepoOn(Path dir) {
		void commitAll(String message) {
			Git.ok(dir, "add", "-A");
			Git.ok(dir, "commit", "-q", "-m", message);
		}
	}
}
