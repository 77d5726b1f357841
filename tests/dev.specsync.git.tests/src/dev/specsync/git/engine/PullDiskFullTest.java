package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.RestoreMode;
import dev.specsync.git.Snapshot;
import dev.specsync.git.SyncOperation;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.GitDaemon;
import dev.specsync.git.testing.RepoState;
import dev.specsync.git.testing.Servers;

/**
 * A pull into a working tree on a real 8 MiB tmpfs that runs out of space. Mounting needs root: as root (as in
 * CI) the test runs and a failed mount fails it; as any other user it is skipped, saying so. The server and
 * the seed repository live on the ordinary temporary folder; only the user's clone is on the small disk.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PullDiskFullTest {

	/** An uncommitted edit with bytes a careless rewrite would change: CRLF, no final newline, non-ASCII. */
	private static final byte[] LOCAL_EDIT = "first line\r\nlocal edit: caf\u00e9 \u2013 keep me\r\nno newline at end"
			.getBytes(StandardCharsets.UTF_8);
	private static final int UPSTREAM_FILES = 4;
	private static final int UPSTREAM_SIZE = 512 * 1024;
	/** Room left for the pull's own writes: enough for FETCH_HEAD and the snapshot, far too little for 2 MiB of files. */
	private static final int LEFT_FREE = 384 * 1024;

	@TempDir
	Path tmp;

	Path mount;
	Path seed;
	Path bare;
	GitDaemon daemon;

	@BeforeEach
	void mountSmallDisk() throws Exception {
		mount = tmp.resolve("disk");
		Files.createDirectories(mount);
		Assumptions.assumeTrue(isRoot(), () -> "skipped: mounting the 8 MiB tmpfs this test fills needs root, and the tests run as "
				+ System.getProperty("user.name") + "; CI runs them as root");
		Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString())
				.redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0,
				() -> "running as root, but mounting a tmpfs on " + mount + " failed: " + output);
		seed = Engines.seed(tmp.resolve("seed"));
		bare = Servers.bareRepository(tmp.resolve("server"), "orders", seed);
		daemon = GitDaemon.start(tmp.resolve("server"));
	}

	private static boolean isRoot() {
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	@AfterEach
	void unmount() throws Exception {
		if (daemon != null) {
			daemon.close();
		}
		if (mount != null) {
			new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** Fills the small disk until ENOSPC, then gives back {@code leaveFree} bytes; returns the filler file. */
	private Path fillDisk(int leaveFree) throws IOException {
		Path filler = mount.resolve("filler.bin");
		byte[] chunk = new byte[4096];
		long written = 0;
		try (OutputStream out = Files.newOutputStream(filler)) {
			while (true) {
				out.write(chunk);
				out.flush();
				written += chunk.length;
			}
		} catch (IOException expected) {
			assertTrue(String.valueOf(expected.getMessage()).contains("No space left"), expected.toString());
		}
		try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
			file.setLength(Math.max(0, Math.min(file.length(), written) - leaveFree));
		}
		return filler;
	}

	/** A commit on the server that adds 2 MiB of incompressible files. */
	private void upstreamAddsLargeFiles() {
		Engines.bulk(seed, "upstream", UPSTREAM_FILES, UPSTREAM_SIZE);
		Git.ok(seed, "add", "-A");
		Git.ok(seed, "commit", "-q", "-m", "Large examples");
		Git.ok(seed, "push", "-q", bare.toString(), "main:main");
	}

	@Test
	void pullThatCannotWriteTheFilesReportsTheFullDiskAndKeepsEverythingRecoverable() throws Exception {
		try (GitWorkspace ws = Engines.service().cloneRepository(daemon.url("orders"), mount.resolve("alice")).call()) {
			Path notes = ws.workTree().resolve("notes.txt");
			Files.write(notes, LOCAL_EDIT);
			upstreamAddsLargeFiles();
			ws.fetch().call(); // the objects arrive while there is space, as a background fetch would do
			String head = Git.ok(ws.workTree(), "rev-parse", "HEAD");
			RepoState before = RepoState.capture(ws.workTree());
			int snapshotsBefore = ws.snapshots().list().size();
			Path filler = fillDisk(LEFT_FREE);

			GitOperationException e = assertThrows(GitOperationException.class, () -> ws.pull().call());
			System.out.println("pull on a full disk: " + e.getMessage());

			assertEquals(Code.DISK_FULL, e.code(), e.getMessage());
			String cause = e.diagnostic().cause();
			assertTrue(cause.contains("disk") && cause.contains("full"), cause);
			assertTrue(cause.contains(ws.workTree().toString()), () -> "names the workspace whose disk is full: " + cause);
			assertTrue(e.diagnostic().fix().contains("Free"), e.diagnostic().fix());
			assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("java."),
					() -> "no raw exception text: " + e.getMessage());
			// the repository is consistent and the edit is there, even before space is freed
			assertFsck(ws.workTree());
			assertEquals(head, Git.ok(ws.workTree(), "rev-parse", "HEAD"), "HEAD did not move");
			assertEquals(0, Git.run(ws.workTree(), null, "diff", "--cached", "--quiet").exitCode(), "the index still matches HEAD");
			assertFalse(Files.exists(ws.workTree().resolve(".git/index.lock")), "no index lock left behind");
			assertArrayEquals(LOCAL_EDIT, Files.readAllBytes(notes), "the local edit is unchanged, byte for byte");

			Files.delete(filler);
			List<Snapshot> snapshots = ws.snapshots().list();
			assertEquals(snapshotsBefore + 1, snapshots.size(), "the pull saved one snapshot before it changed anything");
			Snapshot saved = snapshots.get(0);
			assertEquals(SyncOperation.PULL, saved.operation(), saved.toString());
			assertTrue(cause.contains(saved.id()), () -> "the message names the snapshot that holds the state: " + cause);
			ws.snapshots().restore(saved, RestoreMode.FILES_INDEX_AND_BRANCH);
			assertEquals(before, RepoState.capture(ws.workTree()), "the snapshot restores the state before the pull");
			assertFsck(ws.workTree());

			SyncResult again = ws.pull().call();
			assertEquals(SyncResult.Status.FAST_FORWARD, again.status());
			assertArrayEquals(LOCAL_EDIT, Files.readAllBytes(notes));
			assertEquals(UPSTREAM_SIZE, Files.size(ws.workTree().resolve("blobs/upstream0.bin")));
			assertFsck(ws.workTree());
		}
	}

	@Test
	void pullOnADiskThatIsAlreadyFullChangesNothing() throws Exception {
		try (GitWorkspace ws = Engines.service().cloneRepository(daemon.url("orders"), mount.resolve("alice")).call()) {
			Path notes = ws.workTree().resolve("notes.txt");
			Files.write(notes, LOCAL_EDIT);
			upstreamAddsLargeFiles();
			RepoState before = RepoState.capture(ws.workTree());
			String tracking = Git.ok(ws.workTree(), "rev-parse", "origin/main");
			int snapshotsBefore = ws.snapshots().list().size();
			Path filler = fillDisk(0);

			GitOperationException e = assertThrows(GitOperationException.class, () -> ws.pull().call());
			System.out.println("pull on a disk full from the start: " + e.getMessage());

			assertEquals(Code.DISK_FULL, e.code(), e.getMessage());
			assertTrue(e.diagnostic().cause().contains(ws.workTree().toString()), e.getMessage());
			assertTrue(e.diagnostic().fix().contains("Free"), e.diagnostic().fix());
			assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("java."), e.getMessage());
			Files.delete(filler);
			assertEquals(tracking, Git.ok(ws.workTree(), "rev-parse", "origin/main"), "no remote-tracking branch moved");
			assertEquals(before, RepoState.capture(ws.workTree()));
			assertArrayEquals(LOCAL_EDIT, Files.readAllBytes(notes));
			assertEquals(snapshotsBefore, ws.snapshots().list().size(), "nothing was changed, so no snapshot was needed");
			assertFsck(ws.workTree());

			assertEquals(SyncResult.Status.FAST_FORWARD, ws.pull().call().status(), "the pull works once space is freed");
			assertArrayEquals(LOCAL_EDIT, Files.readAllBytes(notes));
		}
	}

	private static void assertFsck(Path dir) {
		Git.Result r = Git.run(dir, null, "fsck", "--strict", "--no-dangling", "--no-progress");
		assertEquals(0, r.exitCode(), () -> "git fsck in " + dir + ":\n" + r.stderr() + r.out());
	}
}
