package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.credentials.GitCredentials;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.HttpGitServer;
import dev.specsync.git.testing.Servers;
import dev.specsync.git.testing.TestCertificates;
import dev.specsync.net.NetworkPreferences;
import dev.specsync.net.NetworkSettings;

/**
 * HTTPS against nginx with a server certificate from a certificate authority made by the test (an
 * enterprise server): refused with the certificate's subject and issuer and the folder to add the authority
 * to while it is unknown, working for clone, fetch and push once the user adds it, refused for a host name
 * the certificate does not name, and the token written nowhere.
 */
class GitEngineHttpsTest {

	@TempDir
	Path tmp;

	private final String token = "sst_" + HexFormat.of().formatHex(randomBytes());
	private TestCertificates certificates;
	private HttpGitServer server;
	private Path trusted;
	private IEclipsePreferences preferences;

	private static byte[] randomBytes() {
		byte[] bytes = new byte[20];
		new Random().nextBytes(bytes);
		return bytes;
	}

	@BeforeEach
	void start() throws Exception {
		HttpGitServer.assumeAvailable();
		certificates = TestCertificates.create(tmp.resolve("pki"));
		Path root = tmp.resolve("server");
		Servers.bareRepository(root, "orders", Engines.seed(tmp.resolve("seed")));
		server = HttpGitServer.startHttps(root, tmp.resolve("https"), token, certificates);
		trusted = tmp.resolve("user-certificates");
		preferences = InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE);
		preferences.put(NetworkPreferences.TRUST_USER_FOLDER, trusted.toString());
		preferences.flush();
	}

	@AfterEach
	void stop() throws Exception {
		if (server != null) {
			server.close();
		}
		if (preferences != null) {
			preferences.remove(NetworkPreferences.TRUST_USER_FOLDER);
			preferences.flush();
		}
	}

	private static NetworkSettings settings() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(GitEngineHttpsTest.class).getBundleContext();
		ServiceTracker<NetworkSettings, NetworkSettings> tracker = new ServiceTracker<>(context, NetworkSettings.class, null);
		tracker.open();
		try {
			NetworkSettings settings = tracker.waitForService(10_000);
			assertNotNull(settings, "the NetworkSettings service is registered");
			return settings;
		} finally {
			tracker.close();
		}
	}

	private void trustTheAuthority() throws Exception {
		Files.createDirectories(trusted);
		Files.copy(certificates.authority(), trusted.resolve("enterprise-ca.pem"));
	}

	@Test
	void anUnknownAuthorityIsRefusedNamingTheCertificateAndTheFix() throws Exception {
		assertEquals(trusted, settings().userCertificates(), "the preference names the user's certificate folder");
		GitOperationException e = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(server.url("orders"), tmp.resolve("c"))
						.setCredentials(Engines.token(token)).call());
		assertEquals(Code.NETWORK, e.code());
		String cause = e.diagnostic().cause();
		assertTrue(cause.contains("is not trusted"), cause);
		assertTrue(cause.contains("subject \"" + TestCertificates.SERVER_SUBJECT + "\""), cause);
		assertTrue(cause.contains("issued by \"" + TestCertificates.CA_SUBJECT + "\""), cause);
		assertTrue(cause.contains(server.url("orders")), cause);
		String fix = e.diagnostic().fix();
		assertTrue(fix.contains("Preferences > Network > Certificates") && fix.contains(trusted.toString()), fix);
		assertFalse(Files.exists(tmp.resolve("c/.git")), "a refused clone leaves no repository");
		assertFalse(Files.readString(server.state().resolve("access.log")).contains("git-upload-pack"),
				"nothing reached the server's Git backend");
	}

	@Test
	void withTheAuthorityAddedCloneFetchAndPushWork() throws Exception {
		GitCredentials credentials = Engines.token(token);
		assertThrows(GitOperationException.class, () -> Engines.service()
				.cloneRepository(server.url("orders"), tmp.resolve("before")).setCredentials(credentials).call());
		trustTheAuthority();
		try (GitWorkspace alice = Engines.service().cloneRepository(server.url("orders"), tmp.resolve("alice"))
				.setCredentials(credentials).call();
				GitWorkspace bob = Engines.service().cloneRepository(server.url("orders"), tmp.resolve("bob"))
						.setCredentials(credentials).call()) {
			Files.writeString(alice.workTree().resolve("openapi.yaml"), "openapi: 3.1.1\n");
			alice.commit("Bump over HTTPS", Engines.AUTHOR).setAll(true).call();
			PushResult pushed = alice.push().setCredentials(credentials).call();
			assertTrue(pushed.accepted(), pushed.toString());
			bob.fetch().setCredentials(credentials).call();
			assertEquals("Bump over HTTPS\n", Git.ok(tmp.resolve("bob"), "log", "-1", "--format=%s", "origin/main"));
			bob.pull().setCredentials(credentials).call();
			assertEquals("openapi: 3.1.1\n", Files.readString(tmp.resolve("bob/openapi.yaml")));
		}
		String access = Files.readString(server.state().resolve("access.log"));
		assertTrue(access.contains("git-receive-pack") && access.contains("git-upload-pack"), access);
		assertFalse(Files.readString(tmp.resolve("alice/.git/config")).contains("sslVerify"),
				"no verification switch was written");
		byte[] secret = token.getBytes(StandardCharsets.UTF_8);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(tmp)) {
			files = walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".sock")).toList();
		}
		for (Path file : files) {
			assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
					.contains(new String(secret, StandardCharsets.ISO_8859_1)), () -> "the token is in " + file);
		}
	}

	@Test
	void anAuthorityShippedWithTheInstallationIsTrustedAndABadFileIsReportedNotFatal() throws Exception {
		NetworkSettings settings = settings();
		List<Path> folders = settings.certificateFolders();
		assertEquals(2, folders.size(), folders.toString());
		Path enterprise = folders.get(1);
		assertTrue(enterprise.endsWith(Path.of("dev.specsync.net", "certificates")), enterprise.toString());
		Files.createDirectories(trusted);
		Files.writeString(trusted.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
		Files.createDirectories(enterprise);
		Path shipped = enterprise.resolve("specsync-test-ca.pem");
		Files.copy(certificates.authority(), shipped);
		try {
			assertEquals(1, settings.trust().addedCount());
			assertEquals(1, settings.trust().problems().size(), settings.trust().problems().toString());
			assertTrue(settings.trust().problems().get(0).startsWith(trusted.resolve("broken.pem").toString()));
			try (GitWorkspace ws = Engines.service().cloneRepository(server.url("orders"), tmp.resolve("c"))
					.setCredentials(Engines.token(token)).call()) {
				assertTrue(Files.exists(ws.workTree().resolve("openapi.yaml")));
			}
		} finally {
			Files.delete(shipped);
		}
		assertEquals(0, settings.trust().addedCount(), "a removed authority is no longer trusted");
		assertThrows(GitOperationException.class, () -> Engines.service()
				.cloneRepository(server.url("orders"), tmp.resolve("d")).setCredentials(Engines.token(token)).call());
	}

	@Test
	void aHostNameTheCertificateDoesNotNameIsRefused() throws Exception {
		trustTheAuthority();
		GitOperationException e = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(server.urlByName("orders"), tmp.resolve("c"))
						.setCredentials(Engines.token(token)).call());
		assertEquals(Code.NETWORK, e.code());
		String cause = e.diagnostic().cause();
		assertTrue(cause.contains("is for other host names [127.0.0.1]"), cause);
		assertTrue(cause.contains("subject \"" + TestCertificates.SERVER_SUBJECT + "\""), cause);
		assertTrue(e.diagnostic().fix().contains("host name the certificate names"), e.diagnostic().fix());
		StringWriter trace = new StringWriter();
		e.printStackTrace(new PrintWriter(trace));
		assertFalse(trace.toString().contains(token), "the token is in the failure");
	}
}
