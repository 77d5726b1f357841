package dev.specsync.ui.tests.driver;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** The Explorer as a user sees it: the rows of its tree, and opening one. */
public final class ExplorerPage {

	private final SwtDriver driver;
	private final Shell shell;

	ExplorerPage(SwtDriver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	/**
	 * Waits until the tree shows a row starting with a text.
	 *
	 * @param text the row's beginning
	 * @return this page
	 */
	public ExplorerPage awaitRow(String text) {
		try {
			driver.waitUntil("an Explorer row '" + text + "'", () -> rowsNow().stream().anyMatch(r -> r.strip().startsWith(text)));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; the Explorer shows " + rows() + " / message: " + message(), e);
		}
		return this;
	}

	/**
	 * The texts of every row created so far (expanded parts of the tree), depth first, indented by two spaces per
	 * level.
	 *
	 * @return the rows
	 */
	public List<String> rows() {
		return driver.onUi(this::rowsNow);
	}

	/**
	 * The message shown instead of the tree.
	 *
	 * @return the message, or null when the tree is shown
	 */
	public String message() {
		return driver.onUi(() -> {
			var control = SwtDriver.byTestId(shell, "explorer.message");
			return control != null && control.isVisible() ? ((org.eclipse.swt.widgets.Label) control).getText() : null;
		});
	}

	private List<String> rowsNow() {
		List<String> rows = new ArrayList<>();
		Tree tree = tree();
		if (tree != null && tree.isVisible()) {
			for (TreeItem item : tree.getItems()) {
				collect(item, 0, rows);
			}
		}
		return rows;
	}

	private static void collect(TreeItem item, int depth, List<String> rows) {
		if (item.getText().isEmpty()) {
			return; // a placeholder for children not created yet
		}
		rows.add("  ".repeat(depth) + item.getText());
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				collect(child, depth + 1, rows);
			}
		}
	}

	private Tree tree() {
		return (Tree) SwtDriver.byTestId(shell, "explorer.tree");
	}

	/**
	 * Opens a row as a double click (or Enter) does: the rows are found by the beginnings of their texts, from the
	 * top level down; the parents must be expanded.
	 *
	 * @param path the beginnings of the row texts, e.g. "demo", "Bookshop API", "Definition", "openapi.yaml"
	 */
	public void open(String... path) {
		driver.waitUntil("the Explorer row " + String.join(" > ", path), () -> item(path) != null);
		driver.display().asyncExec(() -> {
			TreeItem item = item(path);
			item.getParent().setSelection(item);
			Event event = new Event();
			event.item = item;
			item.getParent().notifyListeners(SWT.Selection, event);
			Event open = new Event();
			open.item = item;
			item.getParent().notifyListeners(SWT.DefaultSelection, open);
		});
	}

	/**
	 * Selects a row and presses a key in the tree, as a user would (F2 renames, Delete deletes, Ctrl+Z undoes).
	 *
	 * @param keyCode the SWT key code
	 * @param stateMask the modifier keys, {@code 0} for none
	 * @param path the row, as for {@link #open(String...)}
	 */
	public void pressKey(int keyCode, int stateMask, String... path) {
		driver.waitUntil("the Explorer row " + String.join(" > ", path), () -> item(path) != null);
		driver.display().asyncExec(() -> {
			TreeItem item = item(path);
			item.getParent().setSelection(item);
			Event selection = new Event();
			selection.item = item;
			item.getParent().notifyListeners(SWT.Selection, selection);
			Event key = new Event();
			key.keyCode = keyCode;
			key.stateMask = stateMask;
			key.doit = true;
			item.getParent().notifyListeners(SWT.KeyDown, key);
		});
	}

	/**
	 * What the Explorer's undo bar says after a rename or delete.
	 *
	 * @return its text, or null while it is hidden
	 */
	public String undoBar() {
		return driver.onUi(() -> {
			Control bar = SwtDriver.byTestId(shell, "explorer.undoBar");
			return bar != null && bar.isVisible() ? ((org.eclipse.swt.widgets.Label) SwtDriver.byTestId(shell, "explorer.undoText")).getText() : null;
		});
	}

	/** Clicks the undo bar's button. */
	public void clickUndo() {
		driver.click(driver.onUi(() -> (org.eclipse.swt.widgets.Button) SwtDriver.byTestId(shell, "explorer.undo")));
	}

	private TreeItem item(String... path) {
		Tree tree = tree();
		if (tree == null) {
			return null;
		}
		TreeItem[] level = tree.getItems();
		TreeItem found = null;
		for (int i = 0; i < path.length; i++) {
			String step = path[i];
			found = null;
			for (TreeItem candidate : level) {
				if (candidate.getText().startsWith(step)) {
					found = candidate;
					break;
				}
			}
			if (found == null) {
				return null;
			}
			if (i < path.length - 1 && !found.getExpanded() && found.getItemCount() > 0) {
				Event expand = new Event(); // as clicking the twistie does: the viewer creates the children
				expand.item = found;
				tree.notifyListeners(SWT.Expand, expand);
				found.setExpanded(true);
			}
			level = found.getItems();
		}
		return found;
	}
}
