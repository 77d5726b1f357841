package dev.specsync.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.RepoState;
import dev.specsync.git.testing.TestRepo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs on a real 4 MiB tmpfs that is filled to the last byte. Mounting needs root: as root (as in CI) the
 * test runs and a failed mount fails it; as any other user it is skipped, saying so.
 */
class DiskFullTest {

	@TempDir
	Path tmp;

	Path mount;
	TestRepo repo;

	@BeforeEach
	void mountTinyDisk() throws Exception {
		mount = tmp.resolve("disk");
		Files.createDirectories(mount);
		Assumptions.assumeTrue(isRoot(), () -> "skipped: mounting the 4 MiB tmpfs this test fills needs root, and the tests run as "
				+ System.getProperty("user.name") + "; CI runs them as root");
		Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString())
				.redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0,
				() -> "running as root, but mounting a tmpfs on " + mount + " failed: " + output);
		repo = TestRepo.init(mount.resolve("repo"));
		repo.write("openapi.yaml", "openapi: 3.1.0\n").commitAll("init");
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
		if (repo != null) {
			repo.close();
		}
		if (mount != null) {
			new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** Fills the file system until ENOSPC; returns the filler file (outside the repository). */
	private Path fillDisk() throws IOException {
		Path filler = mount.resolve("filler.bin");
		byte[] chunk = new byte[4096];
		try (OutputStream out = Files.newOutputStream(filler)) {
			while (true) {
				out.write(chunk);
				out.flush();
			}
		} catch (IOException expected) {
			assertTrue(String.valueOf(expected.getMessage()).contains("No space left"), expected.toString());
		}
		return filler;
	}

	private void writeIncompressible(String rel, int size) {
		byte[] b = new byte[size];
		new Random(rel.hashCode()).nextBytes(b);
		repo.write(rel, b);
	}

	@Test
	void takeOnAFullDiskFailsWithAClearMessageAndChangesNothing() throws Exception {
		writeIncompressible("openapi.yaml", 600_000);
		writeIncompressible("new/untracked.bin", 600_000);
		RepoState before = repo.state();
		SnapshotService service = repo.service();
		Path filler = fillDisk();

		GitOperationException e = assertThrows(GitOperationException.class, () -> service.take("before pull"));
		System.out.println("take on full disk: " + e.getMessage());

		assertEquals(Diagnostic.Code.DISK_FULL, e.code(), e.getMessage());
		assertTrue(e.getMessage().contains("disk") && e.getMessage().contains("full"), e.getMessage());
		assertTrue(e.diagnostic().fix().contains("Free some disk space"), e.getMessage());
		Map<String, String> filesNow = RepoState.files(repo.dir());
		assertEquals(before.files(), filesNow, "working tree changed");
		assertEquals("", repo.git("for-each-ref", "refs/specsync"), "no snapshot ref may be left");

		Files.delete(filler);
		assertEquals(before, repo.state());
		repo.assertFsckClean();
		Snapshot s = service.take("after freeing space");
		assertEquals(s, service.list().get(0));
		repo.assertFsckClean();
	}

	@Test
	void restoreOnAFullDiskRefusesBeforeTouchingAnything() throws Exception {
		SnapshotService service = repo.service();
		Snapshot s = service.take("small");
		writeIncompressible("openapi.yaml", 700_000);
		writeIncompressible("big-untracked.bin", 700_000);
		RepoState before = repo.state();
		byte[] index = Files.readAllBytes(repo.path(".git/index"));
		Path filler = fillDisk();

		GitOperationException e = assertThrows(GitOperationException.class, () -> service.restore(s));

		assertEquals(Diagnostic.Code.DISK_FULL, e.code(), e.getMessage());
		assertTrue(e.getMessage().contains("Nothing was changed") || e.getMessage().contains("not changed"), e.getMessage());
		assertEquals(before.files(), RepoState.files(repo.dir()));
		assertEquals(java.util.Arrays.toString(index), java.util.Arrays.toString(Files.readAllBytes(repo.path(".git/index"))));
		assertTrue(Files.notExists(repo.path(".git/index.lock")));
		Files.delete(filler);
		assertEquals(1, service.list().size());
		assertEquals(before, repo.state());
		assertEquals(0, Git.run(repo.dir(), null, "fsck", "--strict").exitCode());
	}
}
