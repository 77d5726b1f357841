package dev.specsync.ui.tests.driver;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * What every dialog page object shares: controls by test id or by button label, typing, choosing in a combo,
 * the texts shown, and closing.
 */
public class DialogPage {

	/** The driver. */
	protected final SwtDriver driver;
	/** The dialog's shell. */
	protected final Shell shell;

	/**
	 * A page on a visible dialog.
	 *
	 * @param driver the driver
	 * @param shell the dialog's shell
	 */
	protected DialogPage(SwtDriver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	/**
	 * Waits for a dialog by its title.
	 *
	 * @param driver the driver
	 * @param title the shell title
	 * @return the page
	 */
	public static DialogPage await(SwtDriver driver, String title) {
		return new DialogPage(driver, driver.waitForShell(title));
	}

	/** @return the dialog's shell */
	public Shell shell() {
		return shell;
	}

	/**
	 * A control by its test id, waiting for it to exist.
	 *
	 * @param id the test id
	 * @return the control
	 */
	protected Control control(String id) {
		driver.waitUntil("control " + id + " in '" + title() + "'", () -> SwtDriver.byTestId(shell, id) != null);
		return driver.onUi(() -> SwtDriver.byTestId(shell, id));
	}

	/** @return the dialog's title */
	public String title() {
		return driver.onUi(() -> shell.isDisposed() ? "" : shell.getText());
	}

	/**
	 * Types into a text field as a user would (the field fires its modify events).
	 *
	 * @param id the field's test id
	 * @param value the new text
	 */
	public void type(String id, String value) {
		Text text = (Text) control(id);
		driver.onUi(() -> {
			text.setFocus();
			text.setText(value);
			return null;
		});
	}

	/**
	 * Chooses an item of a combo by its text.
	 *
	 * @param id the combo's test id
	 * @param item the item's text
	 */
	public void choose(String id, String item) {
		Combo combo = (Combo) control(id);
		driver.waitUntil("'" + item + "' in " + id, () -> Arrays.asList(combo.getItems()).contains(item));
		driver.onUi(() -> {
			combo.select(Arrays.asList(combo.getItems()).indexOf(item));
			combo.notifyListeners(SWT.Selection, new Event());
			return null;
		});
	}

	/**
	 * The items of a combo.
	 *
	 * @param id the combo's test id
	 * @return the items
	 */
	public List<String> items(String id) {
		Combo combo = (Combo) control(id);
		return driver.onUi(() -> List.of(combo.getItems()));
	}

	/**
	 * The text of a label, text or combo.
	 *
	 * @param id the test id
	 * @return the text
	 */
	public String text(String id) {
		Control control = control(id);
		return driver.onUi(() -> control instanceof Label l ? l.getText()
				: control instanceof Text t ? t.getText() : control instanceof Combo c ? c.getText() : control.toString());
	}

	/**
	 * A push button by its label (mnemonic ignored).
	 *
	 * @param label the label
	 * @return the button
	 */
	public Button button(String label) {
		driver.waitUntil("a button '" + label + "' in '" + title() + "'", () -> !SwtDriver
				.findAll(shell, Button.class, b -> label.equals(SwtDriver.stripMnemonic(b.getText()))).isEmpty());
		return driver.onUi(() -> SwtDriver.findAll(shell, Button.class,
				b -> label.equals(SwtDriver.stripMnemonic(b.getText()))).get(0));
	}

	/**
	 * Whether a button is enabled.
	 *
	 * @param label the button's label
	 * @return whether a click would act
	 */
	public boolean isEnabled(String label) {
		Button button = button(label);
		return driver.onUi(button::isEnabled);
	}

	/**
	 * Clicks a button, as a user would, if it is enabled.
	 *
	 * @param label the button's label
	 */
	public void press(String label) {
		Button button = button(label);
		driver.waitUntil("the button '" + label + "' to be enabled", button::isEnabled);
		driver.click(button);
	}

	/** @return the texts of all labels of the dialog, one per line (the title area and message included) */
	public String allText() {
		return driver.onUi(() -> SwtDriver.findAll(shell, Control.class, c -> c instanceof Label || c instanceof Text
				&& (c.getStyle() & SWT.READ_ONLY) != 0).stream()
				.map(c -> c instanceof Label l ? l.getText() : ((Text) c).getText()).collect(Collectors.joining("\n")));
	}

	/**
	 * The mnemonic letters of the visible labels and buttons, lower case, in widget order: a letter twice means
	 * Alt+letter reaches only one of them.
	 *
	 * @return the letters
	 */
	public List<Character> mnemonics() {
		return driver.onUi(() -> SwtDriver.findAll(shell, Control.class,
				c -> c.isVisible() && (c instanceof Label || c instanceof Button)).stream()
				.map(c -> c instanceof Label l ? l.getText() : ((Button) c).getText())
				.map(DialogPage::mnemonic).filter(java.util.Objects::nonNull).toList());
	}

	private static Character mnemonic(String text) {
		for (int i = 0; i + 1 < text.length(); i++) {
			if (text.charAt(i) == '&') {
				if (text.charAt(i + 1) != '&') {
					return Character.toLowerCase(text.charAt(i + 1));
				}
				i++;
			}
		}
		return null;
	}

	/** Waits for the dialog to close. */
	public void awaitClosed() {
		driver.waitUntil("'" + title() + "' to close", shell::isDisposed);
	}

	/**
	 * Presses a button and waits for the dialog to close.
	 *
	 * @param label the button's label
	 */
	public void close(String label) {
		press(label);
		awaitClosed();
	}

	/**
	 * Saves a screenshot of the dialog when screenshots are wanted.
	 *
	 * @param name the file name without extension
	 */
	public void screenshot(String name) {
		if (SwtDriver.screensFolder() == null) {
			return;
		}
		// GTK under Xvfb paints after the events that changed the widgets: let it, or the picture is stale
		long until = System.currentTimeMillis() + 400;
		while (System.currentTimeMillis() < until) {
			driver.onUi(() -> {
				while (driver.display().readAndDispatch()) {
					// paint what is pending
				}
				return null;
			});
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		driver.screenshot(shell, name);
	}
}
