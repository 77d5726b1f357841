package dev.specsync.ui.tests.driver;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The Source Control part as a designer sees it: branch, changed files, diff, commit box, buttons, banner, log. */
public final class SourceControlPage {

	private final SwtDriver driver;
	private final Shell shell;

	SourceControlPage(SwtDriver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	/**
	 * Shows the part and waits until it shows a branch.
	 *
	 * @param window the main window
	 * @param driver the driver
	 * @param shell the main window's shell
	 * @return the page
	 */
	static SourceControlPage await(SwtDriver driver, Shell shell) {
		SourceControlPage page = new SourceControlPage(driver, shell);
		driver.waitUntil("Source Control to show the branch", () -> {
			Control label = SwtDriver.byTestId(shell, "scm.branch");
			return label instanceof Label l && l.isVisible() && !l.getText().isEmpty();
		});
		return page;
	}

	private <T extends Control> T control(String id, Class<T> type) {
		return driver.onUi(() -> type.cast(SwtDriver.byTestId(shell, id)));
	}

	private String labelText(String id) {
		return driver.onUi(() -> ((Label) SwtDriver.byTestId(shell, id)).getText());
	}

	/** @return the branch shown */
	public String branch() {
		return labelText("scm.branch");
	}

	/**
	 * Waits until the part shows a branch (it refreshes in the background after an operation).
	 *
	 * @param name the branch name
	 */
	public void awaitBranch(String name) {
		driver.waitUntil("the part to show branch " + name + " (it shows '" + branch() + "')",
				() -> name.equals(((Label) SwtDriver.byTestId(shell, "scm.branch")).getText()));
	}

	/** @return the upstream and ahead/behind text */
	public String sync() {
		return labelText("scm.sync");
	}

	/** @return the author line */
	public String author() {
		return driver.onUi(() -> ((Link) SwtDriver.byTestId(shell, "scm.author")).getText());
	}

	/** @return the changed files as shown: mark, two spaces, path */
	public List<String> files() {
		return driver.onUi(() -> Arrays.stream(((Table) SwtDriver.byTestId(shell, "scm.files")).getItems()).map(TableItem::getText).toList());
	}

	/**
	 * Waits until a row of the changed files equals a text.
	 *
	 * @param row the row, for example {@code "M  specs/api.yaml"}
	 */
	public void awaitFile(String row) {
		driver.waitUntil("the changed file '" + row + "' (have " + files() + ")", () -> Arrays
				.stream(((Table) SwtDriver.byTestId(shell, "scm.files")).getItems()).anyMatch(i -> i.getText().equals(row)));
	}

	/**
	 * Selects a changed file, as a click does, and waits for its diff.
	 *
	 * @param path the file's path
	 * @return the diff shown
	 */
	public String diffOf(String path) {
		driver.onUi(() -> {
			Table table = (Table) SwtDriver.byTestId(shell, "scm.files");
			for (TableItem item : table.getItems()) {
				if (item.getText().endsWith("  " + path)) {
					table.setSelection(item);
					Event event = new Event();
					event.item = item;
					table.notifyListeners(SWT.Selection, event);
				}
			}
			return null;
		});
		driver.waitUntil("the diff of " + path, () -> ((StyledText) SwtDriver.byTestId(shell, "scm.diff")).getText().contains(path));
		return driver.onUi(() -> ((StyledText) SwtDriver.byTestId(shell, "scm.diff")).getText());
	}

	/**
	 * Types a commit message.
	 *
	 * @param message the message
	 */
	public void setMessage(String message) {
		driver.onUi(() -> {
			((Text) SwtDriver.byTestId(shell, "scm.commitMessage")).setText(message);
			return null;
		});
	}

	/** Presses Ctrl+Enter (Cmd+Enter on macOS) in the commit message box. */
	public void commitWithKeyboard() {
		driver.display().asyncExec(() -> {
			Text box = (Text) SwtDriver.byTestId(shell, "scm.commitMessage");
			box.setFocus();
			Event event = new Event();
			event.keyCode = SWT.CR;
			event.character = '\r';
			event.stateMask = SWT.MOD1;
			box.notifyListeners(SWT.KeyDown, event);
		});
	}

	/** @return the commit message box's text */
	public String message() {
		return driver.onUi(() -> ((Text) SwtDriver.byTestId(shell, "scm.commitMessage")).getText());
	}

	/**
	 * Clicks one of the part's buttons once it is enabled.
	 *
	 * @param id the button's test id, for example {@code scm.commit}
	 */
	public void press(String id) {
		Button button = control(id, Button.class);
		driver.waitUntil("the button " + id + " to be enabled", () -> button.isEnabled() && button.isVisible());
		driver.click(button);
	}

	/**
	 * Waits for the log row of an operation that ended after the rows there were.
	 *
	 * @param operation the operation, as the log names it
	 * @param before the number of rows before the operation started
	 * @return the row: time, operation, result, message
	 */
	public String[] awaitLog(String operation, int before) {
		driver.waitUntil("the log entry of " + operation, () -> {
			Table log = (Table) SwtDriver.byTestId(shell, "scm.log");
			return log.getItemCount() > before && log.getItem(0).getText(1).equals(operation);
		});
		driver.waitUntil("the part to be idle", () -> !SwtDriver.byTestId(shell, "scm.progress").isVisible());
		return driver.onUi(() -> {
			TableItem item = ((Table) SwtDriver.byTestId(shell, "scm.log")).getItem(0);
			return new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3) };
		});
	}

	/** @return the number of log rows */
	public int logSize() {
		return driver.onUi(() -> ((Table) SwtDriver.byTestId(shell, "scm.log")).getItemCount());
	}

	/** @return the status line under the buttons */
	public String status() {
		return driver.onUi(() -> ((Link) SwtDriver.byTestId(shell, "scm.status")).getText());
	}

	/**
	 * Follows a link of the status line, without waiting for what it opens.
	 *
	 * @param href the link's target, for example {@code force}
	 */
	public void followStatusLink(String href) {
		driver.display().asyncExec(() -> {
			Event event = new Event();
			event.text = href;
			SwtDriver.byTestId(shell, "scm.status").notifyListeners(SWT.Selection, event);
		});
	}

	/**
	 * Waits for the conflict banner.
	 *
	 * @return its text
	 */
	public String awaitBanner() {
		driver.waitUntil("the conflict banner", () -> SwtDriver.byTestId(shell, "scm.banner").isVisible());
		return labelText("scm.banner");
	}

	/** @return whether the conflict banner shows */
	public boolean bannerShown() {
		return driver.onUi(() -> SwtDriver.byTestId(shell, "scm.banner").isVisible());
	}

	/**
	 * Waits until the part's state satisfies a check on its sync label and files.
	 *
	 * @param what what is awaited
	 * @param syncText text the upstream label must contain
	 */
	public void awaitSync(String what, String syncText) {
		driver.waitUntil(what + " (sync shows '" + sync() + "')", () -> ((Label) SwtDriver.byTestId(shell, "scm.sync")).getText().contains(syncText));
	}

	/**
	 * Opens the branch dialog with the part's button.
	 *
	 * @return the dialog
	 */
	public BranchDialogPage openBranches() {
		press("scm.branches");
		return new BranchDialogPage(driver, driver.waitForShell("Branches"));
	}

	/**
	 * Opens the Undo Last Sync dialog with the part's button.
	 *
	 * @return the dialog's shell
	 */
	public Shell openUndo() {
		press("scm.undo");
		return driver.waitForShell("Undo Last Sync");
	}
}
