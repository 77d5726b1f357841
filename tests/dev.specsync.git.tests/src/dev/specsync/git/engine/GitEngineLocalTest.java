package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.RestoreResult;
import dev.specsync.git.SyncOperation;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.RepoState;
import dev.specsync.git.testing.TestRepo;

/** The engine on a repository without a server: status, commit, branches, switch, reset, tags, history, hooks. */
class GitEngineLocalTest {

	@TempDir
	Path tmp;

	private TestRepo repo() {
		TestRepo repo = TestRepo.init(tmp.resolve("ws"));
		repo.write(".gitignore", "build/\n");
		repo.write("openapi.yaml", "openapi: 3.1.0\n");
		repo.write("notes.txt", "one\n");
		repo.write("old.txt", "old\n");
		return repo.commitAll("init");
	}

	@Test
	void statusSeparatesStagedChangedUntrackedAndIgnoresIgnoredFiles() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir().resolve("."))) {
			repo.write("openapi.yaml", "openapi: 3.1.1\n");
			repo.write("notes.txt", "two\n").git("add", "notes.txt");
			repo.delete("old.txt");
			repo.write("paths/orders.yaml", "get: {}\n");
			repo.write("build/out.json", "{}\n");
			WorkspaceStatus status = ws.status().call();
			assertEquals(Optional.of("main"), status.branch());
			assertEquals(Set.of("notes.txt"), status.staged());
			assertEquals(Set.of("openapi.yaml", "old.txt"), status.changed());
			assertEquals(Set.of("paths/orders.yaml"), status.untracked());
			assertEquals(Set.of(), status.conflicting());
			assertEquals("SAFE", status.operation());
			assertFalse(status.clean());
			assertEquals(Optional.empty(), status.upstream());
		}
	}

	@Test
	void statusOpensFromASubfolderAndSeesConflicts() throws Exception {
		try (TestRepo repo = repo()) {
			repo.git("checkout", "-q", "-b", "other");
			repo.write("openapi.yaml", "openapi: 3.0.3\n").commitAll("other");
			repo.git("checkout", "-q", "main");
			repo.write("openapi.yaml", "openapi: 3.1.1\n").commitAll("main");
			repo.write("sub/dir/file.txt", "x\n");
			assertEquals(1, dev.specsync.git.testing.Git.run(repo.dir(), null, "merge", "-q", "other").exitCode());
			try (GitWorkspace ws = Engines.service().open(repo.path("sub/dir"))) {
				WorkspaceStatus status = ws.status().call();
				assertEquals(Set.of("openapi.yaml"), status.conflicting());
				assertEquals("MERGING", status.operation());
				GitOperationException e = assertThrows(GitOperationException.class,
						() -> ws.commit("merge", Engines.AUTHOR).call());
				assertEquals(Code.CONFLICT, e.code());
				assertTrue(e.getMessage().contains("'openapi.yaml'"), e.getMessage());
			}
		}
	}

	@Test
	void openingAFolderOutsideAnyRepositoryNamesTheFolder() {
		GitOperationException e = assertThrows(GitOperationException.class, () -> Engines.service().open(tmp));
		assertEquals(Code.NOT_FOUND, e.code());
		assertTrue(e.getMessage().contains(tmp.toString()) && e.getMessage().contains("clone"), e.getMessage());
	}

	@Test
	void commitRefusesABlankMessageAndNothingChanges() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.write("openapi.yaml", "openapi: 3.1.1\n");
			String head = repo.git("rev-parse", "HEAD");
			GitOperationException e = assertThrows(GitOperationException.class,
					() -> ws.commit("  \n", Engines.AUTHOR).setAll(true).call());
			assertEquals(Code.INVALID_INPUT, e.code());
			assertEquals("SpecSync could not commit because the commit message is empty.", e.diagnostic().cause());
			assertTrue(e.diagnostic().fix().contains("-m"), e.diagnostic().fix());
			assertEquals(head, repo.git("rev-parse", "HEAD"));
			assertEquals(" M openapi.yaml\n", repo.git("status", "--porcelain"));
		}
	}

	@Test
	void commitAllRecordsTheAuthorAndTrackedChangesOnly() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.write("openapi.yaml", "openapi: 3.1.1\n").delete("old.txt").write("new.txt", "untracked\n");
			CommitResult result = ws.commit("Bump OpenAPI version", Engines.AUTHOR).setAll(true).call();
			assertEquals("refs/heads/main", result.branch());
			assertEquals(result.id().name() + "\n", repo.git("rev-parse", "HEAD"));
			assertEquals("Ada Designer <ada@example.invalid>|Ada Designer|Bump OpenAPI version\n",
					repo.git("log", "-1", "--format=%an <%ae>|%cn|%s"));
			assertEquals("?? new.txt\n", repo.git("status", "--porcelain"));
			GitOperationException empty = assertThrows(GitOperationException.class,
					() -> ws.commit("again", Engines.AUTHOR).call());
			assertEquals(Code.INVALID_INPUT, empty.code());
			assertTrue(empty.getMessage().contains("nothing is staged"), empty.getMessage());
		}
	}

	@Test
	void commitOfChosenPathsAddsNewFilesRemovesDeletedOnesAndLeavesTheRest() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.write("openapi.yaml", "openapi: 3.1.1\n").delete("old.txt").write("new.txt", "untracked\n")
					.write("notes.txt", "two\n").write("later.txt", "not now\n");
			ws.commit("Bump version, add new, drop old", Engines.AUTHOR)
					.setPaths(java.util.List.of("openapi.yaml", "old.txt", "new.txt")).call();
			assertEquals("A\tnew.txt\nM\topenapi.yaml\nD\told.txt\n".lines().sorted().toList(),
					repo.git("show", "--name-status", "--format=", "HEAD").lines().sorted().toList());
			assertEquals(" M notes.txt\n?? later.txt\n", repo.git("status", "--porcelain"),
					"files not chosen stay uncommitted");
			assertEquals("untracked\n", repo.git("show", "HEAD:new.txt"));
		}
	}

	/**
	 * Git (as built by Debian and most distributions, without USE_NSEC) compares file times in whole seconds: an
	 * entry whose file time is in the index file's second is racily clean and Git re-reads the file. An edit of the
	 * same size in that second must stay visible to Git after the engine rewrote the index in a later second.
	 * The times are set explicitly so that the race the test once lost under load is taken every time.
	 */
	@Test
	void anEditInTheIndexSecondStaysVisibleToGitAfterTheEngineRewritesTheIndex() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.git("config", "core.trustctime", "false"); // the ctime of the edit cannot be set; the mtime decides
			Instant second = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
			Files.setLastModifiedTime(repo.path("notes.txt"), FileTime.from(second.plusMillis(100)));
			repo.git("update-index", "--refresh"); // Git records notes.txt ("one") with the time second.100
			Files.setLastModifiedTime(repo.path(".git/index"), FileTime.from(second.plusMillis(500)));
			repo.write("notes.txt", "two\n"); // same size, same second: only the racy-clean rule tells them apart
			Files.setLastModifiedTime(repo.path("notes.txt"), FileTime.from(second.plusMillis(200)));
			// diff-files, unlike status, never rewrites (and so never smudges) the index
			assertEquals("M\tnotes.txt\n", repo.git("diff-files", "--name-status"), "Git tells the edit apart");

			repo.write("openapi.yaml", "openapi: 3.1.1\n");
			ws.commit("Bump version", Engines.AUTHOR).setPaths(List.of("openapi.yaml")).call();

			assertEquals(" M notes.txt\n", repo.git("status", "--porcelain", "--untracked-files=no"),
					"an edit Git could tell apart before the commit must not look committed after it");
			repo.git("add", "notes.txt");
			assertEquals("M  notes.txt\n", repo.git("status", "--porcelain", "--untracked-files=no"));
			repo.assertFsckClean();
		}
	}

	@Test
	void switchCarriesEditsAndUndoBringsBackBranchAndEdits() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.git("branch", "feature");
			repo.write("notes.txt", "edited on main\n").write("draft.yaml", "draft\n");
			repo.write("openapi.yaml", "openapi: 3.1.1\n").git("add", "openapi.yaml");
			RepoState before = repo.state();
			SwitchResult result = ws.switchBranch("feature").call();
			assertTrue(result.carriedChanges());
			assertEquals(Optional.of(SyncOperation.CHECKOUT), result.snapshot().syncOperation());
			assertEquals("refs/heads/feature\n", repo.git("symbolic-ref", "HEAD"));
			assertEquals("edited on main\n", repo.read("notes.txt"));
			assertEquals("draft\n", repo.read("draft.yaml"));

			Optional<RestoreResult> undo = ws.undoLastSync();
			assertTrue(undo.isPresent());
			assertEquals(before, repo.state());
			assertEquals("refs/heads/main\n", repo.git("symbolic-ref", "HEAD"));
			repo.assertFsckClean();
		}
	}

	@Test
	void switchRefusesWhenAskedToAndWhenEditsWouldBeOverwritten() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.git("checkout", "-q", "-b", "feature");
			repo.write("openapi.yaml", "openapi: 3.0.0\n").commitAll("feature");
			repo.git("checkout", "-q", "main");
			repo.write("notes.txt", "local edit\n");
			RepoState before = repo.state();
			GitOperationException refused = assertThrows(GitOperationException.class,
					() -> ws.switchBranch("feature").setLocalChanges(LocalChanges.REFUSE).call());
			assertEquals(Code.CONFLICT, refused.code());
			assertTrue(refused.getMessage().contains("'notes.txt'"), refused.getMessage());
			assertEquals(before, repo.state());

			repo.write("openapi.yaml", "openapi: 3.1.2\n");
			RepoState edited = repo.state();
			GitOperationException overwrite = assertThrows(GitOperationException.class, () -> ws.switchBranch("feature").call());
			assertEquals(Code.CONFLICT, overwrite.code());
			assertTrue(overwrite.getMessage().contains("'openapi.yaml'"), overwrite.getMessage());
			assertEquals(edited, repo.state());

			GitOperationException missing = assertThrows(GitOperationException.class, () -> ws.switchBranch("nope").call());
			assertEquals(Code.NOT_FOUND, missing.code());
		}
	}

	@Test
	void branchesAreCreatedFromAnyRefListedAndDeletedSafely() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.git("tag", "v1");
			repo.write("openapi.yaml", "openapi: 3.1.1\n").commitAll("second");
			BranchInfo fromTag = ws.createBranch("hotfix", "v1").call();
			assertEquals(repo.git("rev-parse", "v1").trim(), fromTag.tip().name());
			assertFalse(fromTag.current());
			List<BranchInfo> branches = ws.branches().call();
			assertEquals(List.of("hotfix", "main"), branches.stream().map(BranchInfo::name).toList());
			assertTrue(branches.get(1).current());

			GitOperationException exists = assertThrows(GitOperationException.class, () -> ws.createBranch("hotfix", "HEAD").call());
			assertEquals(Code.INVALID_INPUT, exists.code());
			assertEquals(Code.NOT_FOUND, assertThrows(GitOperationException.class, () -> ws.createBranch("x", "no-such-ref").call()).code());

			repo.git("checkout", "-q", "hotfix");
			repo.write("fix.txt", "fix\n").commitAll("fix");
			repo.git("checkout", "-q", "main");
			GitOperationException unmerged = assertThrows(GitOperationException.class, () -> ws.deleteBranch("hotfix").call());
			assertEquals(Code.INVALID_INPUT, unmerged.code());
			assertTrue(unmerged.getMessage().contains("--force"), unmerged.getMessage());
			assertEquals(Code.INVALID_INPUT, assertThrows(GitOperationException.class, () -> ws.deleteBranch("main").call()).code());
			assertEquals("refs/heads/hotfix", ws.deleteBranch("hotfix").setForce(true).call());
			assertEquals("", repo.git("branch", "--list", "hotfix"));
		}
	}

	@Test
	void annotatedTagsMarkPublishedVersionsAndAreNeverMoved() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			TagInfo tag = ws.createTag("orders-api/v1.0.0", "Orders API 1.0.0", Engines.AUTHOR).call();
			assertTrue(tag.annotated());
			assertEquals("tag\n", repo.git("cat-file", "-t", "orders-api/v1.0.0"));
			assertEquals(repo.git("rev-parse", "HEAD").trim(), tag.commit().name());
			assertEquals("Orders API 1.0.0\n", repo.git("tag", "-l", "--format=%(contents)", "orders-api/v1.0.0").replaceAll("\n+$", "\n"));
			repo.git("tag", "light");
			List<TagInfo> tags = ws.tags().call();
			assertEquals(List.of("light", "orders-api/v1.0.0"), tags.stream().map(TagInfo::name).toList());
			assertFalse(tags.get(0).annotated());
			assertEquals(Optional.of(Engines.AUTHOR), tags.get(1).tagger());
			assertEquals(Code.INVALID_INPUT, assertThrows(GitOperationException.class,
					() -> ws.createTag("orders-api/v1.0.0", "again", Engines.AUTHOR).call()).code());
		}
	}

	@Test
	void historyOfOneFileListsOnlyTheCommitsThatChangedIt() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.write("openapi.yaml", "openapi: 3.1.1\n").commitAll("API 3.1.1");
			repo.write("notes.txt", "two\n").commitAll("notes only");
			repo.write("openapi.yaml", "openapi: 3.1.2\n").commitAll("API 3.1.2");
			assertEquals(List.of("API 3.1.2", "API 3.1.1", "init"),
					ws.log().setPath("openapi.yaml").call().stream().map(LogEntry::shortMessage).toList());
			List<LogEntry> all = ws.log().setMaxCount(2).call();
			assertEquals(List.of("API 3.1.2", "notes only"), all.stream().map(LogEntry::shortMessage).toList());
			assertEquals(all.get(1).id(), all.get(0).parents().get(0));
		}
	}

	@Test
	void resetHardCanBeUndoneWithEditsIntact() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.write("openapi.yaml", "openapi: 3.1.1\n").commitAll("second");
			repo.write("notes.txt", "unsaved work\n").write("new.yaml", "new\n");
			RepoState before = repo.state();
			SyncResult reset = ws.reset("HEAD~1", ResetMode.HARD).call();
			assertEquals(SyncResult.Status.RESET, reset.status());
			assertEquals("one\n", repo.read("notes.txt"));
			ws.undoLastSync();
			assertEquals(before, repo.state());
		}
	}

	@Test
	void mergeHookResolvesApiFilesAndLeavesTheRestInConflict() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.git("checkout", "-q", "-b", "theirs");
			repo.write("openapi.yaml", "openapi: 3.0.3\n").write("notes.txt", "theirs\n").commitAll("theirs");
			repo.git("checkout", "-q", "main");
			repo.write("openapi.yaml", "openapi: 3.1.1\n").write("notes.txt", "ours\n").commitAll("ours");
			MergeStrategyHook hook = new MergeStrategyHook() {
				@Override
				public boolean handles(String path) {
					return path.endsWith(".yaml");
				}

				@Override
				public Optional<byte[]> resolve(Conflict conflict) {
					assertEquals("openapi: 3.1.0\n", new String(conflict.base(), StandardCharsets.UTF_8));
					assertEquals("openapi: 3.1.1\n", new String(conflict.ours(), StandardCharsets.UTF_8));
					assertEquals("openapi: 3.0.3\n", new String(conflict.theirs(), StandardCharsets.UTF_8));
					return Optional.of("openapi: 3.1.1 # resolved\n".getBytes(StandardCharsets.UTF_8));
				}
			};
			SyncResult result = ws.merge("theirs").setMergeStrategyHook(hook).call();
			assertEquals(SyncResult.Status.CONFLICTS, result.status());
			assertEquals(List.of("notes.txt"), result.conflicts());
			assertEquals(List.of("openapi.yaml"), result.resolvedByHook());
			assertEquals(Code.CONFLICT, result.diagnostic().orElseThrow().code());
			assertEquals("openapi: 3.1.1 # resolved\n", repo.read("openapi.yaml"));
			assertEquals("UU notes.txt\nM  openapi.yaml\n", repo.git("status", "--porcelain"));
			assertTrue(Files.exists(repo.path(".git/MERGE_HEAD")));
		}
	}

	@Test
	void mergeCommitsWhenTheHookResolvesEveryConflict() throws Exception {
		try (TestRepo repo = repo(); GitWorkspace ws = Engines.service().open(repo.dir())) {
			repo.git("checkout", "-q", "-b", "theirs");
			repo.write("openapi.yaml", "openapi: 3.0.3\n").commitAll("theirs");
			repo.git("checkout", "-q", "main");
			repo.write("openapi.yaml", "openapi: 3.1.1\n").commitAll("ours");
			MergeStrategyHook hook = new MergeStrategyHook() {
				@Override
				public boolean handles(String path) {
					return true;
				}

				@Override
				public Optional<byte[]> resolve(Conflict conflict) {
					return Optional.of(conflict.ours());
				}
			};
			SyncResult result = ws.merge("theirs").setMergeStrategyHook(hook).call();
			assertEquals(SyncResult.Status.MERGED, result.status());
			assertEquals(List.of("openapi.yaml"), result.resolvedByHook());
			assertEquals("", repo.git("status", "--porcelain"));
			assertEquals(2, repo.git("log", "-1", "--format=%P").trim().split(" ").length);
			repo.assertFsckClean();
		}
	}
}
