package dev.specsync.provider.generic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.net.NetworkPreferences;
import dev.specsync.provider.AccountInfo;
import dev.specsync.provider.Connection;
import dev.specsync.provider.Credentials;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.ProgressMonitor;
import dev.specsync.provider.Result;
import dev.specsync.provider.contract.BadCredential;
import dev.specsync.provider.contract.GitProviderContract;
import dev.specsync.provider.contract.RegisteredProviders;
import dev.specsync.testing.gitserver.GitCli;
import dev.specsync.testing.gitserver.SshServer;

/**
 * The provider contract for {@code generic} over {@code ssh://} against a real sshd on loopback, with the
 * {@link dev.specsync.provider.AuthMethod#SSH_KEY SSH_KEY} method: a passphrase-protected ed25519 key file whose
 * passphrase is the connection's secret, the server's host key accepted in the known hosts file of the network
 * settings. The bad credential is a key the server does not know.
 */
class GenericSshContractTest extends GitProviderContract {

	@TempDir
	static Path root;
	static Path bare;
	static Path key;
	static Path strangerKey;
	static String passphrase;
	static SshServer server;
	static GitProvider provider;
	static IEclipsePreferences preferences;
	static Path knownHosts;

	@BeforeAll
	static void startSshd() throws Exception {
		SshServer.assumeAvailable();
		provider = RegisteredProviders.find(GenericSshContractTest.class, "generic");
		byte[] random = new byte[12];
		new Random().nextBytes(random);
		passphrase = "pp-" + HexFormat.of().formatHex(random);
		Path keys = Files.createDirectories(root.resolve("keys"));
		key = SshServer.keyPair(keys.resolve("id_ed25519"), passphrase);
		strangerKey = SshServer.keyPair(keys.resolve("stranger"), "");
		Path repos = Files.createDirectories(root.resolve("repos"));
		bare = GitCli.createBareRepository(repos, "api.git", "develop");
		server = SshServer.start(root.resolve("sshd"), keys.resolve("id_ed25519.pub"));
		knownHosts = root.resolve("state/known_hosts");
		Files.createDirectories(knownHosts.getParent());
		Files.writeString(knownHosts, server.knownHostsLine() + "\n");
		preferences = InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE);
		preferences.put(NetworkPreferences.SSH_KNOWN_HOSTS, knownHosts.toString());
		preferences.flush();
	}

	@AfterAll
	static void stopSshd() throws Exception {
		if (preferences != null) {
			preferences.remove(NetworkPreferences.SSH_KNOWN_HOSTS);
			preferences.flush();
		}
		if (server != null) {
			server.close();
		}
	}

	@Override
	protected GitProvider provider() {
		return provider;
	}

	@Override
	protected Connection connection() {
		return Connection.of(server.url(bare), Credentials.sshKey(null, key.toString(), passphrase.toCharArray()));
	}

	@Override
	protected Optional<BadCredential> badCredential() {
		return Optional.of(new BadCredential(
				Connection.of(server.url(bare), Credentials.sshKey(null, strangerKey.toString(), null)),
				Diagnostic.Code.AUTHENTICATION_FAILED));
	}

	@Override
	protected Set<String> secrets() {
		return Set.of(passphrase);
	}

	@Override
	protected String repositoryUrl() {
		return server.url(bare);
	}

	@Override
	protected String missingRepositoryUrl() {
		return server.url(bare.resolveSibling("missing.git"));
	}

	@Override
	protected Set<String> expectedBranches() {
		return Set.of("main", "develop");
	}

	@Override
	protected String expectedDefaultBranch() {
		return "main";
	}

	@Override
	protected Set<String> branchesSeenByGit() throws Exception {
		return GitCli.branches(bare);
	}

	@Override
	protected List<String> recognizedUrls() {
		return List.of(server.url(bare), "ssh://git@git.example.com/team/api.git");
	}

	@Override
	protected List<String> unrecognizedUrls() {
		return List.of("/srv/git/api.git");
	}

	// ---------------------------------------------------------------- SSH specifics beyond the contract

	private static Diagnostic failure(Result<AccountInfo> result) {
		assertEquals(Result.Status.FAILED, result.status(), result::toString);
		Diagnostic error = result.error().orElseThrow();
		assertFalse(error.message().contains(passphrase), "the passphrase is in no message");
		assertFalse(error.message().contains("Exception"), () -> "no raw exception text: " + error.message());
		assertFalse(error.message().contains("''"), () -> "apostrophes are not doubled (texts used without NLS.bind): " + error.message());
		return error;
	}

	@Test
	void theAccountIsTheSshUser() {
		Result<AccountInfo> result = provider.checkCredentials(connection(), ProgressMonitor.none());
		assertEquals(System.getProperty("user.name"), result.value().orElseThrow().name(), result::toString);
	}

	@Test
	void aWrongPassphraseIsRejected() {
		Diagnostic error = failure(provider.checkCredentials(
				Connection.of(server.url(bare), Credentials.sshKey(null, key.toString(), "not-the-passphrase".toCharArray())),
				ProgressMonitor.none()));
		System.out.println("wrong passphrase: " + error.message());
		assertEquals(Diagnostic.Code.AUTHENTICATION_FAILED, error.code(), error::message);
	}

	@Test
	void aMissingKeyFileIsNamedBeforeConnecting() {
		Path missing = root.resolve("keys/nothing-here");
		Diagnostic error = failure(provider.checkCredentials(
				Connection.of(server.url(bare), Credentials.sshKey(null, missing.toString(), null)), ProgressMonitor.none()));
		assertEquals(Diagnostic.Code.INVALID_INPUT, error.code(), error::message);
		assertTrue(error.cause().contains(missing.toString()), error::message);
	}

	@Test
	void anUnknownHostKeyIsRefusedAndNothingIsAccepted() throws Exception {
		Path empty = root.resolve("state/empty_known_hosts");
		preferences.put(NetworkPreferences.SSH_KNOWN_HOSTS, empty.toString());
		preferences.flush();
		try {
			Diagnostic error = failure(provider.checkCredentials(connection(), ProgressMonitor.none()));
			System.out.println("unknown host key: " + error.message());
			assertEquals(Diagnostic.Code.AUTHENTICATION_FAILED, error.code(), error::message);
			assertTrue(error.cause().contains("unknown"), error::message);
			assertTrue(error.fix().contains(server.knownHostsLine()), () -> "the fix gives the line that accepts the key: " + error.fix());
			assertFalse(Files.exists(empty), "nothing was accepted silently");
		} finally {
			preferences.put(NetworkPreferences.SSH_KNOWN_HOSTS, knownHosts.toString());
			preferences.flush();
		}
	}
}
