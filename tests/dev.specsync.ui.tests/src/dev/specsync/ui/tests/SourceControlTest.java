package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.specsync.demo.DemoWorkspace;
import dev.specsync.ui.tests.driver.BranchDialogPage;
import dev.specsync.ui.tests.driver.MainWindowPage;
import dev.specsync.ui.tests.driver.RunningWorkbench;
import dev.specsync.ui.tests.driver.SourceControlPage;
import dev.specsync.ui.tests.driver.SwtDriver;

/**
 * Source Control on the demo workspace (one commit ahead of origin/main and one behind, and a pull that conflicts):
 * branch and counts, an edit on disk with its diff, a commit checked with JGit, a push the remote rejects with its
 * reason in the log, the force-push confirmation naming the remote commit it would drop, a pull that leaves the
 * conflict banner, Undo Last Sync back to the exact bytes and HEAD, and a branch created, switched to and deleted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourceControlTest {

	private static final String ROOT = "specs/bookshop/openapi.yaml";
	private static final String NEW_SCHEMA = "specs/bookshop/schemas/review.yaml";

	private static Path demo;
	private static RunningWorkbench workbench;
	private static MainWindowPage window;
	private static SwtDriver driver;
	private static SourceControlPage scm;

	private static ObjectId headBeforePull;
	private static byte[] rootBeforePull;

	@BeforeAll
	static void startOnTheDemo() throws Exception {
		demo = Files.createTempDirectory("specsync-scm-test").resolve("demo");
		DemoWorkspace.in(demo).create();
		try (Git git = Git.open(demo.toFile())) {
			StoredConfig config = git.getRepository().getConfig();
			config.setString("user", null, "name", "Sam Tester");
			config.setString("user", null, "email", "sam@bookshop.example");
			config.save();
		}
		workbench = RunningWorkbench.startDemo(demo);
		driver = new SwtDriver(workbench.display());
		window = MainWindowPage.await(driver, "SpecSync \u2014 demo");
		scm = window.sourceControl();
	}

	@AfterAll
	static void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
	}

	private static Git git() throws Exception {
		return Git.open(demo.toFile());
	}

	@Test
	@Order(1)
	void thePartShowsTheBranchItsUpstreamAndHowFarTheyDiverged() {
		assertEquals("main", scm.branch());
		scm.awaitSync("the upstream", "\u21911 \u21931");
		assertTrue(scm.sync().contains("origin/main"), scm.sync());
		assertEquals("By Sam Tester  Change...", scm.author().replace("<a>", "").replace("</a>", ""), "the author from the Git configuration");
		assertEquals(List.of(), scm.files(), "the demo starts clean");
	}

	@Test
	@Order(2)
	void anEditOnDiskAndANewFileAppearWithTheirDiff() throws Exception {
		Path root = demo.resolve(ROOT);
		String text = Files.readString(root);
		assertTrue(text.contains("title: Bookshop API"), "the demo's title line");
		Files.writeString(root, text.replace("title: Bookshop API", "title: Bookshop Catalogue API"));
		Files.writeString(demo.resolve(NEW_SCHEMA), "type: object\nproperties:\n  stars:\n    type: integer\n");
		scm.awaitFile("M  " + ROOT);
		scm.awaitFile("U  " + NEW_SCHEMA);
		String diff = scm.diffOf(ROOT);
		List<String> lines = diff.lines().toList();
		assertTrue(lines.contains("-  title: Bookshop API"), diff);
		assertTrue(lines.contains("+  title: Bookshop Catalogue API"), diff);
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("@@ ")), diff);
		String added = scm.diffOf(NEW_SCHEMA);
		assertTrue(added.lines().toList().containsAll(List.of("+type: object", "+    type: integer")), added);
	}

	@Test
	@Order(3)
	void commitRecordsTheTickedFilesWithTheMessageOnTopOfHead() throws Exception {
		ObjectId parent;
		try (Git git = git()) {
			parent = git.getRepository().resolve("HEAD");
		}
		int before = scm.logSize();
		scm.setMessage("Catalogue title and book reviews\n\nReviews get their own schema.");
		scm.press("scm.commit");
		String[] row = scm.awaitLog("Commit", before);
		assertEquals("Done", row[2], () -> Arrays.toString(row));
		assertEquals("", scm.message(), "the message box is emptied after a commit");
		try (Git git = git(); RevWalk walk = new RevWalk(git.getRepository())) {
			Repository repository = git.getRepository();
			RevCommit head = walk.parseCommit(repository.resolve("HEAD"));
			assertEquals("Catalogue title and book reviews\n\nReviews get their own schema.", head.getFullMessage().strip());
			assertEquals(1, head.getParentCount());
			assertEquals(parent, head.getParent(0).getId());
			assertEquals("Sam Tester", head.getAuthorIdent().getName());
			assertArrayEquals(Files.readAllBytes(demo.resolve(ROOT)), blob(repository, head, ROOT));
			assertArrayEquals(Files.readAllBytes(demo.resolve(NEW_SCHEMA)), blob(repository, head, NEW_SCHEMA));
			assertTrue(git.status().call().isClean(), "both files were committed");
			assertTrue(row[3].contains(head.abbreviate(7).name()), () -> Arrays.toString(row));
		}
		scm.awaitSync("two commits ahead now", "\u21912 \u21931");
	}

	private static byte[] blob(Repository repository, RevCommit commit, String path) throws Exception {
		try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
			return repository.open(walk.getObjectId(0)).getBytes();
		}
	}

	@Test
	@Order(4)
	void pushIsRejectedAndTheLogSaysWhy() throws Exception {
		ObjectId remoteBefore;
		try (Git remote = Git.open(DemoWorkspace.in(demo).remote().toFile())) {
			remoteBefore = remote.getRepository().resolve("refs/heads/main");
		}
		int before = scm.logSize();
		scm.press("scm.push");
		String[] row = scm.awaitLog("Push", before);
		assertEquals("Needs attention", row[2], () -> Arrays.toString(row));
		assertTrue(row[3].contains("rejected because the remote branch has commits that yours does not have"), row[3]);
		assertTrue(row[3].contains("Pull first"), "and what to do: " + row[3]);
		assertTrue(scm.status().contains("Force Push..."), "a rejected push offers the force push: " + scm.status());
		try (Git remote = Git.open(DemoWorkspace.in(demo).remote().toFile())) {
			assertEquals(remoteBefore, remote.getRepository().resolve("refs/heads/main"), "nothing was pushed");
		}
	}

	@Test
	@Order(5)
	void forcePushFirstNamesTheRemoteCommitItWouldDrop() throws Exception {
		scm.followStatusLink("force");
		Shell dialog = driver.waitForShell("Force Push");
		List<String> lost = driver.onUi(() -> Arrays.asList(((org.eclipse.swt.widgets.List) SwtDriver.byTestId(dialog, "scm.force.lost")).getItems()));
		assertEquals(1, lost.size(), lost::toString);
		assertTrue(lost.get(0).contains("Books: add the ISBN, and show 50 books per page") && lost.get(0).contains("Robin Teammate"), lost.get(0));
		driver.screenshot(dialog, "force-push-confirm");
		Shell confirm = dialog;
		driver.click(driver.onUi(() -> SwtDriver.findAll(confirm, org.eclipse.swt.widgets.Button.class,
				b -> "Cancel".equals(SwtDriver.stripMnemonic(b.getText()))).get(0)));
		driver.waitUntil("the confirmation to close", dialog::isDisposed);
		assertTrue(scm.status().contains("nothing was pushed"), scm.status());
	}

	@Test
	@Order(6)
	void pullLeavesTheConflictBanner() throws Exception {
		try (Git git = git()) {
			headBeforePull = git.getRepository().resolve("HEAD");
		}
		rootBeforePull = Files.readAllBytes(demo.resolve(ROOT));
		int before = scm.logSize();
		scm.press("scm.pull");
		String[] row = scm.awaitLog("Pull", before);
		assertEquals("Needs attention", row[2], () -> Arrays.toString(row));
		String banner = scm.awaitBanner();
		assertTrue(banner.startsWith("1 file conflicts: " + ROOT), banner);
		scm.awaitFile("!  " + ROOT);
		assertTrue(Files.readString(demo.resolve(ROOT)).contains("<<<<<<<"), "Git's conflict markers are in the file");
		window.screenshot("source-control");
	}

	@Test
	@Order(7)
	void undoLastSyncRestoresTheBytesAndHeadFromBeforeThePull() throws Exception {
		Shell dialog = scm.openUndo();
		String chosen = driver.onUi(() -> ((Table) SwtDriver.byTestId(dialog, "snapshots.table")).getSelection()[0].getText());
		assertTrue(chosen.startsWith("before pull"), chosen);
		int before = scm.logSize();
		driver.click(driver.onUi(() -> SwtDriver.findAll(dialog, org.eclipse.swt.widgets.Button.class,
				b -> "Restore".equals(SwtDriver.stripMnemonic(b.getText()))).get(0)));
		String[] row = scm.awaitLog("Undo Last Sync", before);
		assertEquals("Done", row[2], () -> Arrays.toString(row));
		assertArrayEquals(rootBeforePull, Files.readAllBytes(demo.resolve(ROOT)));
		try (Git git = git()) {
			assertEquals(headBeforePull, git.getRepository().resolve("HEAD"));
			assertEquals("main", git.getRepository().getBranch());
			assertTrue(git.status().call().isClean(), "no conflict and no merge left");
		}
		driver.waitUntil("the banner to go", () -> !scm.bannerShown());
		assertEquals(List.of(), scm.files());
	}

	@Test
	@Order(8)
	void aBranchIsCreatedSwitchedToAndDeletedInTheDialog() throws Exception {
		BranchDialogPage branches = scm.openBranches();
		List<String> rows = branches.rows();
		assertEquals("main  (current) | origin/main | \u21912 \u21931", rows.get(0), rows::toString);
		assertTrue(rows.contains("origin/main | remote branch | "), rows::toString);
		driver.screenshot(branches.shell(), "branch-dialog");
		branches.create("reviews", "origin/main");
		try (Git git = git()) {
			assertEquals("reviews", git.getRepository().getBranch(), "created and switched to");
			assertEquals(git.getRepository().resolve("origin/main"), git.getRepository().resolve("HEAD"));
		}
		assertTrue(branches.rows().stream().anyMatch(r -> r.startsWith("reviews  (current) | origin/main")), branches.rows()::toString);
		branches.select("main");
		branches.press("branches.switch");
		branches.awaitStatus("Switched to main");
		branches.select("reviews");
		branches.press("branches.delete");
		Shell confirm = driver.waitForShell("Delete Branch");
		branches.pressButton(confirm, "Delete");
		branches.awaitStatus("Deleted the local branch reviews");
		try (Git git = git()) {
			assertEquals("main", git.getRepository().getBranch());
			assertNull(git.getRepository().exactRef("refs/heads/reviews"));
		}
		assertFalse(branches.rows().stream().anyMatch(r -> r.startsWith("reviews")), branches.rows()::toString);
		branches.close();
		scm.awaitBranch("main");
	}

	@Test
	@Order(9)
	void ctrlEnterInTheMessageBoxCommits() throws Exception {
		Files.writeString(demo.resolve("CHANGELOG.md"), "1.3.0: reviews\n");
		scm.awaitFile("U  CHANGELOG.md");
		int before = scm.logSize();
		scm.setMessage("Changelog");
		scm.commitWithKeyboard();
		String[] row = scm.awaitLog("Commit", before);
		assertEquals("Done", row[2], () -> Arrays.toString(row));
		try (Git git = git()) {
			assertEquals("Changelog", git.log().setMaxCount(1).call().iterator().next().getFullMessage());
			assertTrue(git.status().call().isClean());
		}
	}
}
