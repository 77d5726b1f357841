package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.git.SnapshotService;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.GitDaemon;
import dev.specsync.git.testing.Servers;
import dev.specsync.git.testing.TestRepo;

/**
 * What a fetch offers the server as commits it already has ("have" lines, seen in the server's packet trace):
 * the local branches, never the commits of snapshots (refs/specsync/snapshots/), which the server cannot know
 * and had to look up one by one; and the repository's config file is not changed by it.
 */
class FetchNegotiationTest {

	@TempDir
	Path tmp;

	private GitDaemon daemon;

	@BeforeEach
	void startServer() {
		Path root = tmp.resolve("server");
		Servers.bareRepository(root, "orders", Engines.seed(tmp.resolve("seed")));
		daemon = GitDaemon.startTracingPackets(root);
	}

	@AfterEach
	void stopServer() {
		daemon.close();
	}

	@Test
	void snapshotCommitsAreNotOfferedToTheServer() throws Exception {
		Path other = tmp.resolve("other");
		Git.ok(tmp, "clone", "-q", daemon.url("orders"), other.toString());
		try (GitWorkspace ws = Engines.service().cloneRepository(daemon.url("orders"), tmp.resolve("c")).call()) {
			Path work = ws.workTree();
			// a local commit on main, and a newer local-only commit under the snapshot namespace
			TestRepo.init(work).write("notes.txt", "local edit\n").commitAll("local work");
			String local = Git.ok(work, "rev-parse", "HEAD").strip();
			String tree = Git.ok(work, "rev-parse", "HEAD^{tree}").strip();
			String snapshot = Git.ok(work, "commit-tree", tree, "-p", local, "-m", "snapshot").strip();
			Git.ok(work, "update-ref", SnapshotService.REF_PREFIX + "test", snapshot);
			byte[] config = Files.readAllBytes(work.resolve(".git/config"));

			TestRepo.init(other).write("openapi.yaml", "openapi: 3.1.1\n").commitAll("bob's change");
			Git.ok(other, "push", "-q", "origin", "main");
			FetchResult fetched = ws.fetch().call();

			assertEquals(List.of("refs/remotes/origin/main"), fetched.updatedRefs());
			assertEquals(Git.ok(other, "rev-parse", "HEAD"), Git.ok(work, "rev-parse", "origin/main"));
			String packets = daemon.packets();
			assertTrue(packets.contains("have " + local), packets);
			assertFalse(packets.contains(snapshot), packets);
			assertEquals(new String(config), new String(Files.readAllBytes(work.resolve(".git/config"))));
			assertEquals("", Git.ok(work, "fsck", "--no-dangling", "--no-progress"));
		}
	}
}
