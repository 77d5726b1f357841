package dev.specsync.ui.tests.driver;

import org.eclipse.swt.widgets.Shell;

/** Repository &gt; Connect Repository…: provider, its fields, Test Connection and its verdict, Connect. */
public final class ConnectDialogPage extends DialogPage {

	/** The dialog's title. */
	public static final String TITLE = "Connect Repository";

	private ConnectDialogPage(SwtDriver driver, Shell shell) {
		super(driver, shell);
	}

	/**
	 * Opens the dialog from the menu.
	 *
	 * @param driver the driver
	 * @param window the main window's shell
	 * @return the dialog
	 */
	public static ConnectDialogPage open(SwtDriver driver, Shell window) {
		driver.chooseMenu(window, "Repository", "Connect Repository...");
		return new ConnectDialogPage(driver, driver.waitForShell(TITLE));
	}

	/** @return the providers offered, by display name */
	public java.util.List<String> providers() {
		return items("connect.provider");
	}

	/**
	 * Chooses a provider.
	 *
	 * @param displayName its display name
	 */
	public void chooseProvider(String displayName) {
		choose("connect.provider", displayName);
	}

	/**
	 * Types into one of the provider's fields.
	 *
	 * @param fieldId the field's id in the provider's form, such as {@code url}
	 * @param value the value
	 */
	public void field(String fieldId, String value) {
		type("connect.field." + fieldId, value);
	}

	/**
	 * Presses Test Connection and waits for the verdict.
	 *
	 * @return what the dialog says
	 */
	public String testConnection() {
		press("Test Connection");
		driver.waitUntil("the connection test to end", () -> {
			String status = text("connect.status");
			return !status.startsWith("Testing") && !status.startsWith("Test the connection");
		});
		return text("connect.status");
	}

	/**
	 * Presses Connect and waits for the report of what was done.
	 *
	 * @return the report's dialog
	 */
	public DialogPage connect() {
		press("Connect");
		awaitClosed();
		return DialogPage.await(driver, "Repository Connected");
	}
}
