package dev.specsync.ui.tests.driver;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The Branches dialog of Source Control and the dialogs it opens. */
public final class BranchDialogPage {

	private final SwtDriver driver;
	private final Shell shell;

	BranchDialogPage(SwtDriver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	/** @return the dialog's shell */
	public Shell shell() {
		return shell;
	}

	/** @return the rows: branch, tracks, ahead/behind, joined by " | " */
	public List<String> rows() {
		return driver.onUi(() -> Arrays.stream(table().getItems())
				.map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2)).toList());
	}

	private Table table() {
		return (Table) SwtDriver.byTestId(shell, "branches.table");
	}

	/**
	 * Selects a branch row whose first column starts with a name.
	 *
	 * @param name the branch name
	 */
	public void select(String name) {
		driver.onUi(() -> {
			for (TableItem item : table().getItems()) {
				if (item.getText(0).equals(name) || item.getText(0).startsWith(name + "  ")) {
					table().setSelection(item);
					Event event = new Event();
					event.item = item;
					table().notifyListeners(SWT.Selection, event);
					return null;
				}
			}
			throw new AssertionError("no branch " + name + " in " + rows());
		});
	}

	/**
	 * Presses a button of the dialog, without waiting for what it opens.
	 *
	 * @param id the test id, for example {@code branches.switch}
	 */
	public void press(String id) {
		Button button = driver.onUi(() -> (Button) SwtDriver.byTestId(shell, id));
		driver.waitUntil(id + " enabled", button::isEnabled);
		driver.click(button);
	}

	/**
	 * Creates a branch through New Branch... and waits for the dialog's status to name it.
	 *
	 * @param name the branch
	 * @param startPoint where it starts
	 */
	public void create(String name, String startPoint) {
		press("branches.new");
		Shell dialog = driver.waitForShell("New Branch");
		driver.onUi(() -> {
			((Text) SwtDriver.byTestId(dialog, "newBranch.name")).setText(name);
			((Combo) SwtDriver.byTestId(dialog, "newBranch.start")).setText(startPoint);
			return null;
		});
		pressButton(dialog, "Create");
		awaitStatus(name);
	}

	/**
	 * Presses a button by label in a shell.
	 *
	 * @param dialog the shell
	 * @param label the label without mnemonic
	 */
	public void pressButton(Shell dialog, String label) {
		Button button = driver.onUi(() -> SwtDriver.findAll(dialog, Button.class, b -> label.equals(SwtDriver.stripMnemonic(b.getText()))).get(0));
		driver.click(button);
	}

	/**
	 * Waits until the dialog's status line contains a text.
	 *
	 * @param text the text
	 */
	public void awaitStatus(String text) {
		driver.waitUntil("the branch dialog to say '" + text + "' (says '" + status() + "')", () -> status().contains(text));
	}

	/** @return the dialog's status line */
	public String status() {
		return driver.onUi(() -> ((Label) SwtDriver.byTestId(shell, "branches.status")).getText());
	}

	/** Closes the dialog. */
	public void close() {
		pressButton(shell, "Close");
		driver.waitUntil("the branch dialog to close", shell::isDisposed);
	}
}
