package dev.specsync.credentials.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.git.Diagnostic;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.credentials.Credential;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.testing.gitserver.GitCli;
import dev.specsync.testing.gitserver.GitHttpServer;

/**
 * The accounts in secure storage as the Git engine sees them: which account a remote URL gets, and a clone
 * over smart HTTP with Basic auth (nginx + git http-backend on loopback) signed in with the stored token only.
 */
class StoredGitCredentialsTest {

	private static final String TOKEN = "ghp_St0r3dT0k3nF0rTh3HttpT3st";

	@TempDir
	Path tmp;

	private SecureStorageCredentialStore store;
	private StoredGitCredentials credentials;

	@BeforeEach
	void open() throws Exception {
		store = SecureStorageCredentialStore.open(tmp.resolve("secure_storage"), "master".toCharArray());
		credentials = new StoredGitCredentials(store);
	}

	@Test
	void aRemoteGetsTheAccountOfItsHostAndPortOrTheOneItsUrlNames() throws Exception {
		store.store("git.example.com:8443", "alice", "a-token".toCharArray());
		Credential alice = credentials.lookup("https://git.example.com:8443/team/api.git").orElseThrow();
		assertEquals("alice", alice.username());
		assertEquals("a-token", new String(alice.secret()));
		assertTrue(credentials.lookup("https://git.example.com/team/api.git").isEmpty(), "another port is another server");
		assertTrue(credentials.lookup("https://other.example.com:8443/team/api.git").isEmpty());

		store.store("git.example.com:8443", "bob", "b-token".toCharArray());
		assertTrue(credentials.lookup("https://git.example.com:8443/team/api.git").isEmpty(),
				"with two accounts and none named, no account is guessed");
		assertEquals("bob", credentials.lookup("https://bob@git.example.com:8443/team/api.git").orElseThrow().username());
		assertTrue(credentials.lookup("not a url").isEmpty());
	}

	@Test
	void aCloneOverHttpSignsInWithTheStoredTokenAndWritesItNowhere() throws Exception {
		Path repos = Files.createDirectories(tmp.resolve("repos"));
		GitCli.createBareRepository(repos, "api.git");
		try (GitHttpServer server = GitHttpServer.start(repos, tmp.resolve("server"), "alice", TOKEN.toCharArray())) {
			GitService git = gitService();
			String url = server.url("api.git");

			GitOperationException refused = assertThrows(GitOperationException.class,
					() -> git.cloneRepository(url, tmp.resolve("refused")).setCredentials(credentials).call());
			assertEquals(Diagnostic.Code.AUTHENTICATION, refused.code(), refused.getMessage());

			store.store("127.0.0.1:" + server.port(), "alice", TOKEN.toCharArray());
			try (GitWorkspace clone = git.cloneRepository(url, tmp.resolve("clone")).setCredentials(credentials).call()) {
				assertTrue(Files.readString(clone.workTree().resolve("openapi.yaml")).contains("version: 1.1.0"));
			}
			assertEquals(Optional.empty(), filesContaining(tmp.resolve("clone"), TOKEN));
			assertFalse(Files.readString(tmp.resolve("clone/.git/config")).contains("alice@"), "no user in the remote URL");
		}
	}

	private static Optional<Path> filesContaining(Path root, String secret) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).filter(f -> {
				try {
					return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(secret);
				} catch (IOException e) {
					return true;
				}
			}).findFirst();
		}
	}

	private static GitService gitService() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(StoredGitCredentialsTest.class).getBundleContext();
		ServiceTracker<GitService, GitService> tracker = new ServiceTracker<>(context, GitService.class, null);
		tracker.open();
		GitService git = tracker.waitForService(10_000);
		assertNotNull(git, "no GitService");
		return git;
	}
}
