package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.SyncOperation;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.GitDaemon;
import dev.specsync.git.testing.RepoState;
import dev.specsync.git.testing.Servers;
import dev.specsync.git.testing.TestRepo;

/** Clone, fetch, pull and push against a real {@code git daemon} on loopback, and how they fail. */
class GitEngineRemoteTest {

	@TempDir
	Path tmp;

	private GitDaemon daemon;
	private Path bare;

	@BeforeEach
	void startServer() {
		Path root = tmp.resolve("server");
		bare = Servers.bareRepository(root, "orders", Engines.seed(tmp.resolve("seed")));
		daemon = GitDaemon.start(root);
	}

	@AfterEach
	void stopServer() {
		daemon.close();
	}

	private GitWorkspace cloneAs(String name) throws GitOperationException {
		GitWorkspace ws = Engines.service().cloneRepository(daemon.url("orders"), tmp.resolve(name)).call();
		Git.ok(ws.workTree(), "config", "user.name", name);
		Git.ok(ws.workTree(), "config", "user.email", name + "@example.invalid");
		return ws;
	}

	/** Another user's clone pushes a commit with the git CLI. */
	private void otherUserPushes(String file, String content) {
		Path other = tmp.resolve("other");
		if (!Files.exists(other)) {
			Git.ok(tmp, "clone", "-q", daemon.url("orders"), other.toString());
		}
		Git.ok(other, "pull", "-q", "--no-rebase");
		TestRepo repo = TestRepo.init(other);
		repo.write(file, content).commitAll("other user changes " + file);
		Git.ok(other, "push", "-q", "origin", "main");
	}

	@Test
	void cloneFetchPullAndPushKeepClientAndServerInStep() throws Exception {
		try (GitWorkspace ws = cloneAs("alice")) {
			assertEquals("openapi: 3.1.0\ninfo:\n  title: Orders\n  version: 1.0.0\npaths: {}\n",
					Files.readString(ws.workTree().resolve("openapi.yaml")));
			assertEquals(daemon.url("orders") + "\n", Git.ok(ws.workTree(), "config", "remote.origin.url"));
			otherUserPushes("notes.txt", "from bob\n");

			FetchResult fetched = ws.fetch().call();
			assertEquals(List.of("refs/remotes/origin/main"), fetched.updatedRefs());
			WorkspaceStatus status = ws.status().call();
			assertEquals(Optional.of("origin/main"), status.upstream());
			assertEquals(0, status.ahead());
			assertEquals(1, status.behind());

			SyncResult pulled = ws.pull().call();
			assertEquals(SyncResult.Status.FAST_FORWARD, pulled.status());
			assertEquals(Optional.of(SyncOperation.PULL), pulled.snapshot().orElseThrow().syncOperation());
			assertEquals("from bob\n", Files.readString(ws.workTree().resolve("notes.txt")));
			assertEquals(SyncResult.Status.UP_TO_DATE, ws.pull().call().status());

			Files.writeString(ws.workTree().resolve("openapi.yaml"), "openapi: 3.1.1\n");
			CommitResult commit = ws.commit("Bump", Engines.AUTHOR).setAll(true).call();
			assertEquals(1, ws.status().call().ahead());
			PushResult pushed = ws.push().call();
			assertTrue(pushed.accepted(), pushed.toString());
			assertEquals(PushResult.Status.OK, pushed.updates().get(0).status());
			assertEquals(commit.id().name() + "\n", Git.ok(bare, "rev-parse", "main"));
			assertEquals(0, ws.status().call().ahead());
			assertEquals(PushResult.Status.UP_TO_DATE, ws.push().call().updates().get(0).status());
		}
	}

	@Test
	void pullWithAConflictLeavesGitsConflictStateAndUndoRestoresEveryEdit() throws Exception {
		try (GitWorkspace ws = cloneAs("alice")) {
			Path dir = ws.workTree();
			otherUserPushes("notes.txt", "bob's line\n");
			Files.writeString(dir.resolve("notes.txt"), "alice's line\n");
			ws.commit("alice edits notes", Engines.AUTHOR).setAll(true).call();
			Files.writeString(dir.resolve("openapi.yaml"), "openapi: 3.1.1 # unsaved work\n");
			Files.writeString(dir.resolve("draft.yaml"), "untracked draft\n");
			ws.fetch().call(); // so that git status compares with the same upstream before and after
			RepoState before = RepoState.capture(dir);

			SyncResult result = ws.pull().call();
			assertEquals(SyncResult.Status.CONFLICTS, result.status());
			assertEquals(List.of("notes.txt"), result.conflicts());
			assertEquals(Code.CONFLICT, result.diagnostic().orElseThrow().code());
			String id = result.snapshot().orElseThrow().id();
			assertTrue(result.diagnostic().orElseThrow().fix().contains(id), result.diagnostic().orElseThrow().fix());
			assertTrue(Git.ok(dir, "status", "--porcelain").contains("UU notes.txt"));
			assertTrue(Files.exists(dir.resolve(".git/MERGE_HEAD")));
			assertTrue(Files.readString(dir.resolve("notes.txt")).contains("<<<<<<<"));

			assertTrue(ws.undoLastSync().isPresent());
			assertEquals(before, RepoState.capture(dir));
			assertFalse(Files.exists(dir.resolve(".git/MERGE_HEAD")));
			assertEquals("openapi: 3.1.1 # unsaved work\n", Files.readString(dir.resolve("openapi.yaml")));
			new TestRepoCheck(dir).fsck();
		}
	}

	@Test
	void pullRebasesWhenPullRebaseIsSetAndAConflictingRebaseCanBeUndone() throws Exception {
		try (GitWorkspace ws = cloneAs("alice")) {
			Path dir = ws.workTree();
			Git.ok(dir, "config", "pull.rebase", "true");
			otherUserPushes("notes.txt", "bob\n");
			Files.writeString(dir.resolve("paths.yaml"), "paths: {}\n");
			Git.ok(dir, "add", "paths.yaml");
			ws.commit("alice adds paths", Engines.AUTHOR).call();
			SyncResult rebased = ws.pull().call();
			assertEquals(SyncResult.Status.REBASED, rebased.status());
			assertEquals(Git.ok(dir, "rev-parse", "origin/main"), Git.ok(dir, "rev-parse", "HEAD^"));
			assertEquals("", Git.ok(dir, "rev-list", "--merges", "HEAD"), "a rebase creates no merge commit");

			otherUserPushes("paths.yaml", "paths: {bob: {}}\n");
			Files.writeString(dir.resolve("paths.yaml"), "paths: {alice: {}}\n");
			ws.commit("alice changes paths", Engines.AUTHOR).setAll(true).call();
			ws.fetch().call(); // so that git status compares with the same upstream before and after
			RepoState before = RepoState.capture(dir);
			SyncResult conflict = ws.pull().call();
			assertEquals(SyncResult.Status.CONFLICTS, conflict.status());
			assertEquals(List.of("paths.yaml"), conflict.conflicts());
			assertEquals("REBASING_MERGE", ws.status().call().operation());
			ws.undoLastSync();
			assertEquals(before, RepoState.capture(dir));
			assertEquals("SAFE", ws.status().call().operation());
			assertEquals("refs/heads/main\n", Git.ok(dir, "symbolic-ref", "HEAD"));
		}
	}

	@Test
	void pullThatWouldOverwriteUncommittedEditsChangesNothing() throws Exception {
		try (GitWorkspace ws = cloneAs("alice")) {
			otherUserPushes("notes.txt", "bob\n");
			Files.writeString(ws.workTree().resolve("notes.txt"), "alice, not committed\n");
			RepoState before = RepoState.capture(ws.workTree());
			GitOperationException e = assertThrows(GitOperationException.class, () -> ws.pull().call());
			assertEquals(Code.CONFLICT, e.code());
			assertTrue(e.getMessage().contains("'notes.txt'") && e.getMessage().contains("Commit"), e.getMessage());
			RepoState after = RepoState.capture(ws.workTree());
			assertEquals(before.files(), after.files());
			assertEquals(before.index(), after.index());
		}
	}

	@Test
	void pushRejectedAsNonFastForwardSaysToPullFirst() throws Exception {
		try (GitWorkspace ws = cloneAs("alice")) {
			otherUserPushes("notes.txt", "bob\n");
			String serverMain = Git.ok(bare, "rev-parse", "main");
			Files.writeString(ws.workTree().resolve("openapi.yaml"), "openapi: 3.1.1\n");
			ws.commit("alice", Engines.AUTHOR).setAll(true).call();
			PushResult result = ws.push().call();
			assertFalse(result.accepted());
			PushResult.RefUpdate update = result.updates().get(0);
			assertEquals(PushResult.Status.REJECTED_NON_FAST_FORWARD, update.status());
			assertEquals(Code.REJECTED, update.diagnostic().orElseThrow().code());
			assertTrue(update.diagnostic().orElseThrow().fix().contains("specsync pull"));
			assertEquals(serverMain, Git.ok(bare, "rev-parse", "main"));
		}
	}

	@Test
	void pushRejectedByAPreReceiveHookShowsTheServersMessage() throws Exception {
		try (GitWorkspace ws = cloneAs("alice")) {
			Servers.rejectingHook(bare, "GL-HOOK-ERR: You are not allowed to push code to protected branches on this project.");
			Files.writeString(ws.workTree().resolve("openapi.yaml"), "openapi: 3.1.1\n");
			ws.commit("alice", Engines.AUTHOR).setAll(true).call();
			PushResult result = ws.push().call();
			PushResult.RefUpdate update = result.updates().get(0);
			assertEquals(PushResult.Status.REJECTED_BY_SERVER, update.status());
			assertTrue(result.serverMessages().contains(
					"GL-HOOK-ERR: You are not allowed to push code to protected branches on this project."), result.serverMessages().toString());
			String cause = update.diagnostic().orElseThrow().cause();
			assertTrue(cause.contains("pre-receive hook declined") && cause.contains("protected branches"), cause);
		}
	}

	@Test
	void forcePushNeedsAnExplicitLeaseAndRefusesAStaleOne() throws Exception {
		try (GitWorkspace ws = cloneAs("alice")) {
			Path dir = ws.workTree();
			otherUserPushes("notes.txt", "bob\n");
			ws.fetch().call();
			ObjectId seen = ObjectId.fromString(Git.ok(dir, "rev-parse", "origin/main").trim());
			Files.writeString(dir.resolve("openapi.yaml"), "openapi: 3.1.1\n");
			CommitResult mine = ws.commit("rewrite", Engines.AUTHOR).setAll(true).call();
			assertEquals(PushResult.Status.REJECTED_NON_FAST_FORWARD, ws.push().call().updates().get(0).status());

			ObjectId stale = ObjectId.fromString(Git.ok(dir, "rev-parse", "HEAD~1").trim());
			PushResult refused = ws.push().setForceWithLease(new ForceWithLease("main", stale)).call();
			assertEquals(PushResult.Status.REJECTED_STALE_LEASE, refused.updates().get(0).status());
			assertEquals(seen.name() + "\n", Git.ok(bare, "rev-parse", "main"));

			PushResult forced = ws.push().setForceWithLease(new ForceWithLease("main", seen)).call();
			assertTrue(forced.accepted(), forced.toString());
			assertEquals(Optional.of(SyncOperation.FORCE_PUSH), forced.snapshot().orElseThrow().syncOperation());
			assertEquals(mine.id().name() + "\n", Git.ok(bare, "rev-parse", "main"));

			GitOperationException wrongBranch = assertThrows(GitOperationException.class,
					() -> ws.push().setForceWithLease(new ForceWithLease("release", seen)).call());
			assertEquals(Code.INVALID_INPUT, wrongBranch.code());
		}
	}

	@Test
	void aBranchThatDoesNotExistIsNamedInTheMessage() throws Exception {
		GitOperationException clone = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(daemon.url("orders"), tmp.resolve("c")).setBranch("no-such-branch").call());
		assertEquals(Code.NOT_FOUND, clone.code());
		assertTrue(clone.getMessage().contains("no-such-branch") && clone.getMessage().contains("does not exist"), clone.getMessage());
		assertFalse(Files.exists(tmp.resolve("c")), "a failed clone leaves no folder");

		GitOperationException repo = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(daemon.url("no-such-repo"), tmp.resolve("d")).call());
		assertEquals(Code.NOT_FOUND, repo.code());

		try (GitWorkspace ws = cloneAs("alice")) {
			Git.ok(ws.workTree(), "config", "branch.main.merge", "refs/heads/gone");
			GitOperationException pull = assertThrows(GitOperationException.class, () -> ws.pull().call());
			assertEquals(Code.NOT_FOUND, pull.code());
			assertTrue(pull.getMessage().contains("'gone' does not exist"), pull.getMessage());
			GitOperationException fetch = assertThrows(GitOperationException.class, () -> ws.fetch().setBranch("gone").call());
			assertEquals(Code.NOT_FOUND, fetch.code());
		}
	}

	@Test
	void cloneCanBeCancelledAndLeavesNoFolder() {
		AtomicBoolean asked = new AtomicBoolean();
		GitProgress cancel = new GitProgress() {
			@Override
			public boolean isCancelled() {
				asked.set(true);
				return true;
			}
		};
		GitOperationException e = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(daemon.url("orders"), tmp.resolve("c")).setProgress(cancel).call());
		assertTrue(asked.get());
		assertEquals(Code.CANCELLED, e.code(), e.getMessage());
		assertFalse(Files.exists(tmp.resolve("c")));
	}

	@Test
	void remoteBranchesAreListedWithTrackingAndSwitchingCreatesATrackingBranch() throws Exception {
		Git.ok(tmp.resolve("seed"), "push", "-q", bare.toString(), "main:release");
		try (GitWorkspace ws = cloneAs("alice")) {
			Files.writeString(ws.workTree().resolve("openapi.yaml"), "openapi: 3.1.1\n");
			ws.commit("ahead", Engines.AUTHOR).setAll(true).call();
			List<BranchInfo> all = ws.branches().setIncludeRemotes(true).call();
			assertEquals(List.of("main", "origin/main", "origin/release"), all.stream().map(BranchInfo::name).toList());
			BranchInfo main = all.get(0);
			assertEquals(Optional.of("origin/main"), main.upstream());
			assertEquals(1, main.ahead());
			assertTrue(all.get(1).remote());

			SwitchResult switched = ws.switchBranch("release").call();
			assertEquals("refs/heads/release", switched.branch());
			assertEquals("origin\n", Git.ok(ws.workTree(), "config", "branch.release.remote"));
			ws.createBranch("topic", "origin/release").setTrack(false).call();
			assertEquals(Optional.empty(), ws.branches().call().stream().filter(b -> b.name().equals("topic")).findFirst().orElseThrow().upstream());
			BranchInfo tracked = ws.setUpstream("topic", "origin/release").call();
			assertEquals(Optional.of("origin/release"), tracked.upstream());
			assertEquals(Code.NOT_FOUND, assertThrows(GitOperationException.class, () -> ws.setUpstream("topic", "origin/none").call()).code());
			assertNotEquals(Code.NOT_FOUND, assertThrows(GitOperationException.class, () -> ws.setUpstream("topic", "nowhere").call()).code());
		}
	}

	/** fsck of a working repository. */
	private record TestRepoCheck(Path dir) {
		void fsck() {
			Git.Result r = Git.run(dir, null, "fsck", "--strict", "--no-dangling", "--no-progress");
			assertEquals(0, r.exitCode(), r.stderr());
		}
	}
}
