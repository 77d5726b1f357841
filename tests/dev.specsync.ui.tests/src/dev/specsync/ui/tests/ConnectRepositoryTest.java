package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.credentials.CredentialStore;
import dev.specsync.demo.DemoWorkspace;
import dev.specsync.ui.tests.driver.ConnectDialogPage;
import dev.specsync.ui.tests.driver.DialogPage;
import dev.specsync.ui.tests.driver.MainWindowPage;
import dev.specsync.ui.tests.driver.PreferencesDialogPage;
import dev.specsync.ui.tests.driver.RunningWorkbench;
import dev.specsync.ui.tests.driver.SwtDriver;

/**
 * Connect, Disconnect and Preferences on the demo workspace, as a designer uses them: the providers come from the
 * registry (and follow a provider bundle stopped while the dialog is open), the local provider tests and connects
 * the demo's bare remote, a wrong path is named, a token goes to secure storage only, Preferences lists and signs
 * out the account, and Disconnect wants the API's name.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectRepositoryTest {

	private static final String TOKEN = "ghp_uiTestToken4f1c9e27d0b3a865";
	private static final String LOCAL = "Local repository";
	private static final String GENERIC = "Git server (any remote)";

	private static Path state;
	private static Path demo;
	private static Path remote;
	private static RunningWorkbench workbench;
	private static SwtDriver driver;
	private static MainWindowPage window;
	private static org.eclipse.swt.widgets.Shell windowShell;

	@BeforeAll
	static void startOnTheDemo() throws Exception {
		state = Files.createTempDirectory("specsync-ui-connect");
		demo = state.resolve("demo");
		remote = DemoWorkspace.in(demo).remote();
		Path password = state.resolve("storage-password");
		Files.writeString(password, "test-master-password\n");
		System.setProperty("specsync.secureStorage.location", state.resolve("secure_storage").toString());
		System.setProperty("specsync.secureStorage.passwordFile", password.toString());
		workbench = RunningWorkbench.startDemo(demo);
		driver = new SwtDriver(workbench.display());
		window = MainWindowPage.await(driver, "SpecSync \u2014 demo");
		window.explorer().awaitRow("Bookshop API");
		windowShell = driver.waitForShell("SpecSync \u2014 demo");
	}

	@AfterAll
	static void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
		System.clearProperty("specsync.secureStorage.location");
		System.clearProperty("specsync.secureStorage.passwordFile");
	}

	@Test
	@Order(1)
	void theProvidersComeFromTheRegistryAndFollowItWhileTheDialogIsOpen() throws Exception {
		ConnectDialogPage connect = ConnectDialogPage.open(driver, windowShell);
		assertTrue(connect.providers().containsAll(List.of(LOCAL, GENERIC)), connect.providers()::toString);
		Bundle generic = bundle("dev.specsync.provider.generic");
		generic.stop();
		try {
			driver.waitUntil("the generic provider to leave the list", () -> !connect.providers().contains(GENERIC));
			assertTrue(connect.providers().contains(LOCAL));
		} finally {
			generic.start();
		}
		driver.waitUntil("the generic provider to come back", () -> connect.providers().contains(GENERIC));
		connect.close("Cancel");
	}

	@Test
	@Order(2)
	void testConnectionWithTheLocalProviderSucceedsOnTheDemoRemoteAndNamesAWrongPath() {
		ConnectDialogPage connect = ConnectDialogPage.open(driver, windowShell);
		connect.chooseProvider(LOCAL);
		connect.field("url", remote.toString());
		String verdict = connect.testConnection();
		assertTrue(verdict.startsWith("Connection works") && verdict.contains("main"), verdict);
		connect.screenshot("connect-dialog");
		List<Character> mnemonics = connect.mnemonics();
		assertTrue(mnemonics.size() >= 10 && mnemonics.size() == new java.util.HashSet<>(mnemonics).size(),
				() -> "every label and button has its own Alt+letter: " + mnemonics);
		Path nowhere = state.resolve("nowhere.git");
		connect.field("url", nowhere.toString());
		verdict = connect.testConnection();
		assertTrue(verdict.contains("The folder " + nowhere + " does not exist") && verdict.contains("Check the path"), verdict);
		connect.screenshot("connect-dialog-wrong-path");
		connect.field("url", remote.toString());
		assertTrue(connect.text("connect.status").startsWith("Test the connection"),
				"a verdict for the old path is not left beside the new one: " + connect.text("connect.status"));
		connect.close("Cancel");
	}

	@Test
	@Order(3)
	void connectWritesTheRemoteWithoutCredentialsAndTheManifest() throws Exception {
		byte[] manifest = Files.readAllBytes(demo.resolve("specsync.yaml"));
		ConnectDialogPage connect = ConnectDialogPage.open(driver, windowShell);
		connect.chooseProvider(LOCAL);
		connect.field("url", remote.toString());
		assertEquals("Bookshop API", connect.text("connect.apiName"));
		assertEquals("specs/bookshop/openapi.yaml", connect.text("connect.rootFile"));
		assertEquals("specs/bookshop", connect.text("connect.schemaDirectory"));
		assertEquals("main", connect.text("connect.branch"));
		DialogPage done = connect.connect();
		String report = done.allText();
		assertTrue(report.contains("Remote origin set to " + remote), report);
		assertTrue(report.contains("Branch main now tracks origin/main"), report);
		done.close("OK");
		try (Git git = Git.open(demo.toFile())) {
			StoredConfig config = git.getRepository().getConfig();
			config.load();
			assertEquals(remote.toString(), config.getString("remote", "origin", "url"));
			assertEquals("local", config.getString("specsync", "connection", "provider"));
			assertEquals("bookshop", config.getString("specsync", "connection", "api"));
			assertEquals("origin", config.getString("branch", "main", "remote"));
		}
		assertEquals(new String(manifest, StandardCharsets.UTF_8), Files.readString(demo.resolve("specsync.yaml")),
				"the manifest already had the API as connected: no byte changes");
	}

	@Test
	@Order(4)
	void aTokenForTheGenericProviderEndsInSecureStorageOnly() throws Exception {
		ConnectDialogPage connect = ConnectDialogPage.open(driver, windowShell);
		connect.chooseProvider(GENERIC);
		connect.choose("connect.auth", "Access token");
		connect.field("url", "http://127.0.0.1:1/team/bookshop.git");
		connect.field("secret", TOKEN);
		String refused = connect.testConnection();
		assertTrue(refused.contains("Nothing answers at") && refused.contains("connection refused"), refused);
		assertFalse(refused.contains(TOKEN), refused);
		connect.screenshot("connect-dialog-refused");
		connect.field("secret", "");
		connect.field("url", "https://git.example.com/team/bookshop.git");
		assertFalse(connect.isEnabled("Connect"), "the token is required");
		assertTrue(connect.allText().contains("Enter the Access token"), connect.allText());
		connect.field("secret", TOKEN);
		connect.screenshot("connect-dialog-generic");
		DialogPage done = connect.connect();
		String report = done.allText();
		assertTrue(report.contains("secret of git on git.example.com is kept in secure storage"), report);
		assertFalse(report.contains(TOKEN));
		done.close("OK");
		Optional<char[]> stored = store().read("git.example.com", "git");
		assertTrue(stored.isPresent(), "the token is in secure storage");
		assertEquals(TOKEN, new String(stored.get()));
		try (Git git = Git.open(demo.toFile())) {
			StoredConfig config = git.getRepository().getConfig();
			config.load();
			assertEquals("https://git.example.com/team/bookshop.git", config.getString("remote", "origin", "url"));
		}
		try (Stream<Path> files = Files.walk(demo)) {
			List<Path> holding = files.filter(Files::isRegularFile).filter(f -> contains(f, TOKEN)).toList();
			assertEquals(List.of(), holding, "no file of the workspace or its .git holds the token");
		}
		assertTrue(Files.isRegularFile(state.resolve("secure_storage")) && !contains(state.resolve("secure_storage"), TOKEN),
				"secure storage holds the token encrypted only");
	}

	@Test
	@Order(4)
	void theGenericProviderTakesAnSshKeyFileAndNamesAMissingOne() throws Exception {
		ConnectDialogPage connect = ConnectDialogPage.open(driver, windowShell);
		connect.chooseProvider(GENERIC);
		connect.choose("connect.auth", "SSH key");
		connect.field("url", "ssh://git@127.0.0.1:1/team/bookshop.git");
		Path missing = state.resolve("no-such-key");
		connect.field("sshKeyFile", missing.toString());
		String verdict = connect.testConnection();
		assertTrue(verdict.contains("The SSH key file " + missing + " does not exist"), verdict);
		connect.screenshot("connect-dialog-ssh-key");
		connect.close("Cancel");
	}

	@Test
	@Order(5)
	void preferencesListTheStoredAccountAndSignOutDeletesIt() throws Exception {
		PreferencesDialogPage preferences = PreferencesDialogPage.open(driver, windowShell);
		assertEquals(List.of("Author", "Directories", "Accounts", "Network", "Certificates"), preferences.pages());
		preferences.showPage("Accounts");
		driver.waitUntil("the stored account", () -> preferences.accounts().contains("git.example.com | git"));
		preferences.screenshot("preferences-accounts");
		preferences.signOut("git.example.com | git");
		driver.waitUntil("the account to go", () -> preferences.accounts().isEmpty());
		assertTrue(preferences.text("preferences.accounts.message").startsWith("Signed out of git on git.example.com"),
				preferences.text("preferences.accounts.message"));
		assertTrue(store().read("git.example.com", "git").isEmpty(), "the secret is deleted from secure storage");
		preferences.showPage("Author");
		assertNotNull(preferences.text("preferences.author.name"));
		preferences.screenshot("preferences-author");
		preferences.close("Cancel");
	}

	@Test
	@Order(6)
	void disconnectWantsTheApisNameAndKeepsFilesAndHistory() throws Exception {
		String head;
		try (Git git = Git.open(demo.toFile())) {
			head = git.getRepository().resolve("HEAD").name();
		}
		driver.chooseMenu(windowShell, "Repository", "Disconnect...");
		DialogPage confirm = DialogPage.await(driver, "Disconnect Repository");
		assertFalse(confirm.isEnabled("Disconnect"));
		confirm.type("disconnect.name", "Bookshop");
		assertFalse(confirm.isEnabled("Disconnect"), "a wrong name does not disconnect");
		assertTrue(confirm.allText().contains("The name does not match. Type Bookshop API exactly."), confirm.allText());
		confirm.screenshot("disconnect-dialog");
		confirm.type("disconnect.name", "Bookshop API");
		confirm.press("Disconnect");
		confirm.awaitClosed();
		DialogPage done = DialogPage.await(driver, "Repository Disconnected");
		String report = done.allText();
		assertTrue(report.contains("Removed the remote origin (https://git.example.com/team/bookshop.git)"), report);
		assertTrue(report.contains("Files, specsync.yaml and the history were kept"), report);
		done.close("OK");
		try (Git git = Git.open(demo.toFile())) {
			StoredConfig config = git.getRepository().getConfig();
			config.load();
			assertNull(config.getString("remote", "origin", "url"));
			assertEquals(head, git.getRepository().resolve("HEAD").name());
		}
		assertTrue(Files.exists(demo.resolve("specs/bookshop/openapi.yaml")));
		assertTrue(Files.exists(demo.resolve("specsync.yaml")));
	}

	private static boolean contains(Path file, String text) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
		} catch (IOException e) {
			return false;
		}
	}

	private static Bundle bundle(String name) {
		BundleContext context = FrameworkUtil.getBundle(ConnectRepositoryTest.class).getBundleContext();
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getSymbolicName().equals(name)) {
				return bundle;
			}
		}
		throw new AssertionError("no bundle " + name);
	}

	private static CredentialStore store() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(ConnectRepositoryTest.class).getBundleContext();
		ServiceTracker<CredentialStore, CredentialStore> tracker = new ServiceTracker<>(context, CredentialStore.class, null);
		tracker.open();
		try {
			CredentialStore store = tracker.waitForService(10_000);
			assertNotNull(store, "the credential store service");
			return store;
		} finally {
			tracker.close();
		}
	}
}
