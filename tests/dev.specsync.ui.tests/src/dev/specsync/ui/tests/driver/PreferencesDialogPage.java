package dev.specsync.ui.tests.driver;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Window &gt; Preferences…: its pages, the Accounts page's table and Sign Out, the Network and Certificates pages. */
public final class PreferencesDialogPage extends DialogPage {

	private PreferencesDialogPage(SwtDriver driver, Shell shell) {
		super(driver, shell);
	}

	/**
	 * Opens the dialog from the menu.
	 *
	 * @param driver the driver
	 * @param window the main window's shell
	 * @return the dialog
	 */
	public static PreferencesDialogPage open(SwtDriver driver, Shell window) {
		driver.chooseMenu(window, "Window", "Preferences...");
		return new PreferencesDialogPage(driver, driver.waitForShell("Preferences"));
	}

	/** @return the page names in the dialog's list */
	public List<String> pages() {
		return driver.onUi(() -> Arrays.stream(SwtDriver.findAll(shell, Tree.class, t -> true).get(0).getItems())
				.map(TreeItem::getText).toList());
	}

	/**
	 * Shows a page, as a click on its name does.
	 *
	 * @param name the page's name
	 */
	public void showPage(String name) {
		driver.onUi(() -> {
			Tree tree = SwtDriver.findAll(shell, Tree.class, t -> true).get(0);
			TreeItem item = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals(name)).findFirst().orElseThrow();
			tree.setSelection(item);
			Event event = new Event();
			event.item = item;
			tree.notifyListeners(SWT.Selection, event);
			return null;
		});
	}

	/** @return the Accounts table's rows as {@code host | account} */
	public List<String> accounts() {
		Table table = (Table) control("preferences.accounts.table");
		return driver.onUi(() -> Arrays.stream(table.getItems()).map(i -> i.getText(0) + " | " + i.getText(1)).toList());
	}

	/**
	 * Selects an account's row and presses Sign Out.
	 *
	 * @param row the row as {@link #accounts()} gives it
	 */
	public void signOut(String row) {
		Table table = (Table) control("preferences.accounts.table");
		driver.onUi(() -> {
			int index = Arrays.stream(table.getItems()).map(i -> i.getText(0) + " | " + i.getText(1)).toList().indexOf(row);
			table.setSelection(index);
			Event event = new Event();
			event.item = table.getItem(index);
			table.notifyListeners(SWT.Selection, event);
			return null;
		});
		press("Sign Out");
	}

	/**
	 * Selects a radio button, as a click on it does (the others of its group are cleared).
	 *
	 * @param id the radio button's test id
	 */
	public void select(String id) {
		Button radio = (Button) control(id);
		driver.onUi(() -> {
			for (org.eclipse.swt.widgets.Control sibling : radio.getParent().getChildren()) {
				if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0 && other != radio) {
					other.setSelection(false);
				}
			}
			radio.setSelection(true);
			radio.notifyListeners(SWT.Selection, new Event());
			return null;
		});
	}

	/**
	 * Whether a control is enabled.
	 *
	 * @param id the control's test id
	 * @return whether the user can use it
	 */
	public boolean enabled(String id) {
		org.eclipse.swt.widgets.Control control = control(id);
		return driver.onUi(control::isEnabled);
	}

	/** @return the Certificates table's rows as {@code subject | issuer | source} */
	public List<String> certificates() {
		Table table = (Table) control("preferences.certificates.table");
		return driver.onUi(() -> Arrays.stream(table.getItems())
				.map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(3)).toList());
	}
}
