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
		Shell shell = driver.waitForShell(title);
		driver.waitUntil("the parts of the window '" + title + "' (shells: " + driver.onUi(() -> java.util.Arrays
				.stream(driver.display().getShells()).map(s -> s.getText() + (s.isVisible() ? "" : " (hidden)")).toList()) + ")",
				() -> !SwtDriver.findAll(shell, CTabItem.class, item -> true).isEmpty());
		return new MainWindowPage(driver, shell);
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

	/**
	 * Double-clicks a part's tab, as a user does to maximize its stack or to restore the layout when it is maximized
	 * (Resolve Conflicts maximizes the editors' stack, which minimizes Source Control).
	 *
	 * @param tab the tab title
	 */
	public void doubleClickTab(String tab) {
		driver.onUi(() -> {
			CTabItem item = SwtDriver.findAll(shell, CTabItem.class, i -> tab.equals(i.getText())).get(0);
			Rectangle bounds = item.getBounds();
			org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
			event.button = 1;
			event.count = 2;
			event.x = bounds.x + bounds.width / 2;
			event.y = bounds.y + bounds.height / 2;
			item.getParent().notifyListeners(org.eclipse.swt.SWT.MouseDoubleClick, event);
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

	/**
	 * The text of a visible label.
	 *
	 * @param testId the label's test id
	 * @return its text, or null when it is not visible
	 */
	public String labelText(String testId) {
		return driver.onUi(() -> {
			Control control = SwtDriver.byTestId(shell, testId);
			return control instanceof Label label && label.isVisible() ? label.getText() : null;
		});
	}

	/** @return the Explorer */
	public ExplorerPage explorer() {
		return new ExplorerPage(driver, shell);
	}

	/**
	 * An editor by its tab's name.
	 *
	 * @param name the file name shown on the tab
	 * @return the editor, once its text is shown
	 */
	public EditorPage editor(String name) {
		return new EditorPage(driver, shell, name).await();
	}

	/**
	 * The rows of the Problems table: file, line and message.
	 *
	 * @return one string per row, {@code file:line: message}
	 */
	public List<String> problems() {
		return driver.onUi(() -> {
			Control table = SwtDriver.byTestId(shell, "problems.table");
			if (!(table instanceof org.eclipse.swt.widgets.Table t)) {
				return List.of();
			}
			return java.util.Arrays.stream(t.getItems()).map(i -> i.getText(1) + ':' + i.getText(2) + ": " + i.getText(0)).toList();
		});
	}

	/**
	 * Opens a row of the Problems table as a double click does.
	 *
	 * @param index the row
	 */
	public void openProblem(int index) {
		driver.display().asyncExec(() -> {
			org.eclipse.swt.widgets.Table t = (org.eclipse.swt.widgets.Table) SwtDriver.byTestId(shell, "problems.table");
			t.setSelection(index);
			org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
			e.item = t.getItem(index);
			t.notifyListeners(org.eclipse.swt.SWT.Selection, e);
			org.eclipse.swt.widgets.Event open = new org.eclipse.swt.widgets.Event();
			open.item = t.getItem(index);
			t.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, open);
		});
	}

	/**
	 * Selects the Source Control tab and waits for the part to show a branch.
	 *
	 * @return the part
	 */
	public SourceControlPage sourceControl() {
		selectTab("Source Control");
		return SourceControlPage.await(driver, shell);
	}

	/** @return the driver of this window */
	public SwtDriver driver() {
		return driver;
	}

	/**
	 * Chooses Repository &gt; Resolve Conflicts and waits for the compare view to show a conflicting file.
	 *
	 * @return the compare view
	 */
	public ComparePage resolveConflicts() {
		driver.chooseMenu(shell, "Repository", "Resolve Conflicts\u2026");
		return new ComparePage(driver, shell).await();
	}

	/**
	 * Chooses Repository &gt; Compare with Remote (for the active editor's file) and waits for the comparison.
	 *
	 * @return the compare view
	 */
	public ComparePage compareWithRemote() {
		driver.chooseMenu(shell, "Repository", "Compare with Remote");
		return new ComparePage(driver, shell).await();
	}

	/**
	 * Chooses Repository &gt; Compare with Branch or Version (for the active editor's file) and waits for its dialog.
	 *
	 * @return the dialog's shell
	 */
	public Shell openCompareWithRevision() {
		driver.chooseMenu(shell, "Repository", "Compare with Branch or Version\u2026");
		return driver.waitForShell("Compare with Branch or Version");
	}

	/** @return the compare view's lists as they say which file they belong to, and its editable merged result */
	public MultiFileComparePage multiFileCompare() {
		return new MultiFileComparePage(driver, shell);
	}

	/** @return the compare view as it is now (it may show a message instead of files) */
	public ComparePage compareView() {
		return new ComparePage(driver, shell);
	}

	/** @return whether the window is visible and not minimized */
	public boolean isShowing() {
		return driver.onUi(() -> !shell.isDisposed() && shell.isVisible() && !shell.getMinimized());
	}

	/**
	 * Saves a screenshot of the window when screenshots are wanted ({@link SwtDriver#screenshot}).
	 *
	 * @param name the file name without extension
	 */
	public void screenshot(String name) {
		driver.screenshot(shell, name);
	}
}
