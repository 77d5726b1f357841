package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.SyncResult;
import dev.specsync.ui.tests.driver.ComparePage;
import dev.specsync.ui.tests.driver.MainWindowPage;
import dev.specsync.ui.tests.driver.MultiFileComparePage;
import dev.specsync.ui.tests.driver.RunningWorkbench;
import dev.specsync.ui.tests.driver.SwtDriver;

/**
 * Compare and resolve on an API of several files: you and your teammate both changed the root definition and the
 * book schema it references, so the pull conflicts in two files. The view lists both, says which file the conflict
 * and change lists belong to, keeps each file's choices (a whole file for one, per conflict for the other) when
 * moving between them and after closing the view, lets the designer edit the merged result as text (checked as it
 * is typed, kept when switching files), applies both files together, and gives the layout back after the commit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompareMultiFileTest {

	private static final String ROOT = "specs/bookshop/openapi.yaml";
	private static final String BOOK = "specs/bookshop/schemas/book.yaml";
	private static final String EDITORS = "dev.specsync.ui.partstack.editors";

	private static Path demo;
	private static RunningWorkbench workbench;
	private static MainWindowPage window;
	private static ServiceTracker<GitService, GitService> gitTracker;
	private static String ours;
	private static String theirsBook;
	private static ComparePage compare;
	private static MultiFileComparePage files;
	private static String edited;

	@BeforeAll
	static void startOnTheDemoAndPullIntoConflictsInTwoFiles() throws Exception {
		Path state = Files.createTempDirectory("specsync-ui-multi");
		demo = state.resolve("demo");
		workbench = RunningWorkbench.startDemo(demo);
		window = MainWindowPage.await(new SwtDriver(workbench.display()), "SpecSync \u2014 demo");
		window.explorer().awaitRow("Bookshop API");
		BundleContext context = FrameworkUtil.getBundle(CompareMultiFileTest.class).getBundleContext();
		gitTracker = new ServiceTracker<>(context, GitService.class, null);
		gitTracker.open();
		assertNotNull(gitTracker.waitForService(10_000), "the Git engine service");

		PersonIdent robin = new PersonIdent("Robin Teammate", "robin@bookshop.example");
		PersonIdent alex = new PersonIdent("Alex Designer", "alex@bookshop.example");
		Path teammate = state.resolve("teammate");
		try (Git remote = Git.cloneRepository().setURI(demo.resolveSibling("demo-remote.git").toUri().toString())
				.setDirectory(teammate.toFile()).call()) {
			replace(teammate.resolve(BOOK), "example: The Left Hand of Darkness", "example: The Dispossessed");
			remote.commit().setAll(true).setMessage("Books: a better example").setAuthor(robin).setCommitter(robin).call();
			remote.push().call();
			theirsBook = Files.readString(teammate.resolve(BOOK));
		}
		try (Git git = Git.open(demo.toFile())) {
			replace(demo.resolve(BOOK), "example: The Left Hand of Darkness", "example: A Wizard of Earthsea");
			git.commit().setAll(true).setMessage("Books: another example").setAuthor(alex).setCommitter(alex).call();
		}
		ours = Files.readString(demo.resolve(ROOT));
		try (GitWorkspace workspace = gitTracker.getService().open(demo)) {
			SyncResult pull = workspace.pull().call();
			assertEquals(SyncResult.Status.CONFLICTS, pull.status(), () -> pull.diagnostic().toString());
			assertEquals(List.of(ROOT, BOOK), pull.conflicts());
		}
	}

	@AfterAll
	static void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
		if (gitTracker != null) {
			gitTracker.close();
		}
	}

	@Test
	@Order(1)
	void theViewListsEveryConflictingFileAndSaysWhichFileTheListsBelongTo() throws Exception {
		compare = window.resolveConflicts();
		files = window.multiFileCompare();
		assertEquals(List.of("openapi.yaml  \u2014 2 open", "schemas/book.yaml  \u2014 1 open"), compare.files(),
				"both files, named from the API's folder");
		assertTrue(compare.summary().contains("3 conflict(s) open in 2 file(s)"), compare.summary());
		assertEquals("Conflicts in openapi.yaml", files.conflictsTitle());
		assertEquals("Changes from local to remote in the API of openapi.yaml (all its files)", files.changesTitle(),
				"the changes are the whole API's, $refs followed");
		List<String> changes = compare.changes();
		assertTrue(changes.stream().anyMatch(c -> c.startsWith("Breaking | openapi.yaml | ") && c.contains("/authors")),
				changes::toString);
		assertTrue(changes.stream().anyMatch(c -> c.contains("| schemas/book.yaml | ") && c.contains("isbn")),
				() -> "each change names its file: " + changes);
		assertEquals("&Apply 2 Files", compare.buttonText("apply"), "Apply writes every file");
		assertFalse(compare.enabled("apply"));
		window.screenshot("compare-multi-root");

		compare.select("changes", "isbn");
		driverWait(() -> files.conflictsTitle().equals("Conflicts in schemas/book.yaml"),
				"a change in another conflicting file shows that file, and the lists follow it");
		assertEquals("schemas/book.yaml  \u2014 1 open", selectedFile());
		int isbn = lineOf(compare.remoteText(), "isbn:");
		int caret = compare.caretLines()[1];
		assertTrue(caret >= isbn && caret < isbn + 5, () -> "the remote side shows the new isbn property (lines " + isbn
				+ " to " + (isbn + 4) + "), caret on " + caret);
		assertEquals(List.of("properties \u203a title \u203a example | \"A Wizard of Earthsea\" | \"The Dispossessed\" | Open"),
				compare.conflicts());
		assertTrue(compare.localText().contains("A Wizard of Earthsea") && compare.remoteText().contains("The Dispossessed"));
		window.screenshot("compare-multi-book");
	}

	@Test
	@Order(2)
	void eachFileKeepsItsChoicesWhenMovingBetweenFilesAndAfterTheViewIsClosed() throws Exception {
		compare.click("keepRemoteFile");
		compare.awaitValidation("The whole remote file will be written");
		assertTrue(compare.validation().contains("Apply waits for 2 conflict(s) in openapi.yaml"), compare.validation());
		assertFalse(compare.enabled("apply"), "not while the root has open conflicts");
		assertEquals(theirsBook, compare.previewText());
		driverWait(() -> compare.files().get(1).equals("schemas/book.yaml  \u2014 ready"), "the book schema is ready");

		compare.select("files", "openapi.yaml");
		driverWait(() -> files.conflictsTitle().equals("Conflicts in openapi.yaml"), "back on the root");
		compare.select("conflicts", "default");
		compare.click("keepRemote");
		driverWait(() -> compare.conflicts().get(0).endsWith("| Remote kept"), "the page size resolved");

		compare.select("files", "book.yaml");
		compare.awaitValidation("The whole remote file will be written");
		compare.select("files", "openapi.yaml");
		driverWait(() -> compare.conflicts().size() == 2 && compare.conflicts().get(0).endsWith("| Remote kept"),
				"the root's choice kept while looking at the other file");

		closeTheView();
		compare = window.resolveConflicts();
		driverWait(() -> compare.conflicts().size() == 2 && compare.conflicts().get(0).endsWith("| Remote kept"),
				"the per-conflict choice read back from .git/specsync/merge");
		assertEquals("schemas/book.yaml  \u2014 ready", compare.files().get(1));
		compare.select("files", "book.yaml");
		compare.awaitValidation("The whole remote file will be written");
		assertEquals(theirsBook, compare.previewText(), "and the whole-file choice too");
	}

	@Test
	@Order(3)
	void theMergedResultIsEditedAsTextCheckedAndKeptWhenSwitchingFiles() throws Exception {
		compare.select("files", "openapi.yaml");
		driverWait(() -> files.conflictsTitle().equals("Conflicts in openapi.yaml"), "on the root");
		assertTrue(files.previewEditable(), "the merged result can be typed in");
		edited = ours.replace("default: 25 # one page", "default: 50 # one page")
				.replace("    description: Production\n",
						"    description: Production\n  - url: https://sandbox.bookshop.example/v1\n    description: Sandbox, reset every night\n")
				.replace("description: Nothing was found with this id.", "description: Nothing has this id.");
		files.replacePreview(edited.replace("  title: Bookshop API", "  title: [Bookshop API"));
		compare.awaitValidation("does not parse");
		assertFalse(compare.enabled("apply"), "a result that does not parse is not applied");
		window.screenshot("compare-multi-edit-broken");

		files.replacePreview(edited.replace("Nothing has this id.", "Nothing has this"));
		int end = compare.previewText().indexOf("Nothing has this") + "Nothing has this".length();
		files.typeInPreview(end, " id.");
		assertEquals(edited, compare.previewText(), "typed key by key");
		compare.awaitValidation("Edited by hand: the text parses");
		driverWait(() -> compare.conflicts().stream().allMatch(c -> c.endsWith("| Edited")), "every conflict follows the edit");
		driverWait(() -> compare.enabled("apply"), "both files can be applied");
		window.screenshot("compare-multi-edited");

		compare.select("files", "book.yaml");
		compare.awaitValidation("The whole remote file will be written");
		compare.select("files", "openapi.yaml");
		compare.awaitValidation("Edited by hand");
		assertEquals(edited, compare.previewText(), "the edit survives switching files");
	}

	@Test
	@Order(4)
	void applyWritesAndStagesBothFilesAndCommittingGivesTheLayoutBack() throws Exception {
		assertTrue(editorsMaximized(), "Resolve Conflicts made room for itself");
		compare.click("apply");
		compare.awaitMessage("Commit the merge");
		assertEquals(edited, new String(Files.readAllBytes(demo.resolve(ROOT)), StandardCharsets.UTF_8),
				"the root holds exactly the text as edited");
		assertEquals(theirsBook, Files.readString(demo.resolve(BOOK)), "the book schema is the remote file");
		try (Git git = Git.open(demo.toFile())) {
			Status status = git.status().call();
			assertEquals(Set.of(), status.getConflicting());
			assertTrue(status.getChanged().containsAll(List.of(ROOT, BOOK)), () -> "both staged: " + status.getChanged());
			assertEquals(RepositoryState.MERGING_RESOLVED, git.getRepository().getRepositoryState());
		}
		compare.click("commit.message");
		compare.awaitMessage("The merge is committed as");
		driverWait(() -> !editorsMaximized(), "the editor stack restored once the merge is committed");
		try (Git git = Git.open(demo.toFile())) {
			Repository repository = git.getRepository();
			assertEquals(RepositoryState.SAFE, repository.getRepositoryState());
			assertTrue(git.status().call().isClean());
		}
		driverWait(() -> window.partTabs().contains("Source Control"), "Source Control is back to push");
		window.screenshot("compare-multi-committed");
	}

	private static String selectedFile() {
		return new SwtDriver(workbench.display()).onUi(() -> {
			for (org.eclipse.swt.widgets.Shell shell : workbench.display().getShells()) {
				if (SwtDriver.byTestId(shell, "compare.files") instanceof org.eclipse.swt.widgets.Table table) {
					return table.getSelection()[0].getText();
				}
			}
			return null;
		});
	}

	private static int lineOf(String text, String fragment) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(fragment)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line with " + fragment);
	}

	private static boolean editorsMaximized() {
		return new SwtDriver(workbench.display()).onUi(() -> {
			MApplication application = workbench.workbench().getApplication();
			EModelService models = application.getContext().get(EModelService.class);
			MUIElement stack = models.find(EDITORS, application);
			return stack.getTags().contains(IPresentationEngine.MAXIMIZED);
		});
	}

	/** Closes the compare view as its tab's close button does: the part leaves the model. */
	private static void closeTheView() {
		new SwtDriver(workbench.display()).onUi(() -> {
			MApplication application = workbench.workbench().getApplication();
			EModelService models = application.getContext().get(EModelService.class);
			MWindow main = application.getChildren().get(0);
			for (MPart part : models.findElements(application, "dev.specsync.ui.partdescriptor.compare", MPart.class, null)) {
				main.getContext().get(EPartService.class).hidePart(part, true);
			}
			return null;
		});
	}

	private static void driverWait(java.util.function.BooleanSupplier condition, String what) {
		new SwtDriver(workbench.display()).waitUntil(what, condition);
	}

	private static void replace(Path file, String from, String to) throws Exception {
		String text = Files.readString(file);
		assertTrue(text.contains(from), () -> file + " contains " + from);
		Files.writeString(file, text.replace(from, to));
	}
}
