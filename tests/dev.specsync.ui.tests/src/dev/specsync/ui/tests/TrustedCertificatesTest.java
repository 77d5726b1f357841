package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.net.NetworkSettings;
import dev.specsync.net.ProxyConfiguration;
import dev.specsync.ui.connect.internal.preferences.TrustedCertificates;

/**
 * The Certificates page's logic on real files: a certificate authority made now by the JDK's keytool is listed
 * with its subject, issuer and expiry, added to the user's folder (and then trusted by the network settings),
 * removed; a file without a certificate is refused and nothing is written; the installation's are read-only.
 */
class TrustedCertificatesTest {

	/**
	 * Makes a self-signed certificate authority with the JDK's keytool and exports it as PEM.
	 *
	 * @param folder where the key store and PEM file go
	 * @param name the common name
	 * @return the PEM file
	 * @throws Exception when keytool fails
	 */
	static Path makeAuthority(Path folder, String name) throws Exception {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Path store = folder.resolve(name.replace(' ', '-') + ".p12");
		Path pem = folder.resolve(name.replace(' ', '-') + ".pem");
		run(keytool.toString(), "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
				"-dname", "CN=" + name + ",O=SpecSync Tests", "-ext", "bc:c", "-validity", "30", "-keystore",
				store.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
		run(keytool.toString(), "-exportcert", "-rfc", "-alias", "ca", "-keystore", store.toString(), "-storepass",
				"changeit", "-file", pem.toString());
		assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----"), "keytool wrote a PEM file");
		return pem;
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool finished");
		assertEquals(0, process.exitValue(), output);
	}

	@Test
	void anAddedAuthorityIsListedAsYoursTrustedAndRemovable(@TempDir Path temp) throws Exception {
		Path user = temp.resolve("user");
		NetworkSettings settings = NetworkSettings.fixed(List.of(user), ProxyConfiguration.NONE);
		TrustedCertificates certificates = new TrustedCertificates(settings);
		assertEquals(List.of(), certificates.list(), "a missing folder lists nothing");
		int before = settings.trust().addedCount();

		Path pem = makeAuthority(temp, "Acme Test CA");
		Path added = certificates.add(pem);
		assertEquals(user.resolve("Acme-Test-CA.pem"), added);
		List<TrustedCertificates.Entry> list = certificates.list();
		assertEquals(1, list.size(), list.toString());
		TrustedCertificates.Entry entry = list.get(0);
		assertEquals("Acme Test CA", entry.subject());
		assertEquals("Acme Test CA", entry.issuer(), "self-signed");
		assertTrue(entry.yours());
		assertTrue(entry.expires().isAfter(Instant.now().plus(Duration.ofDays(29))), entry.expires().toString());
		assertEquals(before + 1, settings.trust().addedCount(), "connections trust the added authority");

		assertEquals(added, certificates.add(pem), "the same file added twice is one file");
		assertEquals(1, certificates.list().size());

		certificates.remove(entry);
		assertFalse(Files.exists(added));
		assertEquals(List.of(), certificates.list());
	}

	@Test
	void aFileWithoutACertificateIsRefusedAndNothingIsWritten(@TempDir Path temp) throws Exception {
		Path user = temp.resolve("user");
		TrustedCertificates certificates = new TrustedCertificates(NetworkSettings.fixed(List.of(user), ProxyConfiguration.NONE));
		Path notes = temp.resolve("notes.pem");
		Files.writeString(notes, "just some notes, no certificate\n");
		IOException refused = assertThrows(IOException.class, () -> certificates.add(notes));
		assertTrue(refused.getMessage().startsWith(notes + " holds no certificate."), refused.getMessage());
		assertTrue(refused.getMessage().contains("-----BEGIN CERTIFICATE-----"), "the message says what a PEM file looks like");
		assertFalse(Files.exists(user.resolve("notes.pem")), "nothing is written");
	}

	@Test
	void theInstallationsAuthoritiesAreListedReadOnly(@TempDir Path temp) throws Exception {
		Path user = temp.resolve("user");
		Path installation = Files.createDirectories(temp.resolve("installation"));
		Files.copy(makeAuthority(temp, "Corp Root CA"), installation.resolve("corp.pem"));
		TrustedCertificates certificates = new TrustedCertificates(
				NetworkSettings.fixed(List.of(user, installation), ProxyConfiguration.NONE));
		certificates.add(makeAuthority(temp, "Team CA"));
		List<TrustedCertificates.Entry> list = certificates.list();
		assertEquals(List.of("Team CA yours", "Corp Root CA installation"),
				list.stream().map(e -> e.subject() + (e.yours() ? " yours" : " installation")).toList());
		IOException refused = assertThrows(IOException.class, () -> certificates.remove(list.get(1)));
		assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
		assertTrue(Files.exists(installation.resolve("corp.pem")), "the installation's file stays");
	}
}
