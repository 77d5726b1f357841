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

	private static final String BOOK = "specs/bookshop/schemas/book.yaml";
	private static final String TITLE_EXAMPLE = "/properties/title/example";

	/**
	 * Makes the pull conflict in a second file of the API as well: you and your teammate both change the example
	 * title of the book schema ($ref'ed from the root).
	 */
	private void conflictInTwoFiles() throws Exception {
		org.eclipse.jgit.lib.PersonIdent robin = new org.eclipse.jgit.lib.PersonIdent("Robin Teammate", "robin@bookshop.example");
		org.eclipse.jgit.lib.PersonIdent alex = new org.eclipse.jgit.lib.PersonIdent("Alex Designer", "alex@bookshop.example");
		try (Git git = Git.open(demo.toFile())) {
			git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("HEAD").call();
			Path teammate = state.resolve("teammate");
			try (Git remote = Git.cloneRepository().setURI(demo.resolveSibling("demo-remote.git").toUri().toString())
					.setDirectory(teammate.toFile()).call()) {
				replace(teammate.resolve(BOOK), "example: The Left Hand of Darkness", "example: The Dispossessed");
				remote.commit().setAll(true).setMessage("A better example").setAuthor(robin).setCommitter(robin).call();
				remote.push().call();
			}
			replace(demo.resolve(BOOK), "example: The Left Hand of Darkness", "example: A Wizard of Earthsea");
			git.commit().setAll(true).setMessage("Another example").setAuthor(alex).setCommitter(alex).call();
			assertEquals(MergeStatus.CONFLICTING, git.pull().call().getMergeResult().getMergeStatus());
			assertEquals(java.util.Set.of(ROOT, BOOK), git.status().call().getConflicting());
		}
	}

	private static void replace(Path file, String from, String to) throws Exception {
		String text = Files.readString(file);
		assertTrue(text.contains(from), file + " contains " + from);
		Files.writeString(file, text.replace(from, to));
	}

	@Test
	void aMultiFileMergeKeepsEachFilesChoicesAcrossSessionsAndAppliesAllFilesOrNone() throws Exception {
		conflictInTwoFiles();
		MergeSession session = open();
		assertEquals(List.of(ROOT, BOOK), session.files().stream().map(FileMerge::path).toList(), "the root first, then the $ref'ed file");
		FileMerge book = session.file(BOOK).orElseThrow();
		assertEquals(List.of(TITLE_EXAMPLE), book.conflicts().stream().map(Conflict::pointer).toList());
		assertEquals(3, session.openConflicts());

		String theirsBook = book.theirsText();
		session.keepWholeFile(BOOK, Side.THEIRS);
		session.choose(ROOT, PAGE_SIZE, Resolution.theirs(PAGE_SIZE));

		MergeSession reopened = open();
		assertEquals(Optional.of(Side.THEIRS), reopened.file(BOOK).orElseThrow().wholeFile(),
				"the whole-file choice is kept across sessions, like the per-conflict ones");
		assertEquals(theirsBook, reopened.file(BOOK).orElseThrow().mergedText());
		assertEquals(1, reopened.file(ROOT).orElseThrow().openConflicts().size());

		byte[] rootBefore = Files.readAllBytes(demo.resolve(ROOT));
		byte[] bookBefore = Files.readAllBytes(demo.resolve(BOOK));
		SessionException open = assertThrows(SessionException.class, () -> reopened.applyAll(gits.getService()));
		assertTrue(open.getMessage().startsWith("Nothing was applied") && open.getMessage().contains(ROOT), open.getMessage());
		assertArrayEquals(rootBefore, Files.readAllBytes(demo.resolve(ROOT)), "nothing written while a file is open");
		assertArrayEquals(bookBefore, Files.readAllBytes(demo.resolve(BOOK)), "not even the resolved file");

		reopened.choose(ROOT, NOT_FOUND, Resolution.ours(NOT_FOUND));
		String expectedRoot = reopened.file(ROOT).orElseThrow().mergedText();
		// the second file cannot be written (a folder is in its way): the first one, written already, gets its bytes back
		Files.delete(demo.resolve(BOOK));
		Files.createDirectories(demo.resolve(BOOK).resolve("in-the-way"));
		SessionException failed = assertThrows(SessionException.class, () -> reopened.applyAll(null));
		assertTrue(failed.getMessage().contains(BOOK) && failed.getMessage().contains("Every file is as before"), failed.getMessage());
		assertArrayEquals(rootBefore, Files.readAllBytes(demo.resolve(ROOT)), "all or nothing: the root is put back");
		try (Git git = Git.open(demo.toFile())) {
			assertTrue(git.status().call().getConflicting().contains(ROOT), "and not staged");
		}
		Files.delete(demo.resolve(BOOK).resolve("in-the-way"));
		Files.delete(demo.resolve(BOOK));
		Files.write(demo.resolve(BOOK), bookBefore);

		assertEquals(List.of(ROOT, BOOK), reopened.applyAll(gits.getService()));
		try (dev.specsync.git.engine.GitWorkspace workspace = gits.getService().open(demo)) {
			assertTrue(workspace.snapshots().list().get(0).reason().contains("before applying the merge of 2 file(s)"),
					"a snapshot of the unresolved merge was taken first: " + workspace.snapshots().list().get(0));
		}
		assertEquals(expectedRoot, Files.readString(demo.resolve(ROOT)));
		assertEquals(theirsBook, Files.readString(demo.resolve(BOOK)));
		try (Git git = Git.open(demo.toFile())) {
			assertEquals(java.util.Set.of(), git.status().call().getConflicting());
			assertTrue(git.status().call().getChanged().containsAll(List.of(ROOT, BOOK)), "both staged");
		}
		assertTrue(reopened.canCommit());
		assertTrue(new MergeStateStore(demo.resolve(".git")).list().isEmpty());
	}

	@Test
	void aResultEditedByHandWinsIsStoredAndIsCheckedBeforeApply() throws Exception {
		MergeSession session = open();
		String chosen = session.choose(ROOT, PAGE_SIZE, Resolution.theirs(PAGE_SIZE)).mergedText();
		String mine = ours.replace("default: 25 # one page", "default: 40 # agreed with Robin");
		FileMerge edited = session.editResult(ROOT, mine);
		assertTrue(edited.isEdited() && edited.isResolved(), "a text that parses can be applied");
		assertEquals(mine, edited.mergedText());
		assertEquals(Optional.of(Choice.CUSTOM), edited.choice(edited.conflicts().get(1)));

		FileMerge reopened = open().file(ROOT).orElseThrow();
		assertEquals(mine, reopened.mergedText(), "the edit is stored under .git, kept across sessions");
		assertArrayEquals(mine.getBytes(java.nio.charset.StandardCharsets.UTF_8), new MergeStateStore(demo.resolve(".git"))
				.load(ROOT).orElseThrow().edited());
		assertFalse(Files.readString(demo.resolve(ROOT)).contains("agreed with Robin"), "the working file is not touched before Apply");

		FileMerge broken = session.editResult(ROOT, mine.replace("  title: Bookshop API", "  title: [Bookshop API"));
		assertFalse(broken.isResolved());
		assertTrue(broken.editProblem().orElseThrow().matches("line \\d+: .+"), broken.editProblem()::toString);
		SessionException refused = assertThrows(SessionException.class, () -> session.apply(ROOT));
		assertTrue(refused.getMessage().contains("does not parse"), refused.getMessage());

		FileMerge again = session.keepWholeFile(ROOT, null);
		assertFalse(again.isEdited(), "Merge by Conflict goes back to the choices");
		assertEquals(chosen, again.mergedText());
		assertFalse(session.editResult(ROOT, chosen).isEdited(), "a text equal to the choices' result is no edit");
	}

	@Test
	void aFileComparesWithItsVersionOnAnyBranchTagOrCommit() throws Exception {
		String tagged;
		String commitId;
		try (Git git = Git.open(demo.toFile())) {
			git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("HEAD").call(); // no merge
			git.tag().setName("v1.0.0").call();
			tagged = Files.readString(demo.resolve(ROOT));
			commitId = git.getRepository().resolve("HEAD").name();
		}
		String edited = tagged.replace("default: 25", "default: 30");
		assertFalse(edited.equals(tagged), "the demo's page size is 25");
		Files.writeString(demo.resolve(ROOT), edited);

		MergeSession withTag = MergeSession.compareWith(demo, ROOT, "v1.0.0", differs.getService());
		assertEquals("Compare " + ROOT + " with v1.0.0", withTag.title());
		assertFalse(withTag.isMerging());
		FileMerge file = withTag.file(ROOT).orElseThrow();
		assertEquals(edited, file.oursText(), "the working tree's file");
		assertEquals(tagged, file.theirsText(), "the tagged version");
		assertTrue(file.conflicts().isEmpty());
		assertFalse(file.changes().orElseThrow().changes().isEmpty(), () -> "the page size changed: " + file.changes());

		MergeSession withCommit = MergeSession.compareWith(demo, ROOT, commitId, differs.getService());
		assertEquals("Compare " + ROOT + " with " + commitId.substring(0, 10), withCommit.title());
		assertEquals(tagged, withCommit.file(ROOT).orElseThrow().theirsText());

		MergeSession withRemote = MergeSession.compareWith(demo, ROOT, "origin/main", differs.getService());
		assertEquals(theirs, withRemote.file(ROOT).orElseThrow().theirsText(), "the remote-tracking branch's version");

		for (String missing : List.of("v9.9.9", "main..origin/main", "")) {
			SessionException refused = assertThrows(SessionException.class,
					() -> MergeSession.compareWith(demo, ROOT, missing, differs.getService()));
			assertEquals("There is no branch, tag or commit named \"" + missing + "\" in this repository. Pick one from the"
					+ " list, or fetch first if it is on the remote.", refused.getMessage());
		}
		MergeSession twoVersions = MergeSession.compare(demo, ROOT, "v1.0.0", "origin/main", differs.getService());
		assertEquals("Compare " + ROOT + " at v1.0.0 with origin/main", twoVersions.title());
		FileMerge versions = twoVersions.file(ROOT).orElseThrow();
		assertEquals(tagged, versions.oursText(), "the left side is the tag's version, not the working tree's");
		assertEquals(theirs, versions.theirsText());
		assertThrows(SessionException.class, () -> MergeSession.compare(demo, ROOT, "v9", "origin/main", differs.getService()));
		assertEquals(edited, Files.readString(demo.resolve(ROOT)), "comparing writes nothing");
	}
}
