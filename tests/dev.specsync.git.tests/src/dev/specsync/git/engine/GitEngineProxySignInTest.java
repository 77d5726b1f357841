package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.PasswordAuthentication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.HttpGitServer;
import dev.specsync.git.testing.ProxyServer;
import dev.specsync.git.testing.Servers;
import dev.specsync.net.NetworkPreferences;
import dev.specsync.net.ProxyCredentials;

/**
 * A proxy that requires sign-in (tinyproxy with {@code BasicAuth}): the engine sends the user name and password
 * that {@link ProxyCredentials} (secure storage) holds for the proxy's host and port, and nothing of them is
 * in the preferences. The test registers an in-memory {@link ProxyCredentials} ranked above the secure storage
 * one, which the network settings service picks up (its reference is greedy).
 */
class GitEngineProxySignInTest {

	private static final String USER = "proxy-user";
	private static final String PASSWORD = "proxy-Pa55-word";

	@TempDir
	Path tmp;

	private HttpGitServer server;
	private ProxyServer proxy;
	private IEclipsePreferences preferences;
	private ServiceRegistration<ProxyCredentials> registration;
	private final MemoryProxyCredentials signIns = new MemoryProxyCredentials();

	@BeforeEach
	void start() throws Exception {
		HttpGitServer.assumeAvailable();
		Path root = tmp.resolve("server");
		Servers.bareRepository(root, "orders", Engines.seed(tmp.resolve("seed")));
		server = HttpGitServer.start(root, tmp.resolve("http"), "proxy-test-token");
		proxy = ProxyServer.start(tmp.resolve("proxy"), USER, PASSWORD);
		preferences = InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE);
		preferences.put(NetworkPreferences.PROXY_MODE, "manual");
		preferences.put(NetworkPreferences.PROXY_HOST, "127.0.0.1");
		preferences.putInt(NetworkPreferences.PROXY_PORT, proxy.port());
		preferences.flush();
		BundleContext context = FrameworkUtil.getBundle(GitService.class).getBundleContext();
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
		registration = context.registerService(ProxyCredentials.class, signIns, properties);
	}

	@AfterEach
	void stop() throws Exception {
		if (registration != null) {
			registration.unregister();
		}
		if (preferences != null) {
			for (String key : List.of(NetworkPreferences.PROXY_MODE, NetworkPreferences.PROXY_HOST,
					NetworkPreferences.PROXY_PORT)) {
				preferences.remove(key);
			}
			preferences.flush();
		}
		if (proxy != null) {
			proxy.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@Test
	void theStoredSignInIsSentToTheProxy() throws Exception {
		char[] password = PASSWORD.toCharArray();
		signIns.store("127.0.0.1", proxy.port(), USER, password);
		try (var ws = Engines.service().cloneRepository(server.url("orders"), tmp.resolve("c"))
				.setCredentials(Engines.token("proxy-test-token")).call()) {
			assertTrue(Files.exists(ws.workTree().resolve("openapi.yaml")));
			ws.fetch().setCredentials(Engines.token("proxy-test-token")).call();
		}
		assertTrue(proxy.log().contains("GET " + server.url("orders") + "/info/refs?service=git-upload-pack"), proxy.log());
		for (String key : preferences.keys()) {
			String value = preferences.get(key, "");
			assertFalse(value.contains(USER) || value.contains(PASSWORD), key + " holds the proxy's sign-in");
		}
		assertFalse(Files.readString(tmp.resolve("c/.git/config")).contains(PASSWORD));
	}

	@Test
	void withoutASignInOrWithAnotherProxysTheProxyRefuses() throws Exception {
		assertThrows(GitOperationException.class, () -> Engines.service().cloneRepository(server.url("orders"),
				tmp.resolve("none")).setCredentials(Engines.token("proxy-test-token")).call());
		// a sign-in stored for another port of the same host is not sent to this proxy
		signIns.store("127.0.0.1", proxy.port() == 1 ? 2 : proxy.port() - 1, USER, PASSWORD.toCharArray());
		GitOperationException e = assertThrows(GitOperationException.class, () -> Engines.service()
				.cloneRepository(server.url("orders"), tmp.resolve("other")).setCredentials(Engines.token("proxy-test-token"))
				.call());
		assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
		assertFalse(Files.exists(tmp.resolve("other/openapi.yaml")));
	}

	/** Sign-ins by host:port, in memory. */
	private static final class MemoryProxyCredentials implements ProxyCredentials {
		private final Map<String, PasswordAuthentication> signIns = new ConcurrentHashMap<>();

		@Override
		public Optional<PasswordAuthentication> read(String host, int port) {
			PasswordAuthentication stored = signIns.get(host + ":" + port);
			return stored == null ? Optional.empty()
					: Optional.of(new PasswordAuthentication(stored.getUserName(), stored.getPassword().clone()));
		}

		@Override
		public void store(String host, int port, String user, char[] password) {
			signIns.put(host + ":" + port, new PasswordAuthentication(user, password.clone()));
			Arrays.fill(password, '\0');
		}

		@Override
		public boolean remove(String host, int port) {
			return signIns.remove(host + ":" + port) != null;
		}
	}
}
