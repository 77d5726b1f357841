package dev.specsync.ui.compare.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult.MergeStatus;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.demo.DemoWorkspace;
import dev.specsync.diff.ChangeSeverity;
import dev.specsync.diff.SchemaDiffer;
import dev.specsync.git.engine.CommitResult;
import dev.specsync.git.engine.GitService;
import dev.specsync.merge.Choice;
import dev.specsync.merge.Conflict;
import dev.specsync.merge.MergeStateStore;
import dev.specsync.merge.Merger;
import dev.specsync.merge.Resolution;
import dev.specsync.merge.Side;

/**
 * The compare view's presenter on a real repository: the demo workspace after a real conflicting pull, the real
 * merge, differ and Git engine services.
 */
class MergeSessionTest {

	private static final String ROOT = "specs/bookshop/openapi.yaml";
	private static final String PAGE_SIZE = "/paths/~1books/get/parameters/0/schema/default";
	private static final String NOT_FOUND = "/components/responses/NotFound/description";

	private static ServiceTracker<Merger, Merger> mergers;
	private static ServiceTracker<SchemaDiffer, SchemaDiffer> differs;
	private static ServiceTracker<GitService, GitService> gits;

	@TempDir
	Path state;

	private Path demo;
	private String ours;
	private String theirs;

	@BeforeAll
	static void services() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(MergeSessionTest.class).getBundleContext();
		mergers = new ServiceTracker<>(context, Merger.class, null);
		differs = new ServiceTracker<>(context, SchemaDiffer.class, null);
		gits = new ServiceTracker<>(context, GitService.class, null);
		mergers.open();
		differs.open();
		gits.open();
		mergers.waitForService(10_000);
		differs.waitForService(10_000);
		gits.waitForService(10_000);
	}

	@AfterAll
	static void close() {
		mergers.close();
		differs.close();
		gits.close();
	}

	@BeforeEach
	void conflictingPull() throws Exception {
		DemoWorkspace workspace = DemoWorkspace.in(state.resolve("demo"));
		workspace.create();
		demo = workspace.folder();
		ours = Files.readString(demo.resolve(ROOT));
		try (Git git = Git.open(demo.toFile())) {
			theirs = new String(git.getRepository().open(git.getRepository().resolve("origin/main:" + ROOT)).getBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertEquals(MergeStatus.CONFLICTING, git.pull().call().getMergeResult().getMergeStatus());
		}
	}

	private MergeSession open() throws SessionException {
		return MergeSession.open(demo, mergers.getService(), differs.getService());
	}

	@Test
	void theConflictingFileHasBothSidesTheirDifferencesChangesAndTwoConflicts() throws Exception {
		MergeSession session = open();
		assertTrue(session.isMerging());
		assertEquals(1, session.files().size());
		FileMerge file = session.files().get(0);
		assertEquals(ROOT, file.path());
		assertEquals(ours, file.oursText());
		assertEquals(theirs, file.theirsText());
		assertEquals(List.of(PAGE_SIZE, NOT_FOUND), file.conflicts().stream().map(Conflict::pointer).toList());
		assertEquals(2, file.openConflicts().size());
		assertFalse(file.isResolved());
		assertEquals(5, file.regions().size(), () -> "your version, their server, the page size, your /authors, the message: " + file.regions());
		assertTrue(file.changes().orElseThrow().changes().stream()
				.anyMatch(c -> c.severity() == ChangeSeverity.BREAKING && String.valueOf(c.operation()).equals("GET /authors")),
				() -> file.changes().toString());
		assertEquals(2, session.openConflicts());
		assertFalse(session.canCommit());
	}

	@Test
	void choicesAreStoredSoThatAnotherSessionStartsWhereThisStopped() throws Exception {
		MergeSession first = open();
		FileMerge chosen = first.choose(ROOT, PAGE_SIZE, Resolution.theirs(PAGE_SIZE));
		assertEquals(Optional.of(Choice.THEIRS), chosen.choice(chosen.conflicts().get(0)));
		assertEquals(1, chosen.openConflicts().size());
		assertTrue(chosen.mergedText().contains("default: 50 # one page"), chosen.mergedText());

		FileMerge reopened = open().file(ROOT).orElseThrow();
		assertEquals(Optional.of(Choice.THEIRS), reopened.choice(reopened.conflicts().get(0)), "kept across sessions");
		assertEquals(Optional.empty(), reopened.choice(reopened.conflicts().get(1)));
		assertEquals(chosen.mergedText(), reopened.mergedText());

		FileMerge changedMind = open().choose(ROOT, PAGE_SIZE, Resolution.ours(PAGE_SIZE));
		assertTrue(changedMind.mergedText().contains("default: 25 # one page"), "a new choice replaces the old one");
		assertEquals(Optional.of(Choice.OURS), open().file(ROOT).orElseThrow().choice(changedMind.conflicts().get(0)));
	}

	@Test
	void aChoiceTheConflictDoesNotOfferIsRefusedWithTheFileAndNothingChanges() throws Exception {
		MergeSession session = open();
		SessionException refused = assertThrows(SessionException.class,
				() -> session.choose(ROOT, NOT_FOUND, Resolution.both(NOT_FOUND)));
		assertTrue(refused.getMessage().contains(ROOT), refused.getMessage());
		assertEquals(2, session.file(ROOT).orElseThrow().openConflicts().size());
		assertEquals(List.of(), new MergeStateStore(demo.resolve(".git")).load(ROOT).orElseThrow().resolutions());
	}

	@Test
	void aWholeFileIsThatSideExactly() throws Exception {
		MergeSession session = open();
		FileMerge remote = session.keepWholeFile(ROOT, Side.THEIRS);
		assertEquals(theirs, remote.mergedText());
		assertTrue(remote.isResolved());
		FileMerge local = session.keepWholeFile(ROOT, Side.OURS);
		assertEquals(ours, local.mergedText());
		FileMerge back = session.keepWholeFile(ROOT, null);
		assertEquals(2, back.openConflicts().size());
	}

	@Test
	void applyWritesStagesAndForgetsThenTheMergeCommits() throws Exception {
		MergeSession session = open();
		assertThrows(SessionException.class, () -> session.apply(ROOT), "not while conflicts are open");
		session.choose(ROOT, PAGE_SIZE, Resolution.theirs(PAGE_SIZE));
		FileMerge done = session.choose(ROOT, NOT_FOUND, Resolution.ours(NOT_FOUND));
		assertTrue(done.isResolved());
		String expected = ours.replace("default: 25 # one page", "default: 50 # one page").replace(
				"    description: Production\n",
				"    description: Production\n  - url: https://sandbox.bookshop.example/v1\n    description: Sandbox, reset every night\n");
		assertEquals(expected, done.mergedText(), "only the chosen line and their clean change differ from yours");
		session.apply(ROOT);
		assertArrayEquals(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(demo.resolve(ROOT)));
		assertEquals(List.of(), session.files());
		assertTrue(new MergeStateStore(demo.resolve(".git")).list().isEmpty(), "the stored choices are forgotten");
		try (Git git = Git.open(demo.toFile())) {
			assertTrue(git.status().call().getConflicting().isEmpty());
			assertTrue(git.status().call().getChanged().contains(ROOT), "staged");
			assertEquals(RepositoryState.MERGING_RESOLVED, git.getRepository().getRepositoryState());
		}
		assertTrue(session.canCommit());
		assertTrue(open().files().isEmpty(), "a new session finds nothing left to resolve");

		CommitResult commit = session.commit(gits.getService());
		try (Git git = Git.open(demo.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
			RevCommit merge = walk.parseCommit(commit.id());
			assertEquals(2, merge.getParentCount());
			assertTrue(merge.getFullMessage().startsWith("Merge"), merge.getFullMessage());
			assertEquals("Alex Designer", merge.getAuthorIdent().getName());
			assertEquals(RepositoryState.SAFE, git.getRepository().getRepositoryState());
		}
	}

	@Test
	void withoutAMergeThereIsNothingToResolve() throws Exception {
		try (Git git = Git.open(demo.toFile())) {
			git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("HEAD").call();
		}
		MergeSession session = open();
		assertFalse(session.isMerging());
		assertTrue(session.files().isEmpty());
	}
}
