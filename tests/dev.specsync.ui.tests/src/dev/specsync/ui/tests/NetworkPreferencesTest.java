package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.PasswordAuthentication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import dev.specsync.net.NetworkPreferences;
import dev.specsync.net.ProxyCredentials;
import dev.specsync.ui.connect.internal.preferences.CertificatesPage;
import dev.specsync.ui.tests.driver.MainWindowPage;
import dev.specsync.ui.tests.driver.PreferencesDialogPage;
import dev.specsync.ui.tests.driver.RunningWorkbench;
import dev.specsync.ui.tests.driver.SwtDriver;

/**
 * Window &gt; Preferences… Network and Certificates, as a designer behind a corporate proxy and TLS inspection uses
 * them: a manual proxy ends in the network preferences the connections read, a bad port is named, a certificate
 * authority's PEM file is listed and copied to the user's folder, a file without a certificate is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkPreferencesTest {

	private static final String PROXY_PASSWORD = "Pr0xy-S3cret";

	private static Path state;
	private static RunningWorkbench workbench;
	private static SwtDriver driver;
	private static org.eclipse.swt.widgets.Shell windowShell;

	@BeforeAll
	static void start() throws Exception {
		state = Files.createTempDirectory("specsync-ui-network");
		Path password = state.resolve("storage-password");
		Files.writeString(password, "test-master-password\n");
		System.setProperty("specsync.secureStorage.location", state.resolve("secure_storage").toString());
		System.setProperty("specsync.secureStorage.passwordFile", password.toString());
		workbench = RunningWorkbench.start();
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE);
		node.put(NetworkPreferences.TRUST_USER_FOLDER, state.resolve("certificates").toString());
		node.flush();
		driver = new SwtDriver(workbench.display());
		MainWindowPage.await(driver, "SpecSync");
		windowShell = driver.waitForShell("SpecSync");
	}

	@AfterAll
	static void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
		System.clearProperty("specsync.secureStorage.location");
		System.clearProperty("specsync.secureStorage.passwordFile");
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE);
		node.clear();
		node.flush();
	}

	@Test
	@Order(1)
	void aManualProxyIsStoredWithTheNetworkPreferencesKeys() throws Exception {
		PreferencesDialogPage preferences = PreferencesDialogPage.open(driver, windowShell);
		assertEquals(List.of("Author", "Directories", "Accounts", "Network", "Certificates"), preferences.pages());
		preferences.showPage("Network");
		assertFalse(preferences.enabled("preferences.network.host"), "the manual fields wait for Manual");
		preferences.select("preferences.network.manual");
		assertTrue(preferences.enabled("preferences.network.host"));
		preferences.type("preferences.network.host", "proxy.corp.example");
		preferences.type("preferences.network.port", "70000");
		assertTrue(preferences.allText().contains("The port must be a number from 1 to 65535, not \"70000\"."),
				preferences.allText());
		assertFalse(preferences.isEnabled("Apply and Close"), "a bad port cannot be saved");
		preferences.type("preferences.network.port", "3128");
		preferences.type("preferences.network.nonProxyHosts", "localhost, .corp.example");
		preferences.type("preferences.network.user", "proxy-alice");
		assertTrue(preferences.allText().contains("Enter the proxy password for proxy-alice."), preferences.allText());
		assertFalse(preferences.isEnabled("Apply and Close"), "a new user needs a password");
		preferences.type("preferences.network.password", PROXY_PASSWORD);
		preferences.screenshot("preferences-network");
		preferences.close("Apply and Close");

		// the sign-in is in secure storage, keyed by the proxy, and nowhere in the preferences
		BundleContext context = FrameworkUtil.getBundle(NetworkPreferencesTest.class).getBundleContext();
		ProxyCredentials proxies = context.getService(context.getServiceReference(ProxyCredentials.class));
		PasswordAuthentication signIn = proxies.read("proxy.corp.example", 3128).orElseThrow();
		assertEquals("proxy-alice", signIn.getUserName());
		assertArrayEquals(PROXY_PASSWORD.toCharArray(), signIn.getPassword());
		IEclipsePreferences saved = InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE);
		for (String key : saved.keys()) {
			String value = saved.get(key, "");
			assertFalse(value.contains("proxy-alice") || value.contains(PROXY_PASSWORD), key + " holds the sign-in");
		}

		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE);
		assertEquals("manual", node.get(NetworkPreferences.PROXY_MODE, null));
		assertEquals("proxy.corp.example", node.get(NetworkPreferences.PROXY_HOST, null));
		assertEquals("3128", node.get(NetworkPreferences.PROXY_PORT, null));
		assertEquals("localhost, .corp.example", node.get(NetworkPreferences.PROXY_NON_PROXY_HOSTS, null));

		PreferencesDialogPage again = PreferencesDialogPage.open(driver, windowShell);
		again.showPage("Network");
		assertEquals("proxy.corp.example", again.text("preferences.network.host"), "the page shows what is stored");
		assertEquals("proxy-alice", again.text("preferences.network.user"), "the user comes from secure storage");
		assertEquals("", again.text("preferences.network.password"), "the stored password is never shown");
		again.press("Restore Defaults");
		assertFalse(again.enabled("preferences.network.host"), "the default is the system proxy");
		again.close("Apply and Close");
		assertNull(node.get(NetworkPreferences.PROXY_MODE, null), "system is the default: the key is removed");
		assertNull(node.get(NetworkPreferences.PROXY_HOST, null));
	}

	@Test
	@Order(2)
	void aCertificateAuthorityIsAddedToTheUsersFolderAndAFileWithoutOneIsRefused() throws Exception {
		Path pem = TrustedCertificatesTest.makeAuthority(state, "Corp Inspection CA");
		Path notes = state.resolve("readme.crt");
		Files.writeString(notes, "This is not a certificate.\n");
		PreferencesDialogPage preferences = PreferencesDialogPage.open(driver, windowShell);
		preferences.showPage("Certificates");
		assertEquals(List.of(), preferences.certificates());
		assertTrue(preferences.text("preferences.certificates.message").startsWith("No certificate authority is added"),
				preferences.text("preferences.certificates.message"));
		java.util.function.Function<org.eclipse.swt.widgets.Shell, String> fileDialog = CertificatesPage.chooser;
		try {
			CertificatesPage.chooser = shell -> notes.toString();
			preferences.press("Add...");
			driver.waitUntil("the refusal", () -> preferences.text("preferences.certificates.message")
					.startsWith(notes + " holds no certificate."));
			assertEquals(List.of(), preferences.certificates());
			assertFalse(Files.exists(state.resolve("certificates").resolve("readme.pem")), "nothing is written");
			preferences.screenshot("preferences-certificates-refused");

			CertificatesPage.chooser = shell -> pem.toString();
			preferences.press("Add...");
			driver.waitUntil("the added authority",
					() -> preferences.certificates().equals(List.of("Corp Inspection CA | Corp Inspection CA | Yours")));
		} finally {
			CertificatesPage.chooser = fileDialog;
		}
		assertTrue(Files.readString(state.resolve("certificates").resolve("Corp-Inspection-CA.pem"))
				.startsWith("-----BEGIN CERTIFICATE-----"), "the PEM is in the user's folder");
		preferences.screenshot("preferences-certificates");
		preferences.close("Cancel");
	}
}
