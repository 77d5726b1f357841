package dev.specsync.credentials.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.PasswordAuthentication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.credentials.CredentialStoreException;
import dev.specsync.net.ProxyCredentials;

/**
 * The proxy's user name and password in a real Eclipse secure storage file: both encrypted (neither appears in
 * the file, plain or Base64), keyed by the proxy's host and port, and not listed among the Git accounts.
 */
class ProxyCredentialsStorageTest {

	private static final String USER = "corp-proxy-user";
	private static final String PASSWORD = "Pr0xy-S3cret-Passw0rd";

	@TempDir
	Path dir;
	Path file;
	SecureStorageCredentialStore store;

	@BeforeEach
	void open() throws CredentialStoreException {
		file = dir.resolve("secure_storage");
		store = SecureStorageCredentialStore.open(file, SecureStorageCredentialStoreTest.MASTER);
	}

	@Test
	void storesReadsReplacesAndRemovesBothEncrypted() throws Exception {
		ProxyCredentials proxies = store;
		assertEquals(Optional.empty(), proxies.read("proxy.corp.example", 3128));
		char[] password = PASSWORD.toCharArray();
		proxies.store("Proxy.Corp.Example", 3128, USER, password);

		PasswordAuthentication read = proxies.read("proxy.corp.example", 3128).orElseThrow();
		assertEquals(USER, read.getUserName());
		assertArrayEquals(PASSWORD.toCharArray(), read.getPassword());
		assertEquals(Optional.empty(), proxies.read("proxy.corp.example", 8080), "another port is another proxy");
		assertEquals(List.of(), store.hosts(), "the proxy is not a Git account");

		String saved = Files.readString(file, StandardCharsets.ISO_8859_1);
		for (String secret : List.of(USER, PASSWORD)) {
			assertFalse(saved.contains(secret), secret + " is in the file in plain text");
			assertFalse(saved.contains(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8))),
					secret + " is in the file in Base64");
		}

		// a new store on the same file (a restart) reads it back; storing again replaces it
		SecureStorageCredentialStore reopened = SecureStorageCredentialStore.open(file, SecureStorageCredentialStoreTest.MASTER);
		assertEquals(USER, reopened.read("proxy.corp.example", 3128).orElseThrow().getUserName());
		reopened.store("proxy.corp.example", 3128, "other-user", "other".toCharArray());
		assertEquals("other-user", reopened.read("proxy.corp.example", 3128).orElseThrow().getUserName());
		assertTrue(reopened.remove("proxy.corp.example", 3128));
		assertFalse(reopened.remove("proxy.corp.example", 3128));
		assertEquals(Optional.empty(), reopened.read("proxy.corp.example", 3128));
	}

	@Test
	void refusesABlankUserOrAnImpossiblePort() {
		assertThrows(IllegalArgumentException.class, () -> store.store("proxy.corp.example", 3128, " ", "p".toCharArray()));
		assertThrows(IllegalArgumentException.class, () -> store.store("proxy.corp.example", 0, USER, "p".toCharArray()));
		assertThrows(IllegalArgumentException.class, () -> store.read("user@proxy.corp.example", 3128));
	}
}
