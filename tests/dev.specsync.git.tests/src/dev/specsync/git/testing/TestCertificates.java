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
 * A certificate authority and a server certificate for {@code 127.0.0.1} (and no host name), made with
 * {@code openssl} when the test runs, as an enterprise server with its own CA has.
 */
public final class TestCertificates {

	/** The subject of the authority. */
	public static final String CA_SUBJECT = "CN=SpecSync Test CA,O=SpecSync Tests";

	/** The subject of the server certificate. */
	public static final String SERVER_SUBJECT = "CN=git.test.invalid,O=SpecSync Tests";

	private final Path folder;

	private TestCertificates(Path folder) {
		this.folder = folder;
	}

	/** Makes the authority and the server certificate in {@code folder}; skips the test without openssl. */
	public static TestCertificates create(Path folder) {
		assumeTrue(Servers.onPath("openssl"), "openssl is missing: install it to run the HTTPS tests");
		try {
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("server.ext"), "basicConstraints=critical,CA:FALSE\n"
					+ "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n");
			openssl(folder, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
					"-days", "2", "-subj", "/O=SpecSync Tests/CN=SpecSync Test CA", "-keyout", "ca.key", "-out", "ca.pem",
					"-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
			openssl(folder, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj",
					"/O=SpecSync Tests/CN=git.test.invalid", "-keyout", "server.key", "-out", "server.csr");
			openssl(folder, "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
					"-days", "2", "-out", "server.pem", "-extfile", "server.ext");
			return new TestCertificates(folder);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void openssl(Path dir, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Servers.which("openssl"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + output);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The authority's certificate (PEM), what a user adds to the trusted folder. */
	public Path authority() {
		return folder.resolve("ca.pem");
	}

	public Path serverCertificate() {
		return folder.resolve("server.pem");
	}

	public Path serverKey() {
		return folder.resolve("server.key");
	}
}
