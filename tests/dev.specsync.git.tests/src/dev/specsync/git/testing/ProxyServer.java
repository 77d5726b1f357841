package dev.specsync.git.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real HTTP proxy ({@code tinyproxy}, Debian) on a loopback port, run as a child process with its own
 * configuration and log in a temporary folder.
 */
public final class ProxyServer implements AutoCloseable {

	private final Path log;
	private final int port;
	private final Process process;

	private ProxyServer(Path log, int port, Process process) {
		this.log = log;
		this.port = port;
		this.process = process;
	}

	/** Starts the proxy; skips the calling test when tinyproxy is not installed. */
	public static ProxyServer start(Path state) {
		return start(state, null, null);
	}

	/**
	 * Starts a proxy that answers 407 to every request without {@code Proxy-Authorization: Basic} for the given
	 * user and password (tinyproxy's {@code BasicAuth}); skips the calling test when tinyproxy is not installed.
	 */
	public static ProxyServer start(Path state, String user, String password) {
		assumeTrue(Servers.onPath("tinyproxy"), "tinyproxy is missing: install it (releng/scripts/install-test-packages.sh "
				+ "does when run as root) to run the proxy tests");
		try {
			Files.createDirectories(state);
			int port = Servers.freePort();
			Path log = state.resolve("tinyproxy.log");
			Path conf = state.resolve("tinyproxy.conf");
			Files.writeString(conf, "Port " + port + "\nListen 127.0.0.1\nTimeout 60\nLogFile \"" + log
					+ "\"\nLogLevel Info\nPidFile \"" + state.resolve("tinyproxy.pid") + "\"\nMaxClients 20\nAllow 127.0.0.1\n" + (user == null ? "" : "BasicAuth " + user + " " + password + "\n"));
			Process process = new ProcessBuilder(Servers.which("tinyproxy"), "-d", "-c", conf.toString())
					.redirectErrorStream(true).redirectOutput(state.resolve("tinyproxy.out").toFile()).start();
			Servers.awaitPort(port, process, log);
			return new ProxyServer(log, port, process);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public int port() {
		return port;
	}

	/** The proxy's log: one line per request it forwarded, with the URL (or CONNECT host:port). */
	public String log() {
		return Servers.read(log);
	}

	@Override
	public void close() {
		Servers.killTree(process);
	}
}
