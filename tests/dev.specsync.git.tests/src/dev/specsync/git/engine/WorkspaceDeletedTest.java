package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.GitDaemon;
import dev.specsync.git.testing.Servers;

/**
 * The user (or a sync tool) deletes the workspace folder while an operation runs on it. The deletion happens
 * from the operation's own progress callback, so it always falls in the middle of the transfer. Every case
 * ends with a message that names the missing folder, within the timeout, and with an engine that goes on
 * working for another workspace.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkspaceDeletedTest {

	private static final int FILES = 40;
	private static final int SIZE = 128 * 1024;

	@TempDir
	Path tmp;

	/** Deletes {@code folder} from the progress callback once a fifth of {@code task} is done. */
	private static GitProgress deleteDuring(String task, Path folder, AtomicBoolean deleted) {
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
				if (inTask && !deleted.get() && done.addAndGet(completed) * 5 >= Math.max(total, 1)) {
					deleted.set(true);
					deleteTree(folder);
				}
			}
		};
	}

	static void deleteTree(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A server whose main branch has a large commit the clone does not have yet. */
	private String serverWithLargeUpdate(GitDaemon daemon, Path seed, Path bare) {
		Engines.bulk(seed, "big", FILES, SIZE);
		Git.ok(seed, "add", "-A");
		Git.ok(seed, "commit", "-q", "-m", "large upload");
		Git.ok(seed, "push", "-q", bare.toString(), "main:main");
		return daemon.url("orders");
	}

	private static void assertNamesMissingFolder(GitOperationException e, Path folder) {
		System.out.println("workspace deleted: " + e.getMessage());
		assertEquals(Code.NOT_FOUND, e.code(), e.getMessage());
		String cause = e.diagnostic().cause();
		assertTrue(cause.contains(folder.toString()) && cause.contains("no longer exists"), cause);
		assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("java."),
				() -> "no raw exception text: " + e.getMessage());
		assertTrue(e.diagnostic().fix().contains("clone"), e.diagnostic().fix());
	}

	/** The engine still serves another workspace: clone, edit, status, commit, fetch. */
	private static void engineStillWorks(String url, Path other) throws Exception {
		try (GitWorkspace ws = Engines.service().cloneRepository(url, other).call()) {
			Files.writeString(ws.workTree().resolve("notes.txt"), "after the deletion\n");
			assertEquals(java.util.Set.of("notes.txt"), ws.status().call().changed());
			Git.ok(ws.workTree(), "add", "notes.txt");
			ws.commit("Still working", Engines.AUTHOR).call();
			ws.fetch().call();
			assertEquals("", Git.ok(ws.workTree(), "status", "--porcelain"));
		}
	}

	@Test
	void workspaceDeletedDuringAFetch() throws Exception {
		Path seed = Engines.seed(tmp.resolve("seed"));
		Path bare = Servers.bareRepository(tmp.resolve("server"), "orders", seed);
		Path alice = tmp.resolve("alice");
		try (GitDaemon daemon = GitDaemon.start(tmp.resolve("server"));
				GitWorkspace ws = Engines.service().cloneRepository(daemon.url("orders"), alice).call()) {
			String url = serverWithLargeUpdate(daemon, seed, bare);
			AtomicBoolean deleted = new AtomicBoolean();

			GitOperationException e = assertThrows(GitOperationException.class,
					() -> ws.fetch().setProgress(deleteDuring("Receiving objects", alice, deleted)).call());

			assertTrue(deleted.get(), "the folder was deleted during the transfer");
			assertNamesMissingFolder(e, ws.workTree());
			assertFalse(Files.exists(alice), "nothing recreated the deleted folder");
			engineStillWorks(url, tmp.resolve("bob"));
		}
	}

	@Test
	void workspaceDeletedDuringAPull() throws Exception {
		Path seed = Engines.seed(tmp.resolve("seed"));
		Path bare = Servers.bareRepository(tmp.resolve("server"), "orders", seed);
		Path alice = tmp.resolve("alice");
		try (GitDaemon daemon = GitDaemon.start(tmp.resolve("server"));
				GitWorkspace ws = Engines.service().cloneRepository(daemon.url("orders"), alice).call()) {
			Files.writeString(ws.workTree().resolve("notes.txt"), "unsaved\n");
			String url = serverWithLargeUpdate(daemon, seed, bare);
			AtomicBoolean deleted = new AtomicBoolean();

			GitOperationException e = assertThrows(GitOperationException.class,
					() -> ws.pull().setProgress(deleteDuring("Receiving objects", alice, deleted)).call());

			assertTrue(deleted.get(), "the folder was deleted during the transfer");
			assertNamesMissingFolder(e, ws.workTree());
			assertFalse(Files.exists(alice), "nothing recreated the deleted folder");
			engineStillWorks(url, tmp.resolve("bob"));
		}
	}

	@Test
	void operationsOnAWorkspaceDeletedWhileOpenReportTheMissingFolder() throws Exception {
		Path seed = Engines.seed(tmp.resolve("seed"));
		Path bare = Servers.bareRepository(tmp.resolve("server"), "orders", seed);
		Path alice = tmp.resolve("alice");
		try (GitDaemon daemon = GitDaemon.start(tmp.resolve("server"));
				GitWorkspace ws = Engines.service().cloneRepository(daemon.url("orders"), alice).call()) {
			deleteTree(alice);

			// a status of the vanished folder must not claim that every file was deleted
			assertNamesMissingFolder(assertThrows(GitOperationException.class, () -> ws.status().call()), ws.workTree());
			assertNamesMissingFolder(assertThrows(GitOperationException.class, () -> ws.fetch().call()), ws.workTree());
			assertNamesMissingFolder(assertThrows(GitOperationException.class, () -> ws.pull().call()), ws.workTree());
			assertNamesMissingFolder(assertThrows(GitOperationException.class,
					() -> ws.commit("lost", Engines.AUTHOR).call()), ws.workTree());
			assertNamesMissingFolder(assertThrows(GitOperationException.class, () -> ws.branches().call()), ws.workTree());
			assertFalse(Files.exists(alice), "nothing recreated the deleted folder");
			engineStillWorks(daemon.url("orders"), tmp.resolve("bob"));
		}
	}
}
