package dev.specsync.ui.connect.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.workspace.ApiStatus;
import dev.specsync.workspace.ManifestFile;
import dev.specsync.workspace.WorkspaceManifest;

/** Connect and Disconnect on a real repository and a real bare remote. */
class RepositoryConnectorTest {

	@TempDir
	Path temp;
	private Path work;
	private Path bare;
	private String head;

	@BeforeEach
	void repositories() throws Exception {
		work = temp.resolve("work");
		bare = temp.resolve("remote.git");
		try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
			Files.createDirectories(work.resolve("specs/pets"));
			Files.writeString(work.resolve("specs/pets/openapi.yaml"), "openapi: 3.0.3\n");
			git.add().addFilepattern(".").call();
			head = git.commit().setMessage("first").setAuthor("A", "a@example.com").setCommitter("A", "a@example.com").call().name();
		}
		Git.init().setDirectory(bare.toFile()).setBare(true).call().close();
	}

	private ConnectionSettings settings(String url) {
		return new ConnectionSettings("local", "NONE", url, "", "main", "pets", "Pets API",
				Path.of("specs/pets/openapi.yaml"), Path.of("specs/pets"), Path.of("collections"));
	}

	@Test
	void connectSetsTheRemoteTheUpstreamTheProviderAndTheManifest() throws Exception {
		List<String> done = new RepositoryConnector(work).connect(settings(bare.toString()));
		assertTrue(done.stream().anyMatch(d -> d.contains("Remote origin set to " + bare)), done::toString);
		assertTrue(done.stream().anyMatch(d -> d.contains("main now tracks origin/main")), done::toString);
		try (Git git = Git.open(work.toFile())) {
			StoredConfig config = git.getRepository().getConfig();
			assertEquals(bare.toString(), config.getString("remote", "origin", "url"));
			assertEquals("+refs/heads/*:refs/remotes/origin/*", config.getString("remote", "origin", "fetch"));
			assertEquals("origin", config.getString("branch", "main", "remote"));
			assertEquals("refs/heads/main", config.getString("branch", "main", "merge"));
			assertEquals("local", config.getString("specsync", "connection", "provider"));
			assertEquals("pets", config.getString("specsync", "connection", "api"));
			// the remote works: a push with the configured remote reaches the bare repository
			git.push().setRemote("origin").add("main").call();
		}
		try (Git remote = Git.open(bare.toFile())) {
			assertEquals(head, remote.getRepository().exactRef(Constants.R_HEADS + "main").getObjectId().name());
		}
		WorkspaceManifest manifest = ManifestFile.load(work).manifest();
		assertEquals("Pets API", manifest.api("pets").orElseThrow().name());
		assertEquals(Path.of("specs/pets/openapi.yaml"), manifest.api("pets").orElseThrow().rootFile());
		assertEquals(new RepositoryConnector.StoredConnection("local", bare.toString(), "", "pets", "main"),
				new RepositoryConnector(work).current().orElseThrow());
	}

	@Test
	void connectingAgainWithTheSameApiLeavesTheManifestByteForByte() throws Exception {
		Files.writeString(work.resolve("specsync.yaml"), """
				# our manifest, with a comment that must survive
				version: 1
				apis:
				  - id: pets
				    name: Pets API
				    root: specs/pets/openapi.yaml   # root
				    schemas: specs/pets/
				    collections: collections/
				    status: In Production
				""");
		byte[] before = Files.readAllBytes(work.resolve("specsync.yaml"));
		List<String> done = new RepositoryConnector(work).connect(settings(bare.toString()));
		assertArrayEquals(before, Files.readAllBytes(work.resolve("specsync.yaml")), "an unchanged API writes no byte");
		assertFalse(done.stream().anyMatch(d -> d.contains("specsync.yaml")), done::toString);
	}

	@Test
	void changingTheRootKeepsTheStatusAndTheOtherLines() throws Exception {
		Files.writeString(work.resolve("specsync.yaml"), """
				# our manifest, with a comment that must survive
				version: 1
				apis:
				  - id: pets
				    name: Pets API
				    schemas: specs/pets/
				    collections: collections/
				    status: In Production
				""");
		new RepositoryConnector(work).connect(settings(bare.toString()));
		String text = Files.readString(work.resolve("specsync.yaml"), StandardCharsets.UTF_8);
		assertTrue(text.startsWith("# our manifest, with a comment that must survive\n"), text);
		WorkspaceManifest manifest = ManifestFile.load(work).manifest();
		assertEquals(ApiStatus.IN_PRODUCTION, manifest.api("pets").orElseThrow().status(), text);
		assertEquals(Path.of("specs/pets/openapi.yaml"), manifest.api("pets").orElseThrow().rootFile(), text);
	}

	@Test
	void aUrlWithAPasswordIsRefusedAndNothingIsWritten() throws Exception {
		assertThrows(IllegalArgumentException.class,
				() -> new RepositoryConnector(work).connect(settings("https://bob:hunter2@git.example.com/a.git")));
		String config = Files.readString(work.resolve(".git/config"));
		assertFalse(config.contains("hunter2"), config);
		assertFalse(Files.exists(work.resolve("specsync.yaml")));
	}

	@Test
	void disconnectRemovesTheRemoteAndTheConnectionButKeepsFilesManifestAndHistory() throws Exception {
		RepositoryConnector connector = new RepositoryConnector(work);
		connector.connect(settings(bare.toString()));
		byte[] manifest = Files.readAllBytes(work.resolve("specsync.yaml"));
		List<String> done = connector.disconnect();
		assertEquals(3, done.size(), done::toString);
		assertTrue(done.get(0).contains("Removed the remote origin (" + bare + ")"), done::toString);
		try (Git git = Git.open(work.toFile())) {
			StoredConfig config = git.getRepository().getConfig();
			assertNull(config.getString("remote", "origin", "url"));
			assertNull(config.getString("branch", "main", "remote"));
			assertTrue(config.getNames("specsync", "connection").isEmpty());
			assertEquals(head, git.getRepository().resolve("main").name(), "the history stays");
		}
		assertArrayEquals(manifest, Files.readAllBytes(work.resolve("specsync.yaml")));
		assertTrue(Files.exists(work.resolve("specs/pets/openapi.yaml")));
		assertTrue(connector.current().isEmpty());
		assertEquals(List.of(), connector.disconnect(), "nothing left to remove");
	}

	@Test
	void aFolderWithoutRepositoryIsNamedWithTheFix() throws Exception {
		Path plain = Files.createDirectories(temp.resolve("plain"));
		var error = assertThrows(java.io.IOException.class, () -> new RepositoryConnector(plain).connect(settings(bare.toString())));
		assertTrue(error.getMessage().contains("is not a Git working tree") && error.getMessage().contains("git init"),
				error.getMessage());
	}

	@Test
	void apiIdsAreMadeFromNamesAndReusedForExistingApis() throws Exception {
		assertEquals("bookshop-api", ApiChoice.idOf("Bookshop API"));
		assertEquals("api", ApiChoice.idOf("---"));
		Files.writeString(work.resolve("specsync.yaml"), "version: 1\napis:\n  - id: shop\n    name: Bookshop API\n");
		WorkspaceManifest manifest = ManifestFile.load(work).manifest();
		ApiChoice choice = ApiChoice.propose("work", manifest, null, "main", "specs/{api}", "collections");
		assertEquals("Bookshop API", choice.name());
		assertEquals("specs/shop", choice.schemaDirectory());
		assertEquals("shop", choice.idFor("Bookshop API"));
		assertEquals("orders", choice.idFor("Orders"));
		ApiChoice empty = ApiChoice.propose("My Folder", WorkspaceManifest.empty(), null, "", "apis/{api}/spec", "postman");
		assertEquals("apis/my-folder/spec", empty.schemaDirectory());
		assertEquals("postman", empty.collectionDirectory());
	}
}
