package dev.specsync.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.RepoState;
import dev.specsync.git.testing.TestRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repository shapes and file kinds a snapshot must round-trip exactly. */
class EdgeCaseTest {

	@TempDir
	Path tmp;

	TestRepo repo;

	@AfterEach
	void tearDown() {
		if (repo != null) {
			repo.close();
		}
	}

	private TestRepo committed() {
		repo = TestRepo.init(tmp.resolve("repo"));
		repo.write("api.yaml", "openapi: 3.1.0\n").write("lib/a.yaml", "a\n").write("lib/b.yaml", "b\n").commitAll("init");
		return repo;
	}

	/** take, scramble with reset --hard + clean + stray edits, restore, compare everything git and the disk say. */
	private void assertRoundTrip(SnapshotService service) throws Exception {
		RepoState before = repo.state();
		Snapshot s = service.take("round trip");
		repo.assertFsckClean();
		assertEquals(before, repo.state(), "take changed the state");
		if (Git.run(repo.dir(), null, "rev-parse", "--verify", "-q", "HEAD").exitCode() == 0) {
			Git.run(repo.dir(), null, "merge", "--abort");
			repo.git("reset", "-q", "--hard");
		} else {
			repo.git("rm", "-rqf", "--cached", "--ignore-unmatch", ".");
		}
		repo.git("clean", "-fdq");
		repo.write("stray/created-later.yaml", "x\n");
		assertNotEquals(before, repo.state());
		service.restore(s);
		assertEquals(before, repo.state());
		repo.assertFsckClean();
	}

	@Test
	void emptyRepositoryWithoutAnyCommit() throws Exception {
		repo = TestRepo.init(tmp.resolve("repo"));
		repo.write("staged.yaml", "staged\n");
		repo.git("add", "staged.yaml");
		repo.write("staged.yaml", "staged then edited\n");
		repo.write("untracked/x.yaml", "untracked\n");
		SnapshotService service = repo.service();
		Snapshot s = service.take("empty repo");
		assertNull(s.head());
		assertEquals("refs/heads/main", s.branch());
		assertRoundTrip(service);
		assertNotEquals(0, Git.run(repo.dir(), null, "rev-parse", "--verify", "-q", "HEAD").exitCode(),
				"HEAD must still be unborn");
	}

	@Test
	void emptyRepositoryWithEmptyWorkTree() throws Exception {
		repo = TestRepo.init(tmp.resolve("repo"));
		SnapshotService service = repo.service();
		Snapshot s = service.take("nothing");
		assertEquals(s, service.list().get(0));
		repo.write("later.yaml", "later\n");
		service.restore(s);
		assertFalse(repo.exists("later.yaml"));
		repo.assertFsckClean();
	}

	@Test
	void detachedHead() throws Exception {
		committed();
		repo.write("api.yaml", "second\n").commitAll("second");
		repo.git("checkout", "-q", "--detach", "HEAD~1");
		repo.write("api.yaml", "edited while detached\n");
		SnapshotService service = repo.service();
		Snapshot s = service.take("detached");
		assertTrue(s.detached());
		assertEquals(repo.git("rev-parse", "HEAD").trim(), s.head().name());
		assertRoundTrip(service);

		repo.git("reset", "-q", "--hard");
		repo.git("checkout", "-q", "main");
		service.restore(s, RestoreMode.FILES_INDEX_AND_BRANCH);
		assertEquals(s.head().name(), repo.git("rev-parse", "HEAD").trim());
		assertEquals("", repo.git("branch", "--show-current").trim(), "HEAD must be detached again");
	}

	@Test
	void mergeInProgressWithConflictStagesIsPreservedAndCanBeFinished() throws Exception {
		committed();
		repo.git("checkout", "-q", "-b", "feature");
		repo.write("api.yaml", "openapi: 3.1.0\n# feature\n").write("lib/a.yaml", "a feature\n").commitAll("feature");
		repo.git("checkout", "-q", "main");
		repo.write("api.yaml", "openapi: 3.1.0\n# main\n").write("lib/b.yaml", "b main\n").commitAll("main");
		Git.Result merge = Git.run(repo.dir(), null, "merge", "feature");
		assertNotEquals(0, merge.exitCode(), "merge must conflict");
		repo.write("notes.txt", "untracked during merge\n");
		String stages = repo.git("ls-files", "-s", "api.yaml");
		assertEquals(3, stages.lines().count(), stages);

		SnapshotService service = repo.service();
		Snapshot s = service.take("mid merge");
		assertEquals(repo.state(), RepoState.capture(repo.dir()));
		repo.git("merge", "--abort");
		assertFalse(Files.exists(repo.path(".git/MERGE_HEAD")));

		service.restore(s);
		assertEquals(stages, repo.git("ls-files", "-s", "api.yaml"));
		assertTrue(Files.exists(repo.path(".git/MERGE_HEAD")));
		assertTrue(repo.git("status", "--porcelain=v2").contains("u UU"), "status must show the unmerged path");
		assertRoundTrip(service);

		repo.write("api.yaml", "openapi: 3.1.0\n# resolved\n");
		repo.git("add", "api.yaml");
		repo.git("commit", "-q", "--no-edit");
		assertEquals(3, repo.git("log", "-1", "--format=%P %H").trim().split(" ").length, "merge commit expected");
		repo.assertFsckClean();
	}

	@Test
	void restoringAPreMergeSnapshotClearsAnUnfinishedMerge() throws Exception {
		committed();
		repo.git("checkout", "-q", "-b", "feature");
		repo.write("api.yaml", "feature\n").commitAll("feature");
		repo.git("checkout", "-q", "main");
		repo.write("api.yaml", "main\n").commitAll("main");
		SnapshotService service = repo.service();
		RepoState clean = repo.state();
		Snapshot beforeMerge = service.takeBefore(SyncOperation.MERGE);
		Git.run(repo.dir(), null, "merge", "feature");
		assertTrue(Files.exists(repo.path(".git/MERGE_HEAD")));

		service.undoLast();
		assertEquals(clean, repo.state());
		assertFalse(Files.exists(repo.path(".git/MERGE_HEAD")));
		assertEquals(beforeMerge, service.list().get(1));
	}

	@Test
	void crlfAndBinaryContentIsRestoredByteForByte() throws Exception {
		committed();
		repo.git("config", "core.autocrlf", "true");
		repo.write(".gitattributes", "*.crlf text eol=crlf\n");
		byte[] binary = new byte[70_000];
		new Random(42).nextBytes(binary);
		binary[0] = 0;
		repo.write("windows.crlf", "line1\r\nline2\r\n").write("image.bin", binary).commitAll("crlf and binary");

		byte[] mixed = "unix\nwindows\r\nold mac\rend".getBytes(StandardCharsets.UTF_8);
		byte[] binary2 = binary.clone();
		binary2[100] ^= 0x5a;
		repo.write("windows.crlf", "line1\r\nline2 edited\r\n").write("mixed.txt", mixed).write("image.bin", binary2)
				.write("new.bin", new byte[] {0, 1, 2, (byte) 0xff, '\r', '\n'});
		SnapshotService service = repo.service();
		Snapshot s = service.take("bytes");
		repo.git("reset", "-q", "--hard");
		repo.git("clean", "-fdq");
		repo.write("mixed.txt", "other\n");

		service.restore(s);
		assertArrayEquals("line1\r\nline2 edited\r\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(repo.path("windows.crlf")));
		assertArrayEquals(mixed, Files.readAllBytes(repo.path("mixed.txt")));
		assertArrayEquals(binary2, Files.readAllBytes(repo.path("image.bin")));
		assertArrayEquals(new byte[] {0, 1, 2, (byte) 0xff, '\r', '\n'}, Files.readAllBytes(repo.path("new.bin")));
		assertRoundTrip(service);
	}

	@Test
	void unchangedCrlfFileUnderAutocrlfKeepsItsBytes() throws Exception {
		committed();
		repo.git("config", "core.autocrlf", "true");
		repo.write("dos.txt", "a\r\nb\r\n").commitAll("dos");
		byte[] onDisk = Files.readAllBytes(repo.path("dos.txt"));
		Snapshot s = repo.service().take("crlf");
		assertArrayEquals(onDisk, repo.git("cat-file", "blob", s.refName() + ":dos.txt").getBytes(StandardCharsets.UTF_8));
		repo.delete("dos.txt");
		repo.service().restore(s);
		assertArrayEquals(onDisk, Files.readAllBytes(repo.path("dos.txt")));
	}

	@Test
	void executableBit() throws Exception {
		committed();
		repo.write("tools/gen.sh", "#!/bin/sh\necho hi\n").executable("tools/gen.sh", true).commitAll("script");
		repo.executable("tools/gen.sh", false);
		repo.executable("api.yaml", true);
		repo.git("add", "api.yaml");
		repo.write("tools/new.sh", "#!/bin/sh\n").executable("tools/new.sh", true);
		SnapshotService service = repo.service();
		Snapshot s = service.take("modes");
		repo.git("reset", "-q", "--hard");
		repo.git("clean", "-fdq");
		assertTrue(Files.isExecutable(repo.path("tools/gen.sh")));

		service.restore(s);
		assertFalse(Files.isExecutable(repo.path("tools/gen.sh")));
		assertTrue(Files.isExecutable(repo.path("tools/new.sh")));
		assertTrue(repo.git("ls-files", "-s", "api.yaml").startsWith("100755"));
		assertRoundTrip(service);
	}

	@Test
	void symlinks() throws Exception {
		committed();
		repo.symlink("current.yaml", "api.yaml").commitAll("link");
		repo.symlink("current.yaml", "lib/a.yaml");
		repo.symlink("libdir", "lib");
		repo.symlink("dangling", "does/not/exist");
		SnapshotService service = repo.service();
		Snapshot s = service.take("links");
		repo.git("reset", "-q", "--hard");
		repo.git("clean", "-fdq");
		repo.write("libdir", "now a file\n");

		service.restore(s);
		assertEquals(Path.of("lib/a.yaml"), Files.readSymbolicLink(repo.path("current.yaml")));
		assertEquals(Path.of("lib"), Files.readSymbolicLink(repo.path("libdir")));
		assertEquals(Path.of("does/not/exist"), Files.readSymbolicLink(repo.path("dangling")));
		assertEquals("a\n", repo.read("lib/a.yaml"), "must not write through the link");
		assertRoundTrip(service);
	}

	@Test
	void deletedTrackedFilesStayDeletedStagedAndUnstaged() throws Exception {
		committed();
		repo.delete("lib/a.yaml");
		repo.git("rm", "-q", "lib/b.yaml");
		SnapshotService service = repo.service();
		Snapshot s = service.take("deletions");
		repo.git("reset", "-q", "--hard");
		service.restore(s);
		assertFalse(repo.exists("lib/a.yaml"));
		assertFalse(repo.exists("lib/b.yaml"));
		String status = repo.git("status", "--porcelain=v1");
		assertTrue(status.contains(" D lib/a.yaml"), status);
		assertTrue(status.contains("D  lib/b.yaml"), status);
		assertRoundTrip(service);
	}

	@Test
	void renamedFiles() throws Exception {
		committed();
		repo.git("mv", "lib/a.yaml", "lib/renamed a.yaml");
		repo.write("lib/renamed a.yaml", "a\nplus edit\n");
		SnapshotService service = repo.service();
		Snapshot s = service.take("rename");
		repo.git("reset", "-q", "--hard");
		repo.git("clean", "-fdq");
		service.restore(s);
		String status = repo.git("status", "--porcelain=v2");
		assertTrue(status.lines().anyMatch(l -> l.startsWith("2 R") && l.contains("lib/renamed a.yaml")), status);
		assertRoundTrip(service);
	}

	@Test
	void nestedNewDirectoriesSpacesAndUnicode() throws Exception {
		committed();
		repo.write("neue Ordner/ünïcödé/日本語 ファイル.yaml", "unicode\n")
				.write("with space.txt", "space\n")
				.write("a/b/c/d/e/f/deep.yaml", "deep\n")
				.write("emoji-😀.yaml", "smile\n");
		repo.git("add", "with space.txt");
		SnapshotService service = repo.service();
		Snapshot s = service.take("names");
		repo.git("reset", "-q", "--hard");
		repo.git("clean", "-fdq");
		assertFalse(repo.exists("a"));
		service.restore(s);
		assertEquals("unicode\n", repo.read("neue Ordner/ünïcödé/日本語 ファイル.yaml"));
		assertEquals("deep\n", repo.read("a/b/c/d/e/f/deep.yaml"));
		assertRoundTrip(service);
	}

	@Test
	void ignoredFilesAreNeitherSavedNorTouched() throws Exception {
		committed();
		repo.write(".gitignore", "*.log\ntarget/\n!keep.log\n").commitAll("ignore");
		repo.write("debug.log", "v1\n").write("target/classes/x.class", "v1\n").write("keep.log", "not ignored\n");
		SnapshotService service = repo.service();
		Snapshot s = service.take("ignored");
		String tree = repo.git("ls-tree", "-r", "--name-only", s.refName());
		assertFalse(tree.contains("debug.log"));
		assertFalse(tree.contains("target/"));
		assertTrue(tree.contains("keep.log"));

		repo.write("debug.log", "v2\n").write("target/classes/x.class", "v2\n").write("target/new.class", "new\n");
		service.restore(s);
		assertEquals("v2\n", repo.read("debug.log"));
		assertEquals("v2\n", repo.read("target/classes/x.class"));
		assertEquals("new\n", repo.read("target/new.class"));
		assertRoundTrip(service);
	}

	@Test
	void trackedFileInsideIgnoredDirectoryIsSaved() throws Exception {
		committed();
		repo.write("gen/keep.yaml", "tracked\n").commitAll("tracked in gen");
		repo.write(".gitignore", "gen/\n").commitAll("ignore gen");
		repo.write("gen/keep.yaml", "tracked edited\n").write("gen/other.yaml", "ignored\n");
		SnapshotService service = repo.service();
		Snapshot s = service.take("x");
		String tree = repo.git("ls-tree", "-r", "--name-only", s.refName());
		assertTrue(tree.contains("gen/keep.yaml"));
		assertFalse(tree.contains("gen/other.yaml"));
		assertRoundTrip(service);
	}

	@Test
	void ignoredFileThatRestoreMustOverwriteIsSavedInTheSafetySnapshot() throws Exception {
		committed();
		repo.write("gen/x.yaml", "from snapshot\n");
		SnapshotService service = repo.service();
		Snapshot s = service.take("gen untracked");
		repo.write(".gitignore", "gen/\n").commitAll("ignore gen");
		repo.write("gen/x.yaml", "precious ignored content\n");

		RestoreResult r = service.restore(s);
		assertEquals("from snapshot\n", repo.read("gen/x.yaml"));

		service.restore(r.safety());
		assertEquals("precious ignored content\n", repo.read("gen/x.yaml"));
		repo.assertFsckClean();
	}

	@Test
	void fileReplacedByDirectoryAndBack() throws Exception {
		committed();
		repo.write("spec", "spec is a file\n");
		SnapshotService service = repo.service();
		Snapshot fileState = service.take("file");
		repo.delete("spec");
		repo.write("spec/v1.yaml", "spec is a dir\n");
		Snapshot dirState = service.take("dir");

		service.restore(fileState);
		assertTrue(Files.isRegularFile(repo.path("spec"), LinkOption.NOFOLLOW_LINKS));
		service.restore(dirState);
		assertEquals("spec is a dir\n", repo.read("spec/v1.yaml"));
		repo.assertFsckClean();
	}

	@Test
	void intentToAddAndSkipWorktreeFlagsSurvive() throws Exception {
		committed();
		repo.write("planned.yaml", "planned\n");
		repo.git("add", "-N", "planned.yaml");
		repo.git("update-index", "--skip-worktree", "lib/b.yaml");
		assertRoundTrip(repo.service());
		assertTrue(repo.git("ls-files", "-v", "lib/b.yaml").startsWith("S "));
	}
}
