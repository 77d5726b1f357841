package dev.specsync.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specsync.git.testing.RepoState;
import dev.specsync.git.testing.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotRestoreTest {

	@TempDir
	Path tmp;

	TestRepo repo;

	@BeforeEach
	void setUp() {
		repo = TestRepo.init(tmp.resolve("repo"));
		repo.write(".gitignore", "*.log\nbuild/\n")
				.write("openapi.yaml", "openapi: 3.1.0\ninfo:\n  title: Pets\n")
				.write("paths/pets.yaml", "get: {}\n")
				.write("paths/owners.yaml", "get: {}\n")
				.write("README.md", "readme\n")
				.commitAll("initial");
	}

	@AfterEach
	void tearDown() {
		repo.close();
	}

	/** Staged change, a different unstaged change on top, untracked nested file, deleted file, ignored files. */
	private void makeMixedLocalState() {
		repo.write("openapi.yaml", "openapi: 3.1.0\ninfo:\n  title: Pets v2\n");
		repo.git("add", "openapi.yaml");
		repo.write("openapi.yaml", "openapi: 3.1.0\ninfo:\n  title: Pets v3 (unstaged)\n");
		repo.write("paths/pets.yaml", "get: {summary: staged}\n");
		repo.git("add", "paths/pets.yaml");
		repo.write("drafts/new/deep/orders.yaml", "post: {}\n");
		repo.delete("paths/owners.yaml");
		repo.write("server.log", "ignored log\n");
		repo.write("build/out.json", "{}\n");
	}

	@Test
	void takeChangesNothingGitOrTheUserCanSee() throws Exception {
		makeMixedLocalState();
		RepoState before = repo.state();
		byte[] indexBytes = Files.readAllBytes(repo.path(".git/index"));
		String refsBefore = repo.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/tags");
		String headBefore = Files.readString(repo.path(".git/HEAD"));

		Snapshot s = repo.service().take("before editing");

		assertArrayEquals(indexBytes, Files.readAllBytes(repo.path(".git/index")), "index file bytes changed");
		assertEquals(headBefore, Files.readString(repo.path(".git/HEAD")));
		assertEquals(refsBefore, repo.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/tags"));
		assertEquals(before, repo.state());
		assertEquals("", repo.git("stash", "list"), "must not use refs/stash");
		assertTrue(s.refName().startsWith("refs/specsync/snapshots/"));
		assertEquals(s.commitId().name(), repo.git("rev-parse", s.refName()).trim());
		repo.assertFsckClean();
	}

	@Test
	void snapshotContentMatchesWhatGitSees() throws Exception {
		makeMixedLocalState();
		Snapshot s = repo.service().take("check content");
		String ref = s.refName();
		assertEquals("openapi: 3.1.0\ninfo:\n  title: Pets v3 (unstaged)\n", repo.git("show", ref + ":openapi.yaml"));
		assertEquals("post: {}\n", repo.git("show", ref + ":drafts/new/deep/orders.yaml"));
		String tree = repo.git("ls-tree", "-r", "--name-only", ref);
		assertFalse(tree.contains("paths/owners.yaml"), "deleted file must be absent");
		assertFalse(tree.contains("server.log"), "ignored file must not be saved");
		assertFalse(tree.contains("build/out.json"), "ignored dir must not be saved");
		// the index commit holds exactly the staged content
		String indexCommit = repo.git("rev-parse", ref + "^2").trim();
		assertEquals(repo.git("write-tree").trim(), repo.git("rev-parse", indexCommit + "^{tree}").trim());
	}

	/** The tree objects in the repository (loose and packed). */
	private java.util.Set<String> trees() {
		return repo.git("cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectname)").lines()
				.filter(l -> l.startsWith("tree ")).collect(java.util.stream.Collectors.toSet());
	}

	@Test
	void snapshotOfACleanWorkspaceReusesTheCommittedTreesAndStillSeesLaterChanges() throws Exception {
		String headTree = repo.git("rev-parse", "HEAD^{tree}").trim();
		java.util.Set<String> treesBefore = trees();

		Snapshot clean = repo.service().take("clean");

		// nothing uncommitted: the saved files and index are HEAD's tree, and no tree object was written again
		assertEquals(headTree, repo.git("rev-parse", clean.refName() + "^{tree}").trim());
		assertEquals(headTree, repo.git("rev-parse", clean.refName() + "^2^{tree}").trim());
		assertEquals(treesBefore, trees());

		// a mode change, an edit and an untracked file make the saved files differ from the index again
		repo.executable("paths/pets.yaml", true);
		repo.write("README.md", "edited after the clean snapshot\n");
		repo.write("drafts/new.yaml", "post: {}\n");
		Snapshot dirty = repo.service().take("dirty");
		String ref = dirty.refName();
		assertEquals("edited after the clean snapshot\n", repo.git("show", ref + ":README.md"));
		assertEquals("post: {}\n", repo.git("show", ref + ":drafts/new.yaml"));
		assertTrue(repo.git("ls-tree", ref, "paths/pets.yaml").startsWith("100755 "), "executable bit must be saved");
		assertEquals(headTree, repo.git("rev-parse", ref + "^2^{tree}").trim(), "nothing was staged");

		repo.service().restore(clean);
		assertEquals("readme\n", repo.read("README.md"));
		assertFalse(repo.exists("drafts/new.yaml"));
		assertEquals("", repo.git("status", "--porcelain"));
		repo.assertFsckClean();
	}

	@Test
	void restoreBringsBackIndexWorkTreeAndUntrackedFilesExactly() throws Exception {
		makeMixedLocalState();
		RepoState before = repo.state();
		SnapshotService service = repo.service();
		Snapshot s = service.take("before pull");

		repo.git("reset", "-q", "--hard");
		repo.git("clean", "-fdq");
		repo.write("paths/new-since.yaml", "created after the snapshot\n");
		repo.write("README.md", "changed after\n");
		repo.write("server.log", "ignored but changed later\n");
		assertNotEquals(before, repo.state());

		RestoreResult result = service.restore(s);

		RepoState after = repo.state();
		assertEquals(before.status(), after.status());
		assertEquals(before.index(), after.index());
		assertEquals(before.diffCached(), after.diffCached());
		assertEquals(before.diff(), after.diff());
		assertEquals(before.files().keySet().stream().filter(p -> !p.equals("server.log") && !p.startsWith("build")).toList(),
				after.files().keySet().stream().filter(p -> !p.equals("server.log") && !p.startsWith("build")).toList());
		assertFalse(repo.exists("paths/new-since.yaml"), "file created since the snapshot must be removed");
		assertEquals("ignored but changed later\n", repo.read("server.log"), "ignored file must be untouched");
		assertEquals(s, result.restored());
		assertEquals("before restore", result.safety().reason());
		repo.assertFsckClean();
	}

	@Test
	void restoreIsUndoableThroughTheSafetySnapshot() throws Exception {
		SnapshotService service = repo.service();
		repo.write("openapi.yaml", "version A\n");
		Snapshot a = service.take("A");
		repo.write("openapi.yaml", "version B\n");
		repo.write("untracked-b.yaml", "only in B\n");
		repo.git("add", "untracked-b.yaml");
		RepoState b = repo.state();

		RestoreResult r = service.restore(a);
		assertEquals("version A\n", repo.read("openapi.yaml"));
		assertFalse(repo.exists("untracked-b.yaml"));

		service.restore(r.safety());
		assertEquals(b, repo.state());
		repo.assertFsckClean();
	}

	@Test
	void listIsNewestFirstAndCarriesMetadata() throws Exception {
		SnapshotService service = repo.service();
		String head = repo.git("rev-parse", "HEAD").trim();
		Snapshot first = service.take("first\nwith newline");
		Thread.sleep(5);
		Snapshot second = service.takeBefore(SyncOperation.PULL);

		List<Snapshot> list = service.list();
		assertEquals(List.of(second, first), list);
		assertEquals("first with newline", first.reason());
		assertEquals("before pull", second.reason());
		assertEquals(Optional.of(SyncOperation.PULL), second.syncOperation());
		assertEquals(Optional.empty(), first.syncOperation());
		assertEquals("refs/heads/main", second.branch());
		assertEquals(ObjectId.fromString(head), second.head());
		assertTrue(second.time().isAfter(first.time()));
		String message = repo.git("log", "-1", "--format=%B", second.refName());
		assertTrue(message.contains("Specsync-Reason: before pull"), message);
	}

	@Test
	void snapshotsSurviveAggressiveGarbageCollection() throws Exception {
		SnapshotService service = repo.service();
		repo.write("untracked/only-here.yaml", "precious unsaved work\n");
		repo.write("paths/pets.yaml", "staged only\n");
		repo.git("add", "paths/pets.yaml");
		repo.write("paths/pets.yaml", "worktree only\n");
		RepoState before = repo.state();
		Snapshot s = service.take("before gc");

		repo.git("reset", "-q", "--hard");
		repo.git("clean", "-fdq");
		repo.git("reflog", "expire", "--expire=now", "--all");
		repo.git("gc", "-q", "--prune=now");
		repo.assertFsckClean();

		service.restore(s);
		assertEquals(before, repo.state());
	}

	@Test
	void undoLastRestoresNewestSyncSnapshotNotManualOnes() throws Exception {
		SnapshotService service = repo.service();
		repo.write("openapi.yaml", "before the pull\n");
		RepoState beforePull = repo.state();
		service.takeBefore(SyncOperation.PULL);
		repo.write("openapi.yaml", "after the pull\n");
		service.take("manual checkpoint");
		repo.write("openapi.yaml", "later edit\n");

		Optional<RestoreResult> undone = service.undoLast();

		assertTrue(undone.isPresent());
		assertEquals(Optional.of(SyncOperation.PULL), undone.get().restored().syncOperation());
		assertEquals(beforePull, repo.state());
		repo.assertFsckClean();
	}

	@Test
	void undoLastWithoutSyncSnapshotChangesNothing() throws Exception {
		SnapshotService service = repo.service();
		service.take("manual");
		repo.write("openapi.yaml", "edited\n");
		RepoState before = repo.state();
		assertEquals(Optional.empty(), service.undoLast());
		assertEquals(before, repo.state());
		assertEquals(1, service.list().size());
	}

	@Test
	void defaultRestoreLeavesHeadButBranchModeMovesItBack() throws Exception {
		SnapshotService service = repo.service();
		String c1 = repo.git("rev-parse", "HEAD").trim();
		repo.write("openapi.yaml", "wip on c1\n");
		Snapshot s = service.take("on c1");

		repo.git("stash", "-q");
		repo.write("paths/pets.yaml", "commit 2\n").commitAll("c2");
		String c2 = repo.git("rev-parse", "HEAD").trim();
		repo.git("checkout", "-q", "-b", "other");

		service.restore(s);
		assertEquals(c2, repo.git("rev-parse", "HEAD").trim());
		assertEquals("other", repo.git("branch", "--show-current").trim());
		assertEquals("wip on c1\n", repo.read("openapi.yaml"));

		RestoreResult r = service.restore(s, RestoreMode.FILES_INDEX_AND_BRANCH);
		assertEquals(c1, repo.git("rev-parse", "HEAD").trim());
		assertEquals("main", repo.git("branch", "--show-current").trim());
		assertEquals("wip on c1\n", repo.read("openapi.yaml"));
		assertTrue(repo.git("status", "--porcelain=v2").contains(" openapi.yaml"));
		assertEquals("refs/heads/other", r.safety().branch());

		// the commit main was moved away from stays reachable through the safety snapshot
		repo.git("branch", "-D", "other");
		repo.git("stash", "clear");
		repo.git("reflog", "expire", "--expire=now", "--all");
		repo.git("gc", "-q", "--prune=now");
		repo.git("cat-file", "-e", c2 + "^{commit}");
		repo.assertFsckClean();
	}

	@Test
	void restoreOfVanishedSnapshotFailsWithNotFound() throws Exception {
		SnapshotService service = repo.service();
		Snapshot s = service.take("x");
		repo.git("update-ref", "-d", s.refName());
		GitOperationException e = org.junit.jupiter.api.Assertions.assertThrows(GitOperationException.class,
				() -> service.restore(s));
		assertEquals(Diagnostic.Code.NOT_FOUND, e.code());
		assertTrue(e.getMessage().contains("no longer exists"), e.getMessage());
	}

	@Test
	void restoreWhileAnotherGitHoldsTheIndexLockFailsAndChangesNothing() throws Exception {
		SnapshotService service = repo.service();
		repo.write("openapi.yaml", "snap\n");
		Snapshot s = service.take("x");
		repo.write("openapi.yaml", "current\n");
		RepoState before = repo.state();
		Files.writeString(repo.path(".git/index.lock"), "");
		try {
			GitOperationException e = org.junit.jupiter.api.Assertions.assertThrows(GitOperationException.class,
					() -> service.restore(s));
			assertEquals(Diagnostic.Code.LOCKED, e.code());
			assertTrue(e.getMessage().contains("index.lock"), e.getMessage());
		} finally {
			Files.delete(repo.path(".git/index.lock"));
		}
		assertEquals(before, repo.state());
		assertEquals(1, service.list().size(), "no safety snapshot for a restore that did not start");
	}

	@Test
	void bareRepositoryIsRejectedWithUnsupported() throws Exception {
		Path bare = tmp.resolve("bare.git");
		dev.specsync.git.testing.Git.ok(tmp, "init", "-q", "--bare", bare.toString());
		try (var r = new org.eclipse.jgit.storage.file.FileRepositoryBuilder().setGitDir(bare.toFile()).build()) {
			GitOperationException e = org.junit.jupiter.api.Assertions.assertThrows(GitOperationException.class,
					() -> new dev.specsync.git.internal.JGitSnapshotServices().forRepository(r));
			assertEquals(Diagnostic.Code.UNSUPPORTED, e.code());
		}
	}

	@Test
	void headlessSnapshotFieldsAreNullOnlyWhereDocumented() throws Exception {
		Snapshot s = repo.service().take("x");
		assertFalse(s.detached());
		assertNull(s.operation());
	}
}
