package dev.specsync.testing.gitserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real OpenSSH server ({@code sshd}) on a loopback port with its own ed25519 host key and one authorized
 * client key, serving the bare repositories of the file system through {@code git-upload-pack} and
 * {@code git-receive-pack} as the user running the tests. sshd needs root (it changes user and needs
 * {@code /run/sshd}); {@link #assumeAvailable()} skips the calling tests with a message otherwise.
 */
public final class SshServer implements AutoCloseable {

	private final Path state;
	private final int port;
	private final Process process;

	private SshServer(Path state, int port, Process process) {
		this.state = state;
		this.port = port;
		this.process = process;
	}

	/** Skips the calling tests unless they run as root and sshd and ssh-keygen are installed. */
	public static void assumeAvailable() {
		Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
				"skipped: the SSH tests start sshd, which needs root; CI runs the tests as root");
		Assumptions.assumeTrue(Servers.executable("sshd") != null && Servers.executable("ssh-keygen") != null,
				"skipped: sshd or ssh-keygen is missing; install openssh-server (releng/scripts/install-test-packages.sh "
						+ "does when run as root)");
	}

	/**
	 * Makes an ed25519 key pair {@code file} and {@code file.pub}.
	 *
	 * @param passphrase the passphrase, {@code ""} for none
	 * @return {@code file}
	 */
	public static Path keyPair(Path file, String passphrase) throws IOException {
		run(file.getParent(), "ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", "specsync-test", "-f",
				file.toString());
		return file;
	}

	/** Starts sshd with a new host key in {@code state}, accepting the public key file {@code authorizedKey}. */
	public static SshServer start(Path state, Path authorizedKey) throws IOException {
		assumeAvailable();
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
		Process process = new ProcessBuilder(Servers.executable("sshd").toString(), "-D", "-e", "-f", config.toString())
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Servers.awaitPort(process, port, log);
		return new SshServer(state, port, process);
	}

	/** The {@code ssh://} URL of a bare repository on this machine, with the user running the tests. */
	public String url(Path bare) {
		return "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + bare.toAbsolutePath();
	}

	/** The {@code known_hosts} line that accepts this server's host key. */
	public String knownHostsLine() throws IOException {
		String[] parts = Files.readString(state.resolve("host_ed25519.pub")).trim().split("\\s+");
		return "[127.0.0.1]:" + port + " " + parts[0] + " " + parts[1];
	}

	@Override
	public void close() {
		Servers.stop(process);
	}

	private static String run(Path dir, String... command) throws IOException {
		List<String> line = new ArrayList<>(List.of(command));
		Path program = Servers.executable(command[0]);
		if (program == null) {
			throw new IOException(command[0] + " is not installed");
		}
		line.set(0, program.toString());
		Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException(String.join(" ", command) + " failed: " + out);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
		return out;
	}
}
