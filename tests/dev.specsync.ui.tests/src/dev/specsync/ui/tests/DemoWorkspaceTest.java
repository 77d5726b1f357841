package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.PullResult;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.demo.DemoWorkspace;

/** The demo workspace: a real repository whose branch has diverged from its real (bare, local) remote. */
class DemoWorkspaceTest {

	@TempDir
	Path state;

	@Test
	void theDemoIsARepositoryOneAheadAndOneBehindItsRemote() throws Exception {
		DemoWorkspace demo = DemoWorkspace.in(state.resolve("demo"));
		assertTrue(demo.create());
		try (Git git = Git.open(demo.folder().toFile())) {
			Repository repository = git.getRepository();
			assertEquals("main", repository.getBranch());
			BranchTrackingStatus tracking = BranchTrackingStatus.of(repository, "main");
			assertEquals("refs/remotes/origin/main", tracking.getRemoteTrackingBranch());
			assertEquals(1, tracking.getAheadCount(), "your commit is not pushed");
			assertEquals(1, tracking.getBehindCount(), "your teammate's commit is not merged");
			assertTrue(git.status().call().isClean(), "nothing uncommitted: a pull can start right away");
			List<String> authors = new ArrayList<>();
			for (RevCommit commit : git.log().call()) {
				authors.add(commit.getAuthorIdent().getName());
			}
			assertEquals(List.of("Alex Designer", "Alex Designer"), authors);
			assertEquals(demo.remote().toString(), repository.getConfig().getString("remote", "origin", "url"));
			assertEquals("Alex Designer", repository.getConfig().getString("user", null, "name"), "commits in the demo are yours");
		}
		try (Git remote = Git.open(demo.remote().toFile())) {
			assertTrue(remote.getRepository().isBare());
			assertEquals("Robin Teammate", remote.log().call().iterator().next().getAuthorIdent().getName());
		}
		for (String file : List.of("specsync.yaml", "specs/bookshop/openapi.yaml", "specs/bookshop/schemas/book.yaml",
				"collections/bookshop.postman_collection.json")) {
			assertTrue(Files.isRegularFile(demo.folder().resolve(file)), file);
		}
		assertFalse(Files.exists(state.resolve("demo.creating")), "no staging folder is left behind");
	}

	@Test
	void theHistoryIsTheSameOnEveryMachine() throws Exception {
		ObjectId first = head(DemoWorkspace.in(state.resolve("one")));
		ObjectId second = head(DemoWorkspace.in(state.resolve("two")));
		assertEquals(first, second, "fixed authors, dates and content give fixed commit ids");
	}

	private static ObjectId head(DemoWorkspace demo) throws Exception {
		demo.create();
		try (Git git = Git.open(demo.folder().toFile())) {
			return git.getRepository().resolve("HEAD");
		}
	}

	@Test
	void creatingAgainKeepsTheExistingDemoAndItsWork() throws Exception {
		DemoWorkspace demo = DemoWorkspace.in(state.resolve("demo"));
		demo.create();
		Path root = demo.folder().resolve("specs/bookshop/openapi.yaml");
		Files.writeString(root, Files.readString(root) + "# my unsaved idea\n");
		assertFalse(demo.create(), "a second start opens the existing demo");
		assertTrue(Files.readString(root).endsWith("# my unsaved idea\n"), "nothing of the user's is touched");
	}

	@Test
	void aFolderWithOtherFilesIsRefusedWithTheReason() throws Exception {
		Path folder = Files.createDirectories(state.resolve("demo"));
		Files.writeString(folder.resolve("notes.txt"), "mine");
		IOException refused = assertThrows(IOException.class, () -> DemoWorkspace.in(folder).create());
		assertTrue(refused.getMessage().contains(folder.toString()) && refused.getMessage().contains("SPECSYNC_STATE_HOME"),
				refused.getMessage());
		assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
	}

	@Test
	void pullingConflictsOnThePageSizeAndTheNotFoundMessageAndMergesEverythingElse() throws Exception {
		DemoWorkspace demo = DemoWorkspace.in(state.resolve("demo"));
		demo.create();
		try (Git git = Git.open(demo.folder().toFile())) {
			PullResult pull = git.pull().call();
			MergeResult merge = pull.getMergeResult();
			assertEquals(MergeResult.MergeStatus.CONFLICTING, merge.getMergeStatus());
			assertEquals(Set.of("specs/bookshop/openapi.yaml"), merge.getConflicts().keySet());
			String root = Files.readString(demo.folder().resolve("specs/bookshop/openapi.yaml"));
			assertTrue(root.contains("default: 25") && root.contains("default: 50") && root.contains("<<<<<<<"), root);
			assertTrue(root.contains("Nothing was found with this id.") && root.contains("No book or author has this id."), root);
			assertEquals(2, root.split("<<<<<<<", -1).length - 1, "two separate conflicts: " + root);
			assertTrue(root.contains("url: https://sandbox.bookshop.example/v1"), "their new server merged cleanly");
			assertTrue(root.contains("version: 1.3.0") && root.contains("listAuthors"), "your other changes are kept");
			assertTrue(Files.readString(demo.folder().resolve("specs/bookshop/schemas/book.yaml")).contains("isbn"),
					"the teammate's schema change merged cleanly");
			assertTrue(Files.readString(demo.folder().resolve("specs/bookshop/schemas/author.yaml")).contains("born"));
		}
	}
}
