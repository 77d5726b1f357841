package dev.specsync.ui.tests.driver;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
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
