package dev.specsync.provider.generic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.provider.AccountInfo;
import dev.specsync.provider.Branch;
import dev.specsync.provider.Connection;
import dev.specsync.provider.Credentials;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.ProgressMonitor;
import dev.specsync.provider.Result;
import dev.specsync.testing.gitserver.GitCli;
import dev.specsync.testing.gitserver.GitDaemon;
import dev.specsync.testing.gitserver.GitHttpServer;
import dev.specsync.provider.contract.RegisteredProviders;

/**
 * Each way a remote can fail, against real servers on loopback: the diagnostic names the cause, and no secret
 * leaks into a diagnostic or a file.
 */
class GenericFailuresTest {

	static final String TOKEN = "sst_Zx81mQ4pLs0dE7rT2yU6iO9aS3fG5hJk";

	@TempDir
	static Path root;
	static Path repos;
	static GitHttpServer http;
	static GitDaemon readOnlyDaemon;
	static GitProvider provider;

	@BeforeAll
	static void start() throws Exception {
		provider = RegisteredProviders.find(GenericFailuresTest.class, "generic");
		repos = Files.createDirectories(root.resolve("repos"));
		GitCli.createBareRepository(repos, "api.git", "develop");
		Files.createDirectories(repos.resolve("plain-folder"));
		readOnlyDaemon = GitDaemon.start(repos, false);
		http = GitHttpServer.start(repos, root.resolve("server"), "bob", TOKEN.toCharArray());
	}

	@AfterAll
	static void stop() {
		if (http != null) {
			http.close();
		}
		if (readOnlyDaemon != null) {
			readOnlyDaemon.close();
		}
	}

	private static Diagnostic checkFails(Connection connection, Diagnostic.Code expected) {
		Result<AccountInfo> result = provider.checkCredentials(connection, ProgressMonitor.none());
		assertEquals(Result.Status.FAILED, result.status(), result.toString());
		Diagnostic d = result.error().orElseThrow();
		assertEquals(expected, d.code(), d.message());
		assertFalse(d.message().contains(TOKEN), d.message());
		return d;
	}

	@Test
	void wrongTokenIsReportedAsTokenRejected() {
		Diagnostic d = checkFails(Connection.of(http.url("api.git"), Credentials.token("bob", "sst_not-the-token-0000".toCharArray())),
				Diagnostic.Code.AUTHENTICATION_FAILED);
		assertTrue(d.cause().contains("token rejected"), d.cause());
		assertTrue(d.cause().contains("127.0.0.1:" + http.port()), "names the host: " + d.cause());
	}

	@Test
	void wrongPasswordIsReportedAsSuch() {
		Diagnostic d = checkFails(Connection.of(http.url("api.git"), Credentials.usernamePassword("bob", "hunter2-wrong".toCharArray())),
				Diagnostic.Code.AUTHENTICATION_FAILED);
		assertTrue(d.cause().contains("password"), d.cause());
	}

	@Test
	void missingCredentialsAreAskedFor() {
		Diagnostic d = checkFails(Connection.anonymous(http.url("api.git")), Diagnostic.Code.AUTHENTICATION_FAILED);
		assertTrue(d.cause().contains("requires credentials"), d.cause());
	}

	@Test
	void goodTokenWithUsernamePasswordMethodAlsoWorks() {
		Result<AccountInfo> result = provider.checkCredentials(
				Connection.of(http.url("api.git"), Credentials.usernamePassword("bob", TOKEN.toCharArray())), ProgressMonitor.none());
		assertTrue(result.isOk(), result.toString());
		assertEquals("bob", result.value().orElseThrow().name());
	}

	@Test
	void unknownHostIsNamed() {
		Diagnostic d = checkFails(Connection.of("https://specsync-no-such-host.invalid/api.git",
				Credentials.token(null, TOKEN.toCharArray())), Diagnostic.Code.UNKNOWN_HOST);
		assertTrue(d.cause().contains("specsync-no-such-host.invalid"), d.cause());
	}

	@Test
	void refusedConnectionIsNamed() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		Diagnostic d = checkFails(Connection.of("http://127.0.0.1:" + port + "/git/api.git", Credentials.token("bob", TOKEN.toCharArray())),
				Diagnostic.Code.CONNECTION_REFUSED);
		assertTrue(d.cause().contains("127.0.0.1:" + port), d.cause());
	}

	@Test
	void folderThatIsNoRepositoryIsNamedOverHttpAndGit() {
		checkFails(Connection.of(http.url("plain-folder"), Credentials.token("bob", TOKEN.toCharArray())),
				Diagnostic.Code.NOT_A_REPOSITORY);
		checkFails(Connection.anonymous(readOnlyDaemon.url("plain-folder")), Diagnostic.Code.NOT_A_REPOSITORY);
	}

	@Test
	void serverThatRefusesPushesSaysSoWhenCreatingABranch() throws Exception {
		Result<Branch> result = provider.createBranch(Connection.anonymous(readOnlyDaemon.url("api.git")),
				readOnlyDaemon.url("api.git"), "feature/x", "main", ProgressMonitor.none());
		assertEquals(Result.Status.FAILED, result.status(), result.toString());
		assertEquals(Diagnostic.Code.PERMISSION_DENIED, result.error().orElseThrow().code(), result.toString());
		assertFalse(GitCli.branches(repos.resolve("api.git")).contains("feature/x"));
	}

	@Test
	void branchFromACommitIdThatIsNoTip() throws Exception {
		Path bare = repos.resolve("api.git");
		String first = GitCli.git(bare, "--git-dir=" + bare, "rev-parse", "main~1").strip();
		Connection connection = Connection.of(http.url("api.git"), Credentials.token("bob", TOKEN.toCharArray()));
		Result<Branch> result = provider.createBranch(connection, http.url("api.git"), "from-commit", first, ProgressMonitor.none());
		assertTrue(result.isOk(), result.toString());
		assertEquals(first, GitCli.commitOf(bare, "from-commit"));
		GitCli.git(bare, "--git-dir=" + bare, "fsck", "--no-progress");
	}

	@Test
	void malformedUrlIsInvalidInput() {
		checkFails(Connection.anonymous("https://"), Diagnostic.Code.INVALID_INPUT);
	}

	@Test
	void theTokenIsInNoFileTheOperationsWrote() throws IOException {
		Connection connection = Connection.of(http.url("api.git"), Credentials.token("bob", TOKEN.toCharArray()));
		assertTrue(provider.createBranch(connection, http.url("api.git"), "leak-check", "main", ProgressMonitor.none()).isOk());
		assertTrue(provider.checkCredentials(connection, ProgressMonitor.none()).isOk());
		byte[] token = TOKEN.getBytes(StandardCharsets.UTF_8);
		List<Path> leaking;
		try (Stream<Path> files = Files.walk(root)) {
			leaking = files.filter(Files::isRegularFile).filter(p -> contains(p, token)).toList();
		}
		assertEquals(List.of(), leaking, "files holding the token");
		assertFalse(connection.toString().contains(TOKEN));
	}

	private static boolean contains(Path file, byte[] needle) {
		try {
			byte[] data = Files.readAllBytes(file);
			outer: for (int i = 0; i + needle.length <= data.length; i++) {
				for (int k = 0; k < needle.length; k++) {
					if (data[i + k] != needle[k]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		} catch (IOException e) {
			return false; // sockets, vanished temporary files
		}
	}
}
