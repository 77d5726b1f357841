package dev.specsync.testing.gitserver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Helpers for the loopback servers: free ports, readiness, stopping a process tree. */
final class Servers {

	private Servers() {
	}

	/** A port free on the loopback interface now. */
	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	/** Whether an executable exists in one of the usual folders or on the PATH. */
	static Path executable(String name) {
		for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
			if (!dir.isEmpty()) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	/** Waits until something accepts connections on the port, or the process died, or 10 s passed. */
	static void awaitPort(Process process, int port, Path log) throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IOException("server exited with " + process.exitValue() + ": " + readLog(log));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
				return;
			} catch (IOException notYet) {
				sleep(50);
			}
		}
		throw new IOException("server did not listen on port " + port + " within 10 s: " + readLog(log));
	}

	/** Waits until a file (a socket) exists, or the process died, or 10 s passed. */
	static void awaitFile(Process process, Path file, Path log) throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			if (Files.exists(file)) {
				return;
			}
			if (!process.isAlive()) {
				throw new IOException("process exited with " + process.exitValue() + ": " + readLog(log));
			}
			sleep(50);
		}
		throw new IOException(file + " did not appear within 10 s: " + readLog(log));
	}

	/** Stops a process and its descendants: SIGTERM, then SIGKILL after 5 s. */
	static void stop(Process process) {
		if (process == null) {
			return;
		}
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String readLog(Path log) {
		try {
			return log != null && Files.exists(log) ? Files.readString(log) : "";
		} catch (IOException e) {
			return "";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
