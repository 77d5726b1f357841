package dev.specsync.testing.gitserver;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * {@code git daemon} on a free loopback port, serving every repository below a base folder without
 * authentication ({@code git://127.0.0.1:PORT/NAME}). Closing stops it.
 */
public final class GitDaemon implements AutoCloseable {

	private final Process process;
	private final int port;

	private GitDaemon(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts a daemon, or skips the calling test (a JUnit assumption) when git is not installed.
	 *
	 * @param basePath the folder whose repositories are served
	 * @param allowPush whether {@code receive-pack} (pushing) is enabled
	 * @return the running daemon
	 * @throws IOException if it does not start
	 */
	public static GitDaemon start(Path basePath, boolean allowPush) throws IOException {
		Assumptions.assumeTrue(GitCli.available(), "git is not installed: install git (apt-get install git) to run this test");
		int port = Servers.freePort();
		Path log = basePath.resolveSibling(basePath.getFileName() + "-daemon.log");
		ProcessBuilder builder = new ProcessBuilder("git", "daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=" + port,
				"--base-path=" + basePath, "--export-all", "--informative-errors",
				allowPush ? "--enable=receive-pack" : "--disable=receive-pack", basePath.toString())
				.redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
		Process process = builder.start();
		try {
			Servers.awaitPort(process, port, log);
		} catch (IOException e) {
			Servers.stop(process);
			throw e;
		}
		return new GitDaemon(process, port);
	}

	/**
	 * The URL of a repository below the base folder.
	 *
	 * @param name its path below the base folder, for example {@code api.git}
	 * @return {@code git://127.0.0.1:PORT/name}
	 */
	public String url(String name) {
		return "git://127.0.0.1:" + port + "/" + name;
	}

	/**
	 * The port it listens on.
	 *
	 * @return the port
	 */
	public int port() {
		return port;
	}

	@Override
	public void close() {
		Servers.stop(process);
	}
}
