package dev.specsync.git.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code git daemon} on a loopback port serving the bare repositories under a folder, pushes enabled. */
public final class GitDaemon implements AutoCloseable {

	private final Path root;
	private final int port;
	private Process process;
	private boolean tracePackets;

	private GitDaemon(Path root, int port) {
		this.root = root;
		this.port = port;
	}

	public static GitDaemon start(Path root) {
		GitDaemon daemon = new GitDaemon(root, Servers.freePort());
		daemon.launch();
		return daemon;
	}

	/** A daemon whose upload-pack and receive-pack write every protocol line to {@link #packets()}. */
	public static GitDaemon startTracingPackets(Path root) {
		GitDaemon daemon = new GitDaemon(root, Servers.freePort());
		daemon.tracePackets = true;
		daemon.launch();
		return daemon;
	}

	/** The protocol lines the server saw and sent (git's GIT_TRACE_PACKET), for {@link #startTracingPackets}. */
	public String packets() {
		return Servers.read(packetLog());
	}

	private Path packetLog() {
		return root.resolveSibling(root.getFileName() + "-packets.log");
	}

	private void launch() {
		Path log = root.resolveSibling(root.getFileName() + "-daemon.log");
		ProcessBuilder pb = Git.isolate(new ProcessBuilder("git", "daemon", "--reuseaddr", "--listen=127.0.0.1",
				"--port=" + port, "--base-path=" + root, "--export-all", "--enable=receive-pack", "--informative-errors",
				root.toString())).redirectErrorStream(true).redirectOutput(log.toFile());
		if (tracePackets) {
			pb.environment().put("GIT_TRACE_PACKET", packetLog().toAbsolutePath().toString());
		}
		try {
			process = pb.start();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Servers.awaitPort(port, process, log);
	}

	public String url(String name) {
		return "git://127.0.0.1:" + port + "/" + name + ".git";
	}

	/** Kills the daemon and every git process it started, as a crash would. */
	public void kill() {
		Servers.killTree(process);
	}

	@Override
	public void close() {
		kill();
	}
}
