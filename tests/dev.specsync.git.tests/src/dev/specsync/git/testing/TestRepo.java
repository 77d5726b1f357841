package dev.specsync.git.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.SnapshotService;
import dev.specsync.git.internal.JGitSnapshotServices;
import dev.specsync.git.internal.TestingSnapshotServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** A real repository in a temp directory, driven through the git CLI and opened with JGit. */
public final class TestRepo implements AutoCloseable {

	private final Path dir;
	private Repository repository;

	private TestRepo(Path dir) {
		this.dir = dir;
	}

	/** {@code git init} in {@code dir} (created if needed), branch main. */
	public static TestRepo init(Path dir) {
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Git.ok(dir, "init", "-q", "-b", "main");
		return new TestRepo(dir);
	}

	public Path dir() {
		return dir;
	}

	public Path path(String rel) {
		return dir.resolve(rel);
	}

	public Repository repository() {
		if (repository == null) {
			try {
				repository = new FileRepositoryBuilder().setWorkTree(dir.toFile()).setGitDir(dir.resolve(".git").toFile())
						.setMustExist(true).build();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return repository;
	}

	public SnapshotService service() throws GitOperationException {
		return new JGitSnapshotServices().forRepository(repository());
	}

	public SnapshotService service(Clock clock) throws GitOperationException {
		return TestingSnapshotServices.withClock(clock).forRepository(repository());
	}

	public String git(String... args) {
		return Git.ok(dir, args);
	}

	public TestRepo write(String rel, String content) {
		return write(rel, content.getBytes(StandardCharsets.UTF_8));
	}

	public TestRepo write(String rel, byte[] content) {
		try {
			Path p = dir.resolve(rel);
			Files.createDirectories(p.getParent());
			Files.write(p, content);
			return this;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String read(String rel) {
		try {
			return Files.readString(dir.resolve(rel));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public boolean exists(String rel) {
		return Files.exists(dir.resolve(rel), java.nio.file.LinkOption.NOFOLLOW_LINKS);
	}

	public TestRepo delete(String rel) {
		try {
			Files.delete(dir.resolve(rel));
			return this;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public TestRepo executable(String rel, boolean on) {
		try {
			Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(dir.resolve(rel)));
			for (PosixFilePermission x : Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
					PosixFilePermission.OTHERS_EXECUTE)) {
				if (on) {
					perms.add(x);
				} else {
					perms.remove(x);
				}
			}
			Files.setPosixFilePermissions(dir.resolve(rel), perms);
			return this;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public TestRepo symlink(String rel, String target) {
		try {
			Path p = dir.resolve(rel);
			Files.createDirectories(p.getParent());
			Files.deleteIfExists(p);
			Files.createSymbolicLink(p, Path.of(target));
			return this;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Commits everything currently in the working tree. */
	public TestRepo commitAll(String message) {
		git("add", "-A");
		git("commit", "-q", "--allow-empty", "-m", message);
		return this;
	}

	/** Fails unless {@code git fsck --strict} reports a clean repository. */
	public void assertFsckClean() {
		Git.Result r = Git.run(dir, null, "fsck", "--strict", "--no-dangling", "--no-progress");
		assertEquals(0, r.exitCode(), () -> "git fsck --strict failed:\n" + r.stderr() + r.out());
		String all = (r.stderr() + r.out()).toLowerCase();
		assertFalse(all.contains("error") || all.contains("missing") || all.contains("broken") || all.contains("bad "),
				() -> "git fsck reported problems:\n" + r.stderr() + r.out());
	}

	public RepoState state() {
		return RepoState.capture(dir);
	}

	@Override
	public void close() {
		if (repository != null) {
			repository.close();
		}
	}
}
