package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.specsync.demo.DemoWorkspace;
import dev.specsync.ui.tests.driver.ComparePage;
import dev.specsync.ui.tests.driver.ConnectDialogPage;
import dev.specsync.ui.tests.driver.DialogPage;
import dev.specsync.ui.tests.driver.EditorPage;
import dev.specsync.ui.tests.driver.MainWindowPage;
import dev.specsync.ui.tests.driver.RunningWorkbench;
import dev.specsync.ui.tests.driver.SourceControlPage;
import dev.specsync.ui.tests.driver.SwtDriver;

/**
 * The whole scenario on a fresh demo, driven only through the workbench's own UI (JGit only checks what
 * happened): connect the demo's bare remote with the local provider, edit the definition in its editor and save,
 * commit in Source Control, pull into the conflict, resolve it in the compare view (the remote's page size, the
 * designer's not-found message), apply, commit the merge and push; the remote then holds exactly the merged file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesignerScenarioTest {

	private static final String ROOT = "specs/bookshop/openapi.yaml";
	private static final String LOCAL_PROVIDER = "Local repository";
	private static final String BEFORE = "summary: Add a book to the catalogue";
	private static final String AFTER = "summary: Add a new book to the catalogue";

	private static Path demo;
	private static Path remote;
	private static RunningWorkbench workbench;
	private static SwtDriver driver;
	private static MainWindowPage window;
	private static Shell windowShell;
	private static SourceControlPage scm;
	private static ComparePage compare;
	private static ObjectId teammateCommit;
	private static ObjectId myCommit;

	@BeforeAll
	static void startOnAFreshDemo() throws Exception {
		Path state = Files.createTempDirectory("specsync-ui-scenario");
		demo = state.resolve("demo");
		remote = DemoWorkspace.in(demo).remote();
		Path password = state.resolve("storage-password");
		Files.writeString(password, "test-master-password\n");
		System.setProperty("specsync.secureStorage.location", state.resolve("secure_storage").toString());
		System.setProperty("specsync.secureStorage.passwordFile", password.toString());
		workbench = RunningWorkbench.startDemo(demo);
		driver = new SwtDriver(workbench.display());
		window = MainWindowPage.await(driver, "SpecSync \u2014 demo");
		window.explorer().awaitRow("Bookshop API");
		windowShell = driver.waitForShell("SpecSync \u2014 demo");
		try (Git git = Git.open(remote.toFile())) {
			teammateCommit = git.getRepository().resolve("refs/heads/main");
		}
	}

	@AfterAll
	static void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
		System.clearProperty("specsync.secureStorage.location");
		System.clearProperty("specsync.secureStorage.passwordFile");
	}

	@Test
	@Order(1)
	void connectTheDemosRemoteWithTheLocalProvider() throws Exception {
		ConnectDialogPage connect = ConnectDialogPage.open(driver, windowShell);
		connect.chooseProvider(LOCAL_PROVIDER);
		connect.field("url", remote.toString());
		String verdict = connect.testConnection();
		assertTrue(verdict.startsWith("Connection works") && verdict.contains("main"), verdict);
		DialogPage done = connect.connect();
		String report = done.allText();
		assertTrue(report.contains("Remote origin set to " + remote), report);
		assertTrue(report.contains("Branch main now tracks origin/main"), report);
		done.close("OK");
		try (Git git = Git.open(demo.toFile())) {
			assertEquals(remote.toString(), git.getRepository().getConfig().getString("remote", "origin", "url"));
			assertEquals("local", git.getRepository().getConfig().getString("specsync", "connection", "provider"));
		}
	}

	@Test
	@Order(2)
	void editTheDefinitionInItsEditorAndSave() throws Exception {
		window.explorer().open("demo", "Bookshop API", "Definition", "openapi.yaml");
		EditorPage editor = window.editor("openapi.yaml");
		String text = editor.text();
		int at = text.indexOf(BEFORE);
		assertTrue(at > 0, "the demo's summary of addBook");
		editor.replace(at + "summary: Add a ".length(), 0, "new ");
		editor.awaitDirty(true);
		editor.save();
		String onDisk = Files.readString(demo.resolve(ROOT));
		assertEquals(text.replace(BEFORE, AFTER), onDisk, "the save wrote the edit and changed nothing else");
	}

	@Test
	@Order(3)
	void commitTheEditInSourceControl() throws Exception {
		scm = window.sourceControl();
		scm.awaitFile("M  " + ROOT);
		assertEquals(List.of("M  " + ROOT), scm.files(), "only the edited file is changed");
		String diff = scm.diffOf(ROOT);
		assertTrue(diff.lines().anyMatch(l -> l.equals("+      " + AFTER)), diff);
		ObjectId parent;
		try (Git git = Git.open(demo.toFile())) {
			parent = git.getRepository().resolve("HEAD");
		}
		int before = scm.logSize();
		scm.setMessage("Books: say that POST adds a new book");
		scm.press("scm.commit");
		String[] row = scm.awaitLog("Commit", before);
		assertEquals("Done", row[2], () -> Arrays.toString(row));
		scm.awaitSync("two commits ahead after the commit", "\u21912 \u21931");
		driver.waitUntil("the committed file to leave the changes", () -> scm.files().isEmpty());
		driver.waitUntil("the Explorer to show the commit too (two ahead, the file no longer modified): "
				+ window.explorer().rows(), () -> window.explorer().rows().stream()
						.anyMatch(r -> r.startsWith("demo") && r.contains("\u21912"))
						&& window.explorer().rows().stream().noneMatch(r -> r.contains("openapi.yaml") && r.contains("modified")));
		window.screenshot("scenario-commit");
		try (Git git = Git.open(demo.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
			Repository repository = git.getRepository();
			RevCommit head = walk.parseCommit(repository.resolve("HEAD"));
			myCommit = head.getId();
			assertEquals("Books: say that POST adds a new book", head.getFullMessage().strip());
			assertEquals(parent, head.getParent(0).getId());
			String committed = new String(blob(repository, head, ROOT), StandardCharsets.UTF_8);
			assertTrue(committed.contains(AFTER), "the edit is in HEAD's tree");
			assertTrue(git.status().call().isClean());
		}
	}

	@Test
	@Order(4)
	void pullConflictsAndResolveOpensTheCompareView() throws Exception {
		int before = scm.logSize();
		scm.press("scm.pull");
		String[] row = scm.awaitLog("Pull", before);
		assertEquals("Needs attention", row[2], () -> Arrays.toString(row));
		String banner = scm.awaitBanner();
		assertTrue(banner.startsWith("1 file conflicts: " + ROOT), banner);
		window.screenshot("scenario-conflict");
		scm.press("scm.resolve");
		compare = window.compareView().await();
		assertEquals(List.of("openapi.yaml  \u2014 2 open"), compare.files());
		assertTrue(compare.localText().contains(AFTER), "the left side is your commit, with the edit");
		assertEquals(2, compare.conflicts().size(), compare.conflicts()::toString);
	}

	@Test
	@Order(5)
	void keepTheRemotePageSizeAndYourNotFoundMessageApplyAndCommitTheMerge() throws Exception {
		String ours = compare.localText();
		compare.select("conflicts", "default");
		compare.click("keepRemote");
		driver.waitUntil("the page size conflict resolved", () -> compare.conflicts().get(0).endsWith("| Remote kept"));
		compare.select("conflicts", "NotFound");
		compare.click("keepLocal");
		compare.awaitValidation("No conflicts left: ready to apply");
		assertTrue(compare.conflicts().get(1).endsWith("| Local kept"), compare.conflicts()::toString);
		String expected = ours.replace("default: 25 # one page", "default: 50 # one page").replace(
				"    description: Production\n",
				"    description: Production\n  - url: https://sandbox.bookshop.example/v1\n    description: Sandbox, reset every night\n");
		assertEquals(expected, compare.previewText(),
				"the preview: your file with your edit, the remote page size and the teammate's clean change");
		window.screenshot("scenario-resolved");
		compare.click("apply");
		compare.awaitMessage("Commit the merge");
		assertEquals(expected, Files.readString(demo.resolve(ROOT)), "the file on disk holds the merged result");
		compare.click("commit.message");
		compare.awaitMessage("The merge is committed as");
		try (Git git = Git.open(demo.toFile())) {
			assertEquals(RepositoryState.SAFE, git.getRepository().getRepositoryState());
			assertTrue(git.status().call().isClean());
		}
	}

	@Test
	@Order(6)
	void pushFromSourceControlPutsTheMergeOnTheRemote() throws Exception {
		// Resolve Conflicts maximized the editors for room; committing the merge gave the layout back
		driver.waitUntil("the layout to be restored after the commit (tabs " + window.partTabs() + ")",
				() -> window.partTabs().contains("Source Control"));
		scm = window.sourceControl();
		driver.waitUntil("the banner to go once the merge is committed", () -> !scm.bannerShown());
		scm.awaitSync("three commits ahead of origin/main, none behind", "\u21913");
		int before = scm.logSize();
		scm.press("scm.push");
		String[] row = scm.awaitLog("Push", before);
		assertEquals("Done", row[2], () -> Arrays.toString(row));
		ObjectId merge;
		try (Git git = Git.open(demo.toFile())) {
			merge = git.getRepository().resolve("HEAD");
		}
		byte[] workingTree = Files.readAllBytes(demo.resolve(ROOT));
		try (Git git = Git.open(remote.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
			Repository repository = git.getRepository();
			RevCommit head = walk.parseCommit(repository.resolve("refs/heads/main"));
			assertEquals(merge, head.getId(), "the remote's main is the merge commit");
			assertEquals(2, head.getParentCount());
			assertEquals(myCommit, head.getParent(0).getId(), "first parent: your commit");
			assertEquals(teammateCommit, head.getParent(1).getId(), "second parent: the teammate's");
			byte[] pushed = blob(repository, head, ROOT);
			assertArrayEquals(workingTree, pushed, "the remote holds the working tree's bytes");
			String text = new String(pushed, StandardCharsets.UTF_8);
			assertTrue(text.contains(AFTER), "your edit");
			assertTrue(text.contains("default: 50 # one page"), "the remote's page size");
			assertTrue(text.contains("description: Nothing was found with this id."), "your not-found message");
			assertFalse(text.contains("No book or author has this id."), "not the teammate's");
		}
	}

	private static byte[] blob(Repository repository, RevCommit commit, String path) throws Exception {
		try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
			return repository.open(walk.getObjectId(0)).getBytes();
		}
	}
}
