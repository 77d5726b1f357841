package dev.specsync.ui.scm.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.demo.DemoWorkspace;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.ForceWithLease;
import dev.specsync.git.engine.GitProgress;
import dev.specsync.git.engine.GitService;
import dev.specsync.ui.scm.internal.OperationLog.Entry;
import dev.specsync.ui.scm.internal.OperationLog.Outcome;

/**
 * The Source Control logic without SWT, on the demo workspace (main one ahead and one behind its local bare remote,
 * and a pull that conflicts) and the Git engine from the service registry.
 */
class GitActionsTest {

	private static final String ROOT = "specs/bookshop/openapi.yaml";
	private static final Author AUTHOR = new Author("Sam Tester", "sam@bookshop.example");

	@TempDir
	Path tmp;

	private DemoWorkspace demo;
	private GitActions actions;
	private OperationLog log;

	@BeforeEach
	void demo() throws Exception {
		demo = DemoWorkspace.in(tmp.resolve("demo"));
		demo.create();
		log = new OperationLog();
		actions = new GitActions(new GitSession(service(), demo.folder()), log);
	}

	private static GitService service() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(GitService.class).getBundleContext();
		assertNotNull(context, "the Git bundle is started");
		ServiceTracker<GitService, GitService> tracker = new ServiceTracker<>(context, GitService.class, null);
		tracker.open();
		GitService service = tracker.waitForService(10_000);
		assertNotNull(service, "GitService is registered");
		return service;
	}

	private ObjectId resolve(Path repository, String ref) throws Exception {
		try (Git git = Git.open(repository.toFile())) {
			return git.getRepository().resolve(ref);
		}
	}

	@Test
	void stateNamesBranchUpstreamCountsAndEachKindOfChange() throws Exception {
		ScmState clean = actions.session().state();
		assertEquals(Optional.of("main"), clean.branch());
		assertEquals(Optional.of("origin/main"), clean.upstream());
		assertEquals(1, clean.ahead());
		assertEquals(1, clean.behind());
		assertEquals(List.of(), clean.files());
		assertEquals(Optional.empty(), clean.lastSync(), "no sync yet");

		Path folder = demo.folder();
		Files.writeString(folder.resolve(ROOT), Files.readString(folder.resolve(ROOT)).replace("Bookshop API", "Bookshop Catalogue"));
		Files.delete(folder.resolve("specs/bookshop/schemas/error.yaml"));
		Files.writeString(folder.resolve("notes.md"), "new\n");
		Files.writeString(folder.resolve("staged.md"), "staged\n");
		try (Git git = Git.open(folder.toFile())) {
			git.add().addFilepattern("staged.md").call();
		}
		assertEquals(List.of(new ChangedFile("notes.md", ChangedFile.Kind.UNTRACKED),
				new ChangedFile(ROOT, ChangedFile.Kind.MODIFIED),
				new ChangedFile("specs/bookshop/schemas/error.yaml", ChangedFile.Kind.DELETED),
				new ChangedFile("staged.md", ChangedFile.Kind.ADDED)), actions.session().state().files());

		String diff = actions.session().diff(ROOT);
		assertTrue(diff.lines().anyMatch(l -> l.equals("-  title: Bookshop API")), diff);
		assertTrue(diff.lines().anyMatch(l -> l.equals("+  title: Bookshop Catalogue")), diff);
		assertTrue(actions.session().diff("notes.md").lines().anyMatch(l -> l.equals("+new")));
		assertTrue(actions.session().diff("specs/bookshop/schemas/error.yaml").lines().anyMatch(l -> l.startsWith("-")));
		assertEquals("", actions.session().diff("README.md"), "an unchanged file has no diff");
	}

	@Test
	void commitRecordsOnlyTheChosenFilesAndRefusesABlankMessage() throws Exception {
		Path folder = demo.folder();
		Files.writeString(folder.resolve("a.md"), "a\n");
		Files.writeString(folder.resolve("b.md"), "b\n");
		ObjectId before = resolve(folder, "HEAD");
		Entry blank = actions.commit("  ", AUTHOR, List.of("a.md"));
		assertEquals(Outcome.FAILED, blank.outcome());
		assertTrue(blank.summary().contains("commit message is empty"), blank.summary());
		assertEquals(Outcome.FAILED, actions.commit("nothing", AUTHOR, List.of()).outcome());
		assertEquals(before, resolve(folder, "HEAD"), "nothing committed");

		Entry done = actions.commit("Add a", AUTHOR, List.of("a.md"));
		assertEquals(Outcome.DONE, done.outcome(), done::fullText);
		ObjectId head = resolve(folder, "HEAD");
		assertTrue(done.summary().startsWith("Committed " + head.abbreviate(7).name() + " on main: Add a"), done.summary());
		assertEquals(before, resolve(folder, "HEAD~1"));
		assertEquals(List.of(new ChangedFile("b.md", ChangedFile.Kind.UNTRACKED)), actions.session().state().files());
		assertEquals(3, log.entries().size(), "every attempt is logged");
	}

	@Test
	void aRejectedPushIsLoggedWithTheReasonAndAForcePushNeedsTheLease() throws Exception {
		ObjectId remoteMain = resolve(demo.remote(), "refs/heads/main");
		Entry rejected = actions.push(GitProgress.NONE, Optional.empty());
		assertEquals(Outcome.ATTENTION, rejected.outcome());
		assertTrue(rejected.summary().contains("not a fast-forward"), rejected.summary());
		assertTrue(rejected.details().contains("Pull first ('specsync pull'), resolve any conflicts, then push again."), rejected::fullText);
		assertEquals(remoteMain, resolve(demo.remote(), "refs/heads/main"));

		GitSession.Overwrite overwrite = actions.session().overwrite().orElseThrow();
		assertEquals("origin", overwrite.remote());
		assertEquals("main", overwrite.remoteBranch());
		assertEquals(remoteMain, overwrite.remoteTip());
		assertEquals(1, overwrite.lost().size(), overwrite.lost()::toString);
		assertTrue(overwrite.lost().get(0).contains("Books: add the ISBN"), overwrite.lost().get(0));

		Entry stale = actions.push(GitProgress.NONE, Optional.of(new ForceWithLease("main", resolve(demo.folder(), "HEAD"))));
		assertEquals(Outcome.ATTENTION, stale.outcome(), stale::fullText);
		assertEquals(remoteMain, resolve(demo.remote(), "refs/heads/main"), "a stale lease overwrites nothing");

		Entry forced = actions.push(GitProgress.NONE, Optional.of(new ForceWithLease(overwrite.remoteBranch(), overwrite.remoteTip())));
		assertEquals(Outcome.DONE, forced.outcome(), forced::fullText);
		assertEquals(resolve(demo.folder(), "HEAD"), resolve(demo.remote(), "refs/heads/main"));
		assertTrue(forced.details().stream().anyMatch(d -> d.contains("snapshot")), forced::fullText);
	}

	@Test
	void aConflictingPullIsUndoneToTheSameBytesAndHead() throws Exception {
		Path root = demo.folder().resolve(ROOT);
		byte[] bytes = Files.readAllBytes(root);
		ObjectId head = resolve(demo.folder(), "HEAD");
		Entry pull = actions.pull(GitProgress.NONE);
		assertEquals(Outcome.ATTENTION, pull.outcome(), pull::fullText);
		assertEquals("The pull left 1 file(s) with conflicts.", pull.summary());
		assertTrue(pull.details().contains("Conflict: " + ROOT), pull::fullText);
		ScmState conflicted = actions.session().state();
		assertEquals(List.of(new ChangedFile(ROOT, ChangedFile.Kind.CONFLICTING)), conflicted.conflicts());
		assertTrue(conflicted.lastSync().orElseThrow().startsWith("before pull"), conflicted.lastSync()::toString);

		Entry undo = actions.undoLastSync();
		assertEquals(Outcome.DONE, undo.outcome(), undo::fullText);
		assertArrayEquals(bytes, Files.readAllBytes(root));
		assertEquals(head, resolve(demo.folder(), "HEAD"));
		assertEquals(List.of(), actions.session().state().files());
		assertTrue(actions.snapshots().size() >= 2, "the snapshot before the pull and the one before the undo");
	}

	@Test
	void fetchSaysWhetherItUpdatedABranch() throws Exception {
		assertEquals("Fetched: already up to date.", actions.fetch(GitProgress.NONE).summary());
		Path other = tmp.resolve("other");
		try (Git clone = Git.cloneRepository().setURI(demo.remote().toUri().toString()).setDirectory(other.toFile()).call()) {
			Files.writeString(other.resolve("CHANGELOG.md"), "1.3.0\n");
			clone.add().addFilepattern("CHANGELOG.md").call();
			clone.commit().setMessage("Changelog").setAuthor("Robin Teammate", "robin@bookshop.example")
					.setCommitter("Robin Teammate", "robin@bookshop.example").call();
			clone.push().call();
		}
		Entry fetched = actions.fetch(GitProgress.NONE);
		assertEquals(Outcome.DONE, fetched.outcome(), fetched::fullText);
		assertEquals("Fetched: origin/main updated.", fetched.summary());
		assertEquals(2, actions.session().state().behind());
	}

	@Test
	void branchesAreCreatedFromAnyRefSwitchedTrackedAndDeleted() throws Exception {
		Entry created = actions.createBranch("reviews", "origin/main", true);
		assertEquals(Outcome.DONE, created.outcome(), created::fullText);
		assertEquals("Switched to reviews.", created.summary());
		ScmState onReviews = actions.session().state();
		assertEquals(Optional.of("reviews"), onReviews.branch());
		assertEquals(Optional.of("origin/main"), onReviews.upstream(), "a branch from a remote branch tracks it");
		assertEquals(Outcome.FAILED, actions.track("origin/main").outcome(), "main exists already");
		assertEquals(Outcome.DONE, actions.switchTo("main").outcome());
		assertEquals(1, actions.session().commitsOnlyOn("main").size(), "main's own commit is on no other branch");
		assertTrue(actions.session().commitsOnlyOn("main").get(0).contains("Authors: list them"));
		assertEquals(List.of(), actions.session().commitsOnlyOn("reviews"), "reviews is origin/main: deleting loses nothing");
		Entry deleted = actions.deleteBranch("reviews", true);
		assertEquals(Outcome.DONE, deleted.outcome(), deleted::fullText);
		assertTrue(actions.branches().stream().noneMatch(b -> b.name().equals("reviews")));
		Entry refused = actions.deleteBranch("main", false);
		assertEquals(Outcome.FAILED, refused.outcome(), "the checked-out branch stays");
	}
}
