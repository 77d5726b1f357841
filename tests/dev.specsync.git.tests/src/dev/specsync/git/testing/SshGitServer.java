package dev.specsync.git.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH server ({@code sshd}, Debian openssh-server) on a loopback port, with its own ed25519 host
 * key and an {@code authorized_keys} file holding one test key, serving the repositories on the file system
 * through {@code git-upload-pack} and {@code git-receive-pack}. It runs as a child process with its
 * configuration in a temporary folder; it needs root (sshd changes user and needs {@code /run/sshd}), and the
 * tests that use it are skipped with a message otherwise.
 */
public final class SshGitServer implements AutoCloseable {

	private final Path state;
	private final int port;
	private final Process process;

	private SshGitServer(Path state, int port, Process process) {
		this.state = state;
		this.port = port;
		this.process = process;
	}

	/** Skips the calling test when sshd or ssh-keygen is missing or the tests do not run as root. */
	public static void assumeAvailable() {
		assumeTrue("root".equals(System.getProperty("user.name")),
				"the SSH tests start sshd, which needs root: run the tests as root to include them");
		assumeTrue(Files.isExecutable(Path.of("/usr/sbin/sshd")) && Servers.onPath("ssh-keygen"),
				"sshd or ssh-keygen is missing: install openssh-server (releng/scripts/install-test-packages.sh does "
						+ "when run as root) to run the SSH tests");
	}

	/** Makes an ed25519 key pair {@code file} and {@code file.pub}, with the passphrase or none ({@code ""}). */
	public static Path keyPair(Path file, String passphrase) {
		run(file.getParent(), "ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", "specsync-test", "-f", file.toString());
		return file;
	}

	/** The SHA-256 fingerprint of a public key file, as {@code ssh-keygen -lf} prints it ({@code SHA256:...}). */
	public static String fingerprint(Path publicKey) {
		String out = run(publicKey.getParent(), "ssh-keygen", "-l", "-E", "sha256", "-f", publicKey.toString());
		return out.split("\\s+")[1];
	}

	/**
	 * Starts sshd with a new host key in {@code state}, accepting the public key {@code authorizedKey} for the
	 * user running the tests.
	 */
	public static SshGitServer start(Path state, Path authorizedKey) {
		assumeAvailable();
		try {
			Files.createDirectories(state);
			Files.createDirectories(Path.of("/run/sshd"));
			keyPair(state.resolve("host_ed25519"), "");
			Files.copy(authorizedKey, state.resolve("authorized_keys"));
			int port = Servers.freePort();
			Path config = state.resolve("sshd_config");
			Files.writeString(config, "Port " + port + "\nListenAddress 127.0.0.1\nHostKey " + state.resolve("host_ed25519")
					+ "\nPidFile " + state.resolve("sshd.pid") + "\nAuthorizedKeysFile " + state.resolve("authorized_keys")
					+ "\nStrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
					+ "PubkeyAuthentication yes\nPermitRootLogin prohibit-password\nUsePAM no\nAllowUsers "
					+ System.getProperty("user.name") + "\nLogLevel VERBOSE\n");
			Path log = state.resolve("sshd.log");
			Process process = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", config.toString())
					.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			Servers.awaitPort(port, process, log);
			return new SshGitServer(state, port, process);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The {@code ssh://} URL of a bare repository on this machine. */
	public String url(Path bare) {
		return "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + bare.toAbsolutePath();
	}

	/** The host key's public part ({@code ssh-ed25519 AAAA... comment}). */
	public Path hostKey() {
		return state.resolve("host_ed25519.pub");
	}

	/** The {@code known_hosts} line that accepts this server's host key. */
	public String knownHostsLine() {
		try {
			String[] parts = Files.readString(hostKey()).trim().split("\\s+");
			return "[127.0.0.1]:" + port + " " + parts[0] + " " + parts[1];
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** sshd's log (authentication attempts with the key fingerprints). */
	public String log() {
		return Servers.read(state.resolve("sshd.log"));
	}

	@Override
	public void close() {
		Servers.killTree(process);
	}

	private static String run(Path dir, String... command) {
		List<String> line = new ArrayList<>(List.of(command));
		line.set(0, Servers.which(command[0]));
		try {
			Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
			}
			return out;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
