package dev.specsync.ui.tests.driver;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** The About dialog: what it says, and its buttons. */
public final class AboutDialogPage {

	private final SwtDriver driver;
	private final Shell shell;

	private AboutDialogPage(SwtDriver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	static AboutDialogPage await(SwtDriver driver) {
		return new AboutDialogPage(driver, driver.waitForShell("About SpecSync"));
	}

	/** @return the product name shown */
	public String productName() {
		return labelText("about.name");
	}

	/** @return the version line shown */
	public String versionLine() {
		return labelText("about.version");
	}

	private String labelText(String id) {
		return driver.onUi(() -> {
			Control control = SwtDriver.byTestId(shell, id);
			return control instanceof Label label ? label.getText() : null;
		});
	}

	/** Presses Close and waits for the dialog to go away. */
	public void close() {
		Button close = driver.onUi(() -> SwtDriver.findAll(shell, Button.class,
				b -> "Close".equals(SwtDriver.stripMnemonic(b.getText()))).get(0));
		driver.click(close);
		driver.waitUntil("the About dialog to close", shell::isDisposed);
	}
}
