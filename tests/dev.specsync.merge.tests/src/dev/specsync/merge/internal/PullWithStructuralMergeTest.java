package dev.specsync.merge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.SyncResult;

/**
 * A pull through the Git engine, with the product's services as they run: edits to neighbouring lines of
 * an API definition, which Git's line merge reports as a conflict, are merged on the structure and
 * committed; a real conflict still stops with Git's conflict state and can be undone.
 */
class PullWithStructuralMergeTest {
	private static final String BASE = """
			openapi: 3.0.3
			info:
			  title: Orders # the team's API
			  version: 1.0.0
			paths:
			  /orders:
			    get:
			      summary: List orders
			      operationId: listOrders
			      responses:
			        '200':
			          description: OK
			""";
	private static final Author ALICE = new Author("Alice", "alice@example.invalid");

	private static GitService git;

	@TempDir
	Path tmp;

	@BeforeAll
	static void findEngine() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(PullWithStructuralMergeTest.class).getBundleContext();
		ServiceTracker<GitService, GitService> tracker = new ServiceTracker<>(context, GitService.class, null);
		tracker.open();
		git = tracker.waitForService(10_000);
		assertNotNull(git, "no GitService");
	}

	/** A bare remote holding BASE, Alice's clone through the engine, and Bob who pushes with the git CLI. */
	private GitWorkspace aliceAfterBobPushed(String bobsVersion) throws Exception {
		Path seed = Files.createDirectories(tmp.resolve("seed"));
		cli(seed, "init", "-q", "-b", "main");
		Files.writeString(seed.resolve("openapi.yaml"), BASE);
		cli(seed, "add", ".");
		cli(seed, "commit", "-q", "-m", "Orders API");
		cli(tmp, "clone", "-q", "--bare", seed.toString(), "remote.git");
		String url = tmp.resolve("remote.git").toUri().toString();

		GitWorkspace alice = git.cloneRepository(url, tmp.resolve("alice")).call();
		cli(tmp, "clone", "-q", url, "bob");
		Files.writeString(tmp.resolve("bob/openapi.yaml"), bobsVersion);
		cli(tmp.resolve("bob"), "commit", "-q", "-am", "Bob's edit");
		cli(tmp.resolve("bob"), "push", "-q", "origin", "main");
		return alice;
	}

	@Test
	void neighbouringEditsThatGitCallsAConflictAreMergedAndCommitted() throws Exception {
		try (GitWorkspace alice = aliceAfterBobPushed(BASE.replace("operationId: listOrders", "operationId: getOrders"))) {
			Path file = alice.workTree().resolve("openapi.yaml");
			Files.writeString(file, BASE.replace("summary: List orders", "summary: List all orders"));
			alice.commit("Alice's edit", ALICE).setAll(true).call();

			SyncResult pulled = alice.pull().call();

			assertEquals(SyncResult.Status.MERGED, pulled.status(), pulled.toString());
			assertEquals(List.of("openapi.yaml"), pulled.resolvedByHook());
			assertEquals(BASE.replace("summary: List orders", "summary: List all orders")
					.replace("operationId: listOrders", "operationId: getOrders"), Files.readString(file));
			Path dir = alice.workTree();
			assertEquals("", cli(dir, "status", "--porcelain"));
			assertEquals(3, cli(dir, "rev-list", "--parents", "-n", "1", "HEAD").trim().split(" ").length,
					"HEAD is a merge commit of Alice's and Bob's commits");
			// Git's own line merge would have stopped here: the proof that the hook did the work.
			assertTrue(lineMergeConflicts(dir), "git merge-file merges these edits without a conflict; the test proves nothing");
		}
	}

	@Test
	void aRealConflictStopsWithGitsConflictStateAndCanBeUndone() throws Exception {
		try (GitWorkspace alice = aliceAfterBobPushed(BASE.replace("summary: List orders", "summary: Orders of a shop"))) {
			Path file = alice.workTree().resolve("openapi.yaml");
			String mine = BASE.replace("summary: List orders", "summary: List all orders");
			Files.writeString(file, mine);
			alice.commit("Alice's edit", ALICE).setAll(true).call();

			SyncResult pulled = alice.pull().call();

			assertEquals(SyncResult.Status.CONFLICTS, pulled.status());
			assertEquals(List.of("openapi.yaml"), pulled.conflicts());
			assertTrue(cli(alice.workTree(), "status", "--porcelain").contains("UU openapi.yaml"));
			assertTrue(alice.undoLastSync().isPresent());
			assertEquals(mine, Files.readString(file));
			assertEquals("", cli(alice.workTree(), "status", "--porcelain"));
		}
	}

	/** Whether git merge-file conflicts on base / ours (HEAD^1) / theirs (HEAD^2) of the merge commit. */
	private boolean lineMergeConflicts(Path dir) throws Exception {
		Path work = Files.createDirectories(tmp.resolve("merge-file"));
		Files.writeString(work.resolve("base"), BASE);
		Files.writeString(work.resolve("ours"), cli(dir, "show", "HEAD^1:openapi.yaml"));
		Files.writeString(work.resolve("theirs"), cli(dir, "show", "HEAD^2:openapi.yaml"));
		Process p = new ProcessBuilder("git", "merge-file", "-p", "ours", "base", "theirs").directory(work.toFile())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		return p.exitValue() > 0;
	}

	private static String cli(Path dir, String... args) throws Exception {
		List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Bob", "-c", "user.email=bob@example.invalid"));
		cmd.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
		pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		pb.environment().put("HOME", dir.toString());
		Process p = pb.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), () -> "git " + String.join(" ", args) + ": " + output);
		return output;
	}
}
