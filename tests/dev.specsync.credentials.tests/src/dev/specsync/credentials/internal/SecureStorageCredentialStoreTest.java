package dev.specsync.credentials.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.credentials.CredentialStore;
import dev.specsync.credentials.CredentialStoreException;

/**
 * The credential store on real Eclipse secure storage files in a temporary folder, unlocked by a master password
 * given as an option (no keyring, no prompt).
 */
class SecureStorageCredentialStoreTest {

	static final String TOKEN = "glpat-Qw3rTy8uIo9pAs2dFg7h";
	static final char[] MASTER = "master-password-for-tests".toCharArray();

	@TempDir
	Path dir;
	Path file;
	CredentialStore store;

	@BeforeEach
	void open() throws CredentialStoreException {
		file = dir.resolve("secure_storage");
		store = SecureStorageCredentialStore.open(file, MASTER);
	}

	@Test
	void storesReadsListsAndSignsOut() throws Exception {
		assertEquals(Optional.empty(), store.read("github.com", "alice"));
		store.store("github.com", "alice", TOKEN.toCharArray());
		assertArrayEquals(TOKEN.toCharArray(), store.read("github.com", "alice").orElseThrow());
		assertEquals(List.of("alice"), store.accounts("github.com"));
		assertEquals(List.of("github.com"), store.hosts());
		assertTrue(store.remove("github.com", "alice"));
		assertFalse(store.remove("github.com", "alice"), "nothing left to remove");
		assertEquals(Optional.empty(), store.read("github.com", "alice"));
		assertEquals(List.of(), store.accounts("github.com"));
		assertEquals(List.of(), store.hosts());
	}

	@Test
	void severalAccountsPerHostAndSignOutOfOne() throws Exception {
		store.store("GitLab.com", "alice", "token-a".toCharArray());
		store.store("gitlab.com", "alice@work.example", "token-b".toCharArray());
		store.store("git.corp.example:8443", "alice", "token-c".toCharArray());
		assertEquals(List.of("alice", "alice@work.example"), store.accounts("gitlab.com"));
		assertEquals(List.of("git.corp.example:8443", "gitlab.com"), store.hosts());
		assertTrue(store.remove("gitlab.com", "alice"));
		assertEquals(List.of("alice@work.example"), store.accounts("GITLAB.COM"));
		assertArrayEquals("token-b".toCharArray(), store.read("gitlab.com", "alice@work.example").orElseThrow());
		assertArrayEquals("token-c".toCharArray(), store.read("git.corp.example:8443", "alice").orElseThrow(),
				"the other host is untouched");
	}

	@Test
	void storingAgainReplacesTheSecret() throws Exception {
		store.store("github.com", "alice", "old".toCharArray());
		store.store("github.com", "alice", "new".toCharArray());
		assertArrayEquals("new".toCharArray(), store.read("github.com", "alice").orElseThrow());
		assertEquals(List.of("alice"), store.accounts("github.com"));
	}

	@Test
	void secretsSurviveReopeningWithTheSamePasswordOnly() throws Exception {
		store.store("github.com", "alice", TOKEN.toCharArray());
		CredentialStore reopened = SecureStorageCredentialStore.open(file, MASTER);
		assertArrayEquals(TOKEN.toCharArray(), reopened.read("github.com", "alice").orElseThrow());
		CredentialStore wrong = SecureStorageCredentialStore.open(file, "not-the-master".toCharArray());
		CredentialStoreException e = assertThrows(CredentialStoreException.class, () -> wrong.read("github.com", "alice"));
		assertFalse(e.getMessage().contains(TOKEN));
		assertTrue(e.getMessage().contains("github.com") && e.getMessage().contains("alice"), e.getMessage());
	}

	@Test
	void returnedSecretIsACopyTheCallerClears() throws Exception {
		char[] given = TOKEN.toCharArray();
		store.store("github.com", "alice", given);
		Arrays.fill(given, '\0');
		char[] first = store.read("github.com", "alice").orElseThrow();
		Arrays.fill(first, '\0');
		assertArrayEquals(TOKEN.toCharArray(), store.read("github.com", "alice").orElseThrow(),
				"clearing the caller's arrays does not touch the stored secret");
	}

	@Test
	void theTokenIsOnlyInTheEncryptedStorage() throws Exception {
		store.store("github.com", "alice", TOKEN.toCharArray());
		assertTrue(Files.size(file) > 0, "the storage was written");
		List<byte[]> forms = List.of(TOKEN.getBytes(StandardCharsets.UTF_8), TOKEN.getBytes(StandardCharsets.UTF_16LE),
				Base64.getEncoder().encode(TOKEN.getBytes(StandardCharsets.UTF_8)));
		List<String> leaks = new ArrayList<>();
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.filter(Files::isRegularFile).toList()) {
				byte[] data = Files.readAllBytes(p);
				for (byte[] form : forms) {
					if (indexOf(data, form) >= 0) {
						leaks.add(p.getFileName().toString());
					}
				}
			}
		}
		assertEquals(List.of(), leaks, "files holding the token in clear, UTF-16 or Base64");
		assertTrue(indexOf(Files.readAllBytes(file), "alice".getBytes(StandardCharsets.UTF_8)) >= 0,
				"the search does find what is stored in clear (the account name), so it would find the token");
	}

	@Test
	void noSecretInToStringOrErrors() throws Exception {
		store.store("github.com", "alice", TOKEN.toCharArray());
		assertFalse(store.toString().contains(TOKEN));
		IllegalArgumentException badHost = assertThrows(IllegalArgumentException.class,
				() -> store.store("https://alice:" + TOKEN + "@github.com", "alice", TOKEN.toCharArray()));
		assertFalse(badHost.getMessage().contains(TOKEN), badHost.getMessage());
		assertThrows(IllegalArgumentException.class, () -> store.store("github.com", " ", TOKEN.toCharArray()));
	}

	@Test
	void theServiceWorksHeadlessWithALocationAndAPasswordFile() throws Exception {
		Path location = dir.resolve("service_storage");
		Path passwordFile = dir.resolve("master.txt");
		Files.writeString(passwordFile, "service-master\n");
		System.setProperty(SecureStorageCredentialStore.LOCATION_PROPERTY, location.toString());
		System.setProperty(SecureStorageCredentialStore.PASSWORD_FILE_PROPERTY, passwordFile.toString());
		BundleContext context = FrameworkUtil.getBundle(SecureStorageCredentialStore.class).getBundleContext();
		ServiceTracker<CredentialStore, CredentialStore> tracker = new ServiceTracker<>(context, CredentialStore.class, null);
		tracker.open();
		try {
			CredentialStore service = tracker.waitForService(10_000);
			assertNotNull(service, "CredentialStore is registered");
			service.store("git.corp.example", "ci-bot", TOKEN.toCharArray());
			assertArrayEquals(TOKEN.toCharArray(), service.read("git.corp.example", "ci-bot").orElseThrow());
			assertTrue(Files.size(location) > 0, "the configured storage file was written");
			assertArrayEquals(TOKEN.toCharArray(), SecureStorageCredentialStore.open(location, "service-master".toCharArray())
					.read("git.corp.example", "ci-bot").orElseThrow(), "encrypted with the password of the file");
			service.remove("git.corp.example", "ci-bot");
		} finally {
			tracker.close();
			System.clearProperty(SecureStorageCredentialStore.LOCATION_PROPERTY);
			System.clearProperty(SecureStorageCredentialStore.PASSWORD_FILE_PROPERTY);
		}
	}

	private static int indexOf(byte[] data, byte[] needle) throws IOException {
		outer: for (int i = 0; i + needle.length <= data.length; i++) {
			for (int k = 0; k < needle.length; k++) {
				if (data[i + k] != needle[k]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
