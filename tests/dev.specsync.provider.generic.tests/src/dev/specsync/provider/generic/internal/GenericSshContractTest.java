package dev.specsync.provider.generic.internal;

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
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.net.NetworkPreferences;
import dev.specsync.provider.Connection;
import dev.specsync.provider.Credentials;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.GitProvider;
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
		Path knownHosts = root.resolve("state/known_hosts");
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
}
