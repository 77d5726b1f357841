package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
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
import dev.specsync.git.engine.PushResult;
import dev.specsync.git.engine.SyncResult;
import dev.specsync.ui.tests.driver.ComparePage;
import dev.specsync.ui.tests.driver.MainWindowPage;
import dev.specsync.ui.tests.driver.RunningWorkbench;
import dev.specsync.ui.tests.driver.SwtDriver;

/**
 * The heart of the product, as the scenario goes: on a fresh demo a pull conflicts; Repository &gt; Resolve
 * Conflicts shows local and remote side by side with the semantic changes (breaking ones marked) and the two
 * conflicts; the designer keeps the remote page size and their own not-found message, applies, commits the merge
 * in the view and pushes; the file on disk, Git's status and the remote's history show exactly that.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompareResolveTest {

	private static final String ROOT = "specs/bookshop/openapi.yaml";

	private static Path demo;
	private static RunningWorkbench workbench;
	private static MainWindowPage window;
	private static ServiceTracker<GitService, GitService> gitTracker;
	private static String ours;
	private static ObjectId localCommit;
	private static ObjectId remoteCommit;
	private static ComparePage compare;

	@BeforeAll
	static void startOnTheDemoAndPull() throws Exception {
		Path state = Files.createTempDirectory("specsync-ui-compare");
		demo = state.resolve("demo");
		workbench = RunningWorkbench.startDemo(demo);
		window = MainWindowPage.await(new SwtDriver(workbench.display()), "SpecSync \u2014 demo");
		window.explorer().awaitRow("Bookshop API");
		BundleContext context = FrameworkUtil.getBundle(CompareResolveTest.class).getBundleContext();
		gitTracker = new ServiceTracker<>(context, GitService.class, null);
		gitTracker.open();
		assertNotNull(gitTracker.waitForService(10_000), "the Git engine service");
		ours = Files.readString(demo.resolve(ROOT));
		try (Git git = Git.open(demo.toFile())) {
			localCommit = git.getRepository().resolve("HEAD");
			remoteCommit = git.getRepository().resolve("refs/remotes/origin/main");
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
	@Order(-1)
	void compareWithBranchOrVersionOffersTheRefsSaysWhatATextNamesAndComparesWithIt() throws Exception {
		window.explorer().open("demo", "Bookshop API", "Definition", "openapi.yaml");
		window.editor("openapi.yaml");
		SwtDriver driver = new SwtDriver(workbench.display());
		Shell dialog = window.openCompareWithRevision();
		Combo leftSide = driver.onUi(() -> SwtDriver.findAll(dialog, Combo.class, c -> "revision.left".equals(c.getData("specsync.test.id"))).get(0));
		assertEquals("Working tree", driver.onUi(leftSide::getText), "the left side is the working tree unless chosen");
		Combo field = driver.onUi(() -> SwtDriver.findAll(dialog, Combo.class, c -> "revision".equals(c.getData("specsync.test.id"))).get(0));
		List<String> offered = driver.onUi(() -> List.of(field.getItems()));
		assertEquals("origin/main", offered.get(0), "the upstream first: " + offered);
		assertTrue(offered.contains("main"), offered::toString);
		assertEquals("origin/main", driver.onUi(field::getText));
		Button compareButton = driver.onUi(() -> SwtDriver.findAll(dialog, Button.class,
				b -> "Compare".equals(SwtDriver.stripMnemonic(b.getText()))).get(0));
		assertTrue(driver.onUi(compareButton::isEnabled));
		assertTrue(resolvedText(driver, dialog).startsWith("Remote-tracking branch origin/main at commit "), resolvedText(driver, dialog));

		driver.onUi(() -> {
			field.setText("v9");
			return null;
		});
		assertEquals("There is no branch, tag or commit named \"v9\" in this repository. Pick one from the list, or fetch"
				+ " first if it is on the remote.", resolvedText(driver, dialog));
		assertFalse(driver.onUi(compareButton::isEnabled), "nothing to compare with");
		driver.screenshot(dialog, "compare-with-revision-unknown");

		String head;
		try (Git git = Git.open(demo.toFile())) {
			head = git.getRepository().resolve("HEAD").name();
		}
		driver.onUi(() -> {
			field.setText(head);
			return null;
		});
		assertTrue(resolvedText(driver, dialog).startsWith("Commit " + head.substring(0, 10) + ": "), resolvedText(driver, dialog));
		assertTrue(driver.onUi(compareButton::isEnabled));
		driver.screenshot(dialog, "compare-with-revision");
		driver.click(compareButton);

		ComparePage view = window.compareView().await();
		assertEquals("Compare " + ROOT + " with " + head.substring(0, 10), view.summary());
		assertEquals(ours, view.localText());
		assertEquals(show(head + ":" + ROOT), view.remoteText(), "the commit's version on the right");
		assertFalse(view.visible("apply"), "nothing to apply when only comparing");
		String right = "Version on " + head.substring(0, 10);
		assertTrue(driver.onUi(() -> java.util.Arrays.stream(workbench.display().getShells())
				.anyMatch(sh -> !SwtDriver.findAll(sh, Label.class, l -> right.equals(l.getText())).isEmpty())),
				"the right side names the commit");
		window.screenshot("compare-with-revision-view");
		closeTheView();
	}

	private static String resolvedText(SwtDriver driver, Shell dialog) {
		return driver.onUi(() -> SwtDriver.findAll(dialog, Label.class,
				l -> "revision.resolved".equals(l.getData("specsync.test.id"))).get(0).getText());
	}

	@Test
	@Order(0)
	void compareWithRemoteShowsTheActiveDefinitionAgainstItsUpstreamWithoutResolveControls() throws Exception {
		window.explorer().open("demo", "Bookshop API", "Definition", "openapi.yaml");
		window.editor("openapi.yaml");
		ComparePage remote = window.compareWithRemote();
		assertEquals("Compare " + ROOT + " with origin/main", remote.summary());
		assertEquals(List.of("openapi.yaml  \u2014 ready"), remote.files());
		assertEquals(ours, remote.localText(), "the working tree's file on the left");
		assertEquals(show("refs/remotes/origin/main:" + ROOT), remote.remoteText(), "the upstream's on the right");
		assertTrue(remote.changes().stream().anyMatch(c -> c.startsWith("Breaking | openapi.yaml | GET /authors")), remote.changes()::toString);
		assertFalse(remote.visible("conflicts") || remote.visible("preview") || remote.visible("apply")
				|| remote.visible("keepLocalFile"), "no resolve controls when only comparing");
		assertTrue(remote.visible("next"));
		window.screenshot("compare-remote");
		closeTheView();
	}

	@Test
	@Order(1)
	void aConflictingPullOpensSideBySideWithTheChangesAndTheConflicts() throws Exception {
		try (GitWorkspace workspace = gitTracker.getService().open(demo)) {
			SyncResult pull = workspace.pull().call();
			assertEquals(SyncResult.Status.CONFLICTS, pull.status(), () -> pull.diagnostic().toString());
			assertEquals(List.of(ROOT), pull.conflicts());
		}
		compare = window.resolveConflicts();
		assertEquals(List.of("openapi.yaml  \u2014 2 open"), compare.files());
		assertTrue(compare.summary().contains("2 conflict(s) open in 1 file(s)"), compare.summary());
		assertEquals(ours, compare.localText(), "the left side is your committed version");
		String theirs = show("refs/remotes/origin/main:" + ROOT);
		assertEquals(theirs, compare.remoteText(), "the right side is the remote's version");

		List<String> changes = compare.changes();
		assertTrue(changes.stream().anyMatch(c -> c.startsWith("Breaking | ") && c.contains("/authors")),
				() -> "taking the remote file would remove your GET /authors, a breaking change: " + changes);
		assertTrue(changes.stream().anyMatch(c -> !c.startsWith("Breaking | ")), () -> "other changes are not marked: " + changes);

		List<String> conflicts = compare.conflicts();
		assertEquals(2, conflicts.size(), conflicts::toString);
		assertEquals("paths \u203a /books \u203a get \u203a parameters \u203a 0 \u203a schema \u203a default | 25 | 50 | Open", conflicts.get(0));
		assertEquals("components \u203a responses \u203a NotFound \u203a description | \"Nothing was found with this id.\" | "
				+ "\"No book or author has this id.\" | Open", conflicts.get(1));
		compare.awaitValidation("2 conflict(s) left to resolve");
		assertFalse(compare.enabled("apply"), "nothing to apply while conflicts are open");
		assertFalse(compare.enabled("commit"), "no commit while conflicts are open");
		java.util.Set<Character> mnemonics = new java.util.HashSet<>();
		for (String id : List.of("previous", "next", "keepLocalFile", "keepRemoteFile", "mergeByConflict", "keepLocal",
				"keepRemote", "keepBoth", "editValue", "apply", "commit")) {
			String label = compare.buttonText(id);
			int amp = label.indexOf('&');
			assertTrue(amp >= 0 && amp + 1 < label.length(), () -> label + " has a mnemonic");
			char key = Character.toLowerCase(label.charAt(amp + 1));
			assertTrue(mnemonics.add(Character.valueOf(key)), () -> label + ": its mnemonic is used once in the view");
			assertTrue("frwh".indexOf(key) < 0, () -> label + ": its mnemonic is not one of the menu bar's");
		}

		int localLine = lineOf(ours, "default: 25");
		int remoteLine = lineOf(theirs, "default: 50");
		assertTrue(compare.highlighted("local", localLine) && compare.highlighted("remote", remoteLine),
				"the conflicting lines are highlighted on both sides");
		assertFalse(compare.highlighted("local", 1), "unchanged lines are not");
		compare.select("conflicts", "NotFound");
		assertArrayEquals(new int[] { lineOf(ours, "Nothing was found"), lineOf(theirs, "No book or author") },
				compare.caretLines(), "selecting a conflict shows its line on both sides");
		compare.select("conflicts", "default");
		assertArrayEquals(new int[] { localLine, remoteLine }, compare.caretLines());
		window.screenshot("compare-conflict");

		String first = compare.position();
		compare.ctrlKey('.');
		assertFalse(first.equals(compare.position()), "Ctrl+. goes to the next difference: " + first);
		compare.click("previous");
		driverWait(() -> first.equals(compare.position()), "Previous Change goes back to " + first);
		compare.scrollLocal(40);
		int[] tops = compare.topLines();
		assertEquals(40, tops[0]);
		assertEquals(40 + 2, tops[1], "scrolling the local side scrolls the remote side to the same content (below their 2 new lines)");
	}

	@Test
	@Order(2)
	void keepingRemoteForOneConflictAndLocalForTheOtherAppliesAndStagesExactlyThat() throws Exception {
		compare.select("conflicts", "default");
		compare.click("keepRemote");
		driverWait(() -> compare.conflicts().get(0).endsWith("| Remote kept"), "the first conflict resolved");
		compare.awaitValidation("1 conflict(s) left");
		closeTheView();
		assertFalse(window.partTabs().contains("Resolve Conflicts"), window.partTabs()::toString);
		compare = window.resolveConflicts();
		driverWait(() -> compare.conflicts().size() == 2 && compare.conflicts().get(0).endsWith("| Remote kept"),
				"the choice kept in a new view (read from .git/specsync/merge)");
		compare.awaitValidation("1 conflict(s) left");
		compare.select("conflicts", "NotFound");
		compare.click("keepLocal");
		compare.awaitValidation("No conflicts left: ready to apply");
		assertTrue(compare.conflicts().get(1).endsWith("| Local kept"), compare.conflicts()::toString);

		String expected = ours.replace("default: 25 # one page", "default: 50 # one page").replace(
				"    description: Production\n",
				"    description: Production\n  - url: https://sandbox.bookshop.example/v1\n    description: Sandbox, reset every night\n");
		assertEquals(expected, compare.previewText(),
				"the preview is yours with the remote page size and their clean change, comments kept");
		assertTrue(compare.highlighted("preview", lineOf(expected, "default: 50"))
				&& compare.highlighted("preview", lineOf(expected, "sandbox.bookshop")), "what differs from yours is highlighted");
		assertFalse(compare.highlighted("preview", lineOf(expected, "Nothing was found")), "your kept line is not");
		assertEquals(List.of("openapi.yaml  \u2014 ready"), compare.files());
		assertTrue(compare.summary().contains("every conflict has a choice"), compare.summary());
		window.screenshot("compare-resolved");

		compare.click("apply");
		compare.awaitMessage("Commit the merge");
		assertEquals(expected, new String(Files.readAllBytes(demo.resolve(ROOT)), StandardCharsets.UTF_8),
				"the file on disk holds exactly the merged result");
		try (Git git = Git.open(demo.toFile())) {
			Status status = git.status().call();
			assertEquals(Set.of(), status.getConflicting(), "no conflict left for Git");
			assertTrue(status.getChanged().contains(ROOT), () -> "the file is staged: " + status.getChanged());
			assertFalse(status.getModified().contains(ROOT), "nothing unstaged in it");
			assertEquals(RepositoryState.MERGING_RESOLVED, git.getRepository().getRepositoryState());
			assertFalse(Files.exists(git.getRepository().getDirectory().toPath().resolve("specsync/merge"))
					&& Files.list(git.getRepository().getDirectory().toPath().resolve("specsync/merge")).findAny().isPresent(),
					"the stored choices are forgotten once applied");
		}
	}

	@Test
	@Order(3)
	void theMergeIsCommittedInTheViewAndPushedToTheRemote() throws Exception {
		compare.click("commit.message");
		String done = compare.awaitMessage("The merge is committed as");
		ObjectId merge;
		try (Git git = Git.open(demo.toFile())) {
			Repository repository = git.getRepository();
			merge = repository.resolve("HEAD");
			assertTrue(done.contains(merge.abbreviate(7).name()) && done.contains("main"), done);
			assertEquals(RepositoryState.SAFE, repository.getRepositoryState());
			assertTrue(git.status().call().isClean());
		}
		try (GitWorkspace workspace = gitTracker.getService().open(demo)) {
			PushResult push = workspace.push().call();
			assertNotNull(push);
		}
		try (Git remote = Git.open(demo.resolveSibling("demo-remote.git").toFile()); RevWalk walk = new RevWalk(remote.getRepository())) {
			RevCommit head = walk.parseCommit(remote.getRepository().resolve("refs/heads/main"));
			assertEquals(merge, head.getId(), "the remote's main is the merge commit");
			assertEquals(2, head.getParentCount());
			assertEquals(localCommit, head.getParent(0).getId(), "first parent: your commit");
			assertEquals(remoteCommit, head.getParent(1).getId(), "second parent: your teammate's");
			assertTrue(head.getFullMessage().startsWith("Merge"), head.getFullMessage());
			assertEquals("Alex Designer", head.getAuthorIdent().getName());
			try (var reader = remote.getRepository().newObjectReader();
					var tree = org.eclipse.jgit.treewalk.TreeWalk.forPath(remote.getRepository(), ROOT, head.getTree())) {
				String pushed = new String(reader.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
				assertTrue(pushed.contains("default: 50 # one page") && pushed.contains("Nothing was found with this id."),
						pushed);
			}
		}
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

	private static int lineOf(String text, String fragment) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(fragment)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line with " + fragment);
	}

	private static String show(String revisionAndPath) throws Exception {
		try (Git git = Git.open(demo.toFile())) {
			Repository repository = git.getRepository();
			return new String(repository.open(repository.resolve(revisionAndPath)).getBytes(), StandardCharsets.UTF_8);
		}
	}
}
