package dev.specsync.git.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/** Helpers for the loopback servers the tests start. */
public final class Servers {

	private Servers() {
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Waits until something accepts connections on the loopback port, or fails with the server's log. */
	public static void awaitPort(int port, Process process, Path log) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("server exited with " + process.exitValue() + ": " + read(log));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
				return;
			} catch (IOException notYet) {
				sleep(50);
			}
		}
		throw new IllegalStateException("server did not listen on port " + port + ": " + read(log));
	}

	/** Kills a process and everything it started, and waits until they are gone. */
	public static void killTree(Process process) {
		if (process == null) {
			return;
		}
		// Freeze the whole tree before killing any of it: nginx's master starts a new worker as soon as one dies,
		// and fcgiwrap forks per request; a process started after the tree was listed (or reparented to init
		// when its parent died first) outlived the test, still holding the server's listening socket.
		java.util.Set<ProcessHandle> tree = new java.util.LinkedHashSet<>();
		tree.add(process.toHandle());
		for (int round = 0; round < 10; round++) {
			signal("-STOP", tree);
			java.util.Set<ProcessHandle> more = new java.util.LinkedHashSet<>(tree);
			process.descendants().forEach(more::add);
			if (more.equals(tree)) {
				break;
			}
			tree = more;
		}
		tree.forEach(ProcessHandle::destroyForcibly);
		signal("-CONT", tree);
		for (ProcessHandle p : tree) {
			try {
				p.onExit().get(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
				// reported by the caller's next use of the port
			}
		}
	}

	private static void signal(String signal, java.util.Collection<ProcessHandle> processes) {
		java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("kill", signal));
		processes.stream().filter(ProcessHandle::isAlive).forEach(p -> cmd.add(Long.toString(p.pid())));
		if (cmd.size() == 2) {
			return;
		}
		try {
			new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
					.waitFor(10, TimeUnit.SECONDS);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** A bare repository {@code root/name.git} seeded from a working repository with one commit on main. */
	public static Path bareRepository(Path root, String name, Path seed) {
		Path bare = root.resolve(name + ".git");
		try {
			Files.createDirectories(root);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Git.ok(root, "init", "-q", "--bare", "-b", "main", bare.toString());
		Git.ok(bare, "config", "http.receivepack", "true");
		if (seed != null) {
			Git.ok(seed, "push", "-q", bare.toString(), "main:main");
		}
		return bare;
	}

	/** Installs a pre-receive hook that refuses every push with {@code message} on standard error. */
	public static void rejectingHook(Path bare, String message) {
		try {
			Path hook = bare.resolve("hooks/pre-receive");
			Files.createDirectories(hook.getParent());
			Files.writeString(hook, "#!/bin/sh\necho '" + message.replace("'", "") + "' >&2\nexit 1\n");
			Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static boolean onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
			if (Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		for (String dir : new String[] { "/usr/sbin", "/sbin", "/usr/bin" }) {
			if (Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}

	public static String which(String program) {
		for (String dir : (System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin").split(":")) {
			if (Files.isExecutable(Path.of(dir, program))) {
				return Path.of(dir, program).toString();
			}
		}
		throw new IllegalStateException(program + " not found");
	}

	static String read(Path log) {
		try {
			return log != null && Files.exists(log) ? Files.readString(log) : "";
		} catch (IOException e) {
			return e.toString();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
