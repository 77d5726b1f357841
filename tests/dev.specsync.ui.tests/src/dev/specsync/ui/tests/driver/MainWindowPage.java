package dev.specsync.ui.tests.driver;

import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** The main window as a user sees it: its title, the part tabs, their places and texts, the menu. */
public final class MainWindowPage {

	private final SwtDriver driver;
	private final Shell shell;

	private MainWindowPage(SwtDriver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	/**
	 * Waits for the main window to be visible.
	 *
	 * @param driver the driver
	 * @param title the expected window title
	 * @return the page
	 */
	public static MainWindowPage await(SwtDriver driver, String title) {
		return new MainWindowPage(driver, driver.waitForShell(title));
	}

	/** @return the window title */
	public String title() {
		return driver.onUi(shell::getText);
	}

	/** @return the titles of all part tabs, in window order */
	public List<String> partTabs() {
		return driver.onUi(() -> SwtDriver.findAll(shell, CTabItem.class, item -> true).stream()
				.map(CTabItem::getText).toList());
	}

	/**
	 * Where the stack holding a tab is on the screen.
	 *
	 * @param tab the tab's title
	 * @return the stack's bounds in display coordinates
	 */
	public Rectangle stackBounds(String tab) {
		return driver.onUi(() -> {
			CTabItem item = SwtDriver.findAll(shell, CTabItem.class, i -> tab.equals(i.getText())).get(0);
			CTabFolder folder = item.getParent();
			Rectangle local = folder.getBounds();
			return folder.getDisplay().map(folder.getParent(), null, local);
		});
	}

	/**
	 * Selects a part's tab, as a click on it would.
	 *
	 * @param tab the tab title
	 */
	public void selectTab(String tab) {
		driver.onUi(() -> {
			CTabItem item = SwtDriver.findAll(shell, CTabItem.class, i -> tab.equals(i.getText())).get(0);
			item.getParent().setSelection(item);
			item.getParent().notifyListeners(org.eclipse.swt.SWT.Selection, selectionEvent(item));
			return null;
		});
	}

	private static org.eclipse.swt.widgets.Event selectionEvent(CTabItem item) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.item = item;
		return event;
	}

	/**
	 * The message an empty part shows, if it is visible.
	 *
	 * @param key the part's empty-state key
	 * @return the text, or null when not shown
	 */
	public String emptyStateText(String key) {
		return driver.onUi(() -> {
			Control control = SwtDriver.byTestId(shell, "emptyState." + key);
			return control instanceof Label label && label.isVisible() ? label.getText() : null;
		});
	}

	/**
	 * Opens Help &gt; About SpecSync.
	 *
	 * @return the dialog
	 */
	public AboutDialogPage openAbout() {
		driver.chooseMenu(shell, "Help", "About SpecSync");
		return AboutDialogPage.await(driver);
	}

	/** @return whether the window is visible and not minimized */
	public boolean isShowing() {
		return driver.onUi(() -> !shell.isDisposed() && shell.isVisible() && !shell.getMinimized());
	}
}
