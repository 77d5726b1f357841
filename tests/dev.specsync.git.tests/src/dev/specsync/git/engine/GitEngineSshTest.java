package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.credentials.Credential;
import dev.specsync.git.credentials.GitCredentials;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.Servers;
import dev.specsync.git.testing.SshGitServer;
import dev.specsync.net.NetworkPreferences;

/**
 * SSH against a real sshd on loopback with an ed25519 host key: clone, fetch and push with a
 * passphrase-protected key (the passphrase from the credentials), a key the server does not know, an unknown
 * host key (refused with its fingerprint and the line that accepts it) and a changed one.
 */
class GitEngineSshTest {

	@TempDir
	Path tmp;

	private final String passphrase = "pp-" + HexFormat.of().formatHex(randomBytes());
	private SshGitServer server;
	private Path bare;
	private Path key;
	private Path knownHosts;
	private IEclipsePreferences preferences;

	private static byte[] randomBytes() {
		byte[] bytes = new byte[12];
		new Random().nextBytes(bytes);
		return bytes;
	}

	@BeforeEach
	void start() throws Exception {
		SshGitServer.assumeAvailable();
		Files.createDirectories(tmp.resolve("keys"));
		key = SshGitServer.keyPair(tmp.resolve("keys/id_ed25519"), passphrase);
		bare = Servers.bareRepository(tmp.resolve("server"), "orders", Engines.seed(tmp.resolve("seed")));
		server = SshGitServer.start(tmp.resolve("sshd"), tmp.resolve("keys/id_ed25519.pub"));
		knownHosts = tmp.resolve("state/known_hosts");
		preferences = InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE);
		preferences.put(NetworkPreferences.SSH_KNOWN_HOSTS, knownHosts.toString());
		preferences.flush();
	}

	@AfterEach
	void stop() throws Exception {
		if (preferences != null) {
			preferences.remove(NetworkPreferences.SSH_KNOWN_HOSTS);
			preferences.flush();
		}
		if (server != null) {
			server.close();
		}
	}

	private GitCredentials passphrase() {
		return uri -> Optional.of(new Credential("ssh-key", passphrase.toCharArray()));
	}

	private void acceptHostKey(String line) throws Exception {
		Files.createDirectories(knownHosts.getParent());
		Files.writeString(knownHosts, line + "\n");
	}

	@Test
	void cloneFetchAndPushWithAKeyWhosePassphraseComesFromTheCredentials() throws Exception {
		acceptHostKey(server.knownHostsLine());
		try (GitWorkspace alice = Engines.service().cloneRepository(server.url(bare), tmp.resolve("alice"))
				.setSshKey(key).setCredentials(passphrase()).call();
				GitWorkspace bob = Engines.service().cloneRepository(server.url(bare), tmp.resolve("bob"))
						.setSshKey(key).setCredentials(passphrase()).call()) {
			Files.writeString(alice.workTree().resolve("openapi.yaml"), "openapi: 3.1.1\n");
			alice.commit("Bump over SSH", Engines.AUTHOR).setAll(true).call();
			PushResult pushed = alice.push().setSshKey(key).setCredentials(passphrase()).call();
			assertTrue(pushed.accepted(), pushed.toString());
			bob.fetch().setSshKey(key).setCredentials(passphrase()).call();
			assertEquals("Bump over SSH\n", Git.ok(tmp.resolve("bob"), "log", "-1", "--format=%s", "origin/main"));
		}
		assertEquals("Bump over SSH\n", Git.ok(bare, "log", "-1", "--format=%s", "main"));
		assertEquals(server.knownHostsLine() + "\n", Files.readString(knownHosts), "the known hosts were not changed");
		assertFalse(Files.readString(tmp.resolve("alice/.git/config")).contains(passphrase));
	}

	@Test
	void aKeyTheServerDoesNotKnowIsRefused() throws Exception {
		acceptHostKey(server.knownHostsLine());
		Path other = SshGitServer.keyPair(tmp.resolve("keys/other"), "");
		GitOperationException e = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(server.url(bare), tmp.resolve("c")).setSshKey(other)
						.setCredentials(GitCredentials.NONE).call());
		assertEquals(Code.AUTHENTICATION, e.code());
		assertTrue(e.diagnostic().cause().contains("did not accept the SSH key"), e.diagnostic().cause());
		assertFalse(Files.exists(tmp.resolve("c/.git")));
	}

	@Test
	void aWrongPassphraseIsReportedAsAWrongPassphraseNotAsARefusedKey() throws Exception {
		acceptHostKey(server.knownHostsLine());
		String wrong = "not-" + passphrase;
		GitOperationException e = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(server.url(bare), tmp.resolve("c")).setSshKey(key)
						.setCredentials(uri -> Optional.of(new Credential("ssh-key", wrong.toCharArray()))).call());
		assertEquals(Code.AUTHENTICATION, e.code());
		String cause = e.diagnostic().cause();
		assertTrue(cause.contains("passphrase for the SSH key " + key) && cause.contains("is wrong"), cause);
		assertFalse(cause.contains("did not accept"), cause);
		assertTrue(e.diagnostic().fix().contains("passphrase again"), e.diagnostic().fix());
		assertFalse(e.getMessage().contains(wrong) || e.getMessage().contains(passphrase), "no passphrase in the message");
		assertFalse(Files.exists(tmp.resolve("c/.git")));
	}

	@Test
	void anUnknownHostKeyIsRefusedWithItsFingerprint() throws Exception {
		String fingerprint = SshGitServer.fingerprint(server.hostKey());
		GitOperationException e = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(server.url(bare), tmp.resolve("c")).setSshKey(key)
						.setCredentials(passphrase()).call());
		assertEquals(Code.AUTHENTICATION, e.code());
		String cause = e.diagnostic().cause();
		assertTrue(cause.contains("is unknown") && cause.contains(fingerprint) && cause.contains("did not connect"), cause);
		String fix = e.diagnostic().fix();
		assertTrue(fix.contains(knownHosts.toString()) && fix.contains(server.knownHostsLine()), fix);
		assertFalse(Files.exists(knownHosts), "nothing was accepted silently");
		assertFalse(Files.exists(tmp.resolve("c/.git")));
		assertFalse(server.log().contains("Accepted publickey"), "the key was not offered to an unverified server");
	}

	@Test
	void aChangedHostKeyIsRefusedLoudly() throws Exception {
		Path impostor = SshGitServer.keyPair(tmp.resolve("keys/old_host"), "");
		String[] old = Files.readString(impostor.resolveSibling("old_host.pub")).trim().split("\\s+");
		String oldLine = server.knownHostsLine().split(" ")[0] + " " + old[0] + " " + old[1];
		acceptHostKey(oldLine);
		GitOperationException e = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(server.url(bare), tmp.resolve("c")).setSshKey(key)
						.setCredentials(passphrase()).call());
		assertEquals(Code.AUTHENTICATION, e.code());
		String cause = e.diagnostic().cause();
		assertTrue(cause.startsWith("SpecSync could not") && cause.contains("WARNING") && cause.contains("CHANGED")
				&& cause.contains(SshGitServer.fingerprint(server.hostKey())), cause);
		assertTrue(e.diagnostic().fix().contains("Do not connect"), e.diagnostic().fix());
		assertEquals(oldLine + "\n", Files.readString(knownHosts), "the known key was kept");
	}
}
