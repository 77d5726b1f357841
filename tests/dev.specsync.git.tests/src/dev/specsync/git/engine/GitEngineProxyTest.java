package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.git.credentials.GitCredentials;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.HttpGitServer;
import dev.specsync.git.testing.ProxyServer;
import dev.specsync.git.testing.Servers;
import dev.specsync.net.NetworkPreferences;
import dev.specsync.net.ProxyConfiguration;

/**
 * The proxy of the network preferences, through a real HTTP proxy (tinyproxy) on loopback: clone, push and
 * fetch go through it, a non-proxy host goes around it; and the command line's environment variables.
 */
class GitEngineProxyTest {

	@TempDir
	Path tmp;

	private HttpGitServer server;
	private ProxyServer proxy;
	private IEclipsePreferences preferences;

	@BeforeEach
	void start() throws Exception {
		HttpGitServer.assumeAvailable();
		Path root = tmp.resolve("server");
		Servers.bareRepository(root, "orders", Engines.seed(tmp.resolve("seed")));
		server = HttpGitServer.start(root, tmp.resolve("http"), "proxy-test-token");
		proxy = ProxyServer.start(tmp.resolve("proxy"));
		preferences = InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE);
		preferences.put(NetworkPreferences.PROXY_MODE, "manual");
		preferences.put(NetworkPreferences.PROXY_HOST, "127.0.0.1");
		preferences.putInt(NetworkPreferences.PROXY_PORT, proxy.port());
		preferences.flush();
	}

	@AfterEach
	void stop() throws Exception {
		if (preferences != null) {
			for (String key : List.of(NetworkPreferences.PROXY_MODE, NetworkPreferences.PROXY_HOST,
					NetworkPreferences.PROXY_PORT, NetworkPreferences.PROXY_NON_PROXY_HOSTS)) {
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
	void cloneFetchAndPushGoThroughTheManualProxy() throws Exception {
		GitCredentials credentials = Engines.token("proxy-test-token");
		assertFalse(proxy.log().contains("/orders.git/"), proxy.log());
		try (GitWorkspace ws = Engines.service().cloneRepository(server.url("orders"), tmp.resolve("c"))
				.setCredentials(credentials).call()) {
			assertTrue(proxy.log().contains("GET " + server.url("orders") + "/info/refs?service=git-upload-pack"),
					proxy.log());
			Files.writeString(ws.workTree().resolve("openapi.yaml"), "openapi: 3.1.1\n");
			ws.commit("Through the proxy", Engines.AUTHOR).setAll(true).call();
			assertTrue(ws.push().setCredentials(credentials).call().accepted());
			assertTrue(proxy.log().contains("POST " + server.url("orders") + "/git-receive-pack"), proxy.log());
			ws.fetch().setCredentials(credentials).call();
		}
		assertEquals("Through the proxy\n", Git.ok(tmp.resolve("server/orders.git"), "log", "-1", "--format=%s", "main"));
	}

	@Test
	void aNonProxyHostGoesAroundTheProxy() throws Exception {
		preferences.put(NetworkPreferences.PROXY_NON_PROXY_HOSTS, "localhost, 127.0.0.1");
		preferences.flush();
		try (GitWorkspace ws = Engines.service().cloneRepository(server.url("orders"), tmp.resolve("c"))
				.setCredentials(Engines.token("proxy-test-token")).call()) {
			assertTrue(Files.exists(ws.workTree().resolve("openapi.yaml")));
		}
		assertFalse(proxy.log().contains("/orders.git/"), proxy.log());
		assertTrue(Files.readString(server.state().resolve("access.log")).contains("/orders.git/info/refs"));
	}

	@Test
	void theCommandLineEnvironmentChoosesTheProxy() {
		ProxyConfiguration env = ProxyConfiguration.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy.corp.invalid:3128",
				"http_proxy", "proxy.corp.invalid:8080", "no_proxy", "localhost,.internal.invalid"));
		assertEquals(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp.invalid", 3128)),
				env.select(URI.create("https://git.example.invalid/a.git")));
		assertEquals(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp.invalid", 8080)),
				env.select(URI.create("http://git.example.invalid/a.git")));
		assertEquals(Proxy.NO_PROXY, env.select(URI.create("https://git.internal.invalid/a.git")));
		assertEquals(Proxy.NO_PROXY, env.select(URI.create("https://localhost:8443/a.git")));
		assertEquals(Proxy.NO_PROXY,
				ProxyConfiguration.fromEnvironment(Map.of("https_proxy", "http://p:1", "no_proxy", "*"))
						.select(URI.create("https://git.example.invalid/a.git")));
	}
}
