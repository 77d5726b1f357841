package dev.specsync.ui.tests.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The compare-and-resolve view as a user sees it: the conflicting files, local and remote side by side, the
 * semantic changes, the conflicts and their choices, the merged result and its state, and the buttons.
 */
public final class ComparePage {

	private final SwtDriver driver;
	private final Shell shell;

	ComparePage(SwtDriver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	/**
	 * Waits until the view shows at least one conflicting file with both sides.
	 *
	 * @return this page
	 */
	public ComparePage await() {
		driver.waitUntil("the compare view with a conflicting file (message: " + message() + ")", () -> {
			Control files = control("compare.files");
			StyledText local = (StyledText) control("compare.local");
			return files instanceof Table t && t.getItemCount() > 0 && local != null && local.isVisible()
					&& local.getCharCount() > 0;
		});
		return this;
	}

	private Control control(String id) {
		return SwtDriver.byTestId(shell, id);
	}

	/** @return the text of the view's message (shown instead of the files when there is nothing to resolve) */
	public String message() {
		return driver.onUi(() -> control("compare.message") instanceof Label l && l.isVisible() ? l.getText() : null);
	}

	/**
	 * Waits for the view's message to contain a text.
	 *
	 * @param text the text
	 * @return the whole message
	 */
	public String awaitMessage(String text) {
		driver.waitUntil("the compare view's message to contain '" + text + "' (error: " + error() + ")",
				() -> control("compare.message") instanceof Label l && l.isVisible() && l.getText().contains(text));
		return message();
	}

	/** @return the error shown above the view, or null */
	public String error() {
		return driver.onUi(() -> control("compare.error") instanceof Label l && l.isVisible() ? l.getText() : null);
	}

	/** @return the summary line at the top */
	public String summary() {
		return driver.onUi(() -> ((Label) control("compare.summary")).getText());
	}

	/** @return the rows of the file list */
	public List<String> files() {
		return rows("compare.files");
	}

	/** @return the local (ours) text shown on the left */
	public String localText() {
		return driver.onUi(() -> ((StyledText) control("compare.local")).getText());
	}

	/** @return the remote (theirs) text shown on the right */
	public String remoteText() {
		return driver.onUi(() -> ((StyledText) control("compare.remote")).getText());
	}

	/** @return the merged result shown */
	public String previewText() {
		return driver.onUi(() -> ((StyledText) control("compare.preview")).getText());
	}

	/** @return the validation state of the merged result */
	public String validation() {
		return driver.onUi(() -> ((Label) control("compare.validation")).getText());
	}

	/**
	 * Waits for the validation state to contain a text.
	 *
	 * @param text the text
	 */
	public void awaitValidation(String text) {
		driver.waitUntil("the merged result's state to contain '" + text + "' (error: " + error() + ")",
				() -> ((Label) control("compare.validation")).getText().contains(text));
	}

	/** @return the semantic changes, one row each: impact, change and lines joined by {@code " | "} */
	public List<String> changes() {
		return rows("compare.changes");
	}

	/** @return the conflicts, one row each: where, local, remote and choice joined by {@code " | "} */
	public List<String> conflicts() {
		return rows("compare.conflicts");
	}

	/** @return the position label of the difference navigation */
	public String position() {
		return driver.onUi(() -> ((Label) control("compare.position")).getText());
	}

	private List<String> rows(String id) {
		return driver.onUi(() -> {
			Table table = (Table) control(id);
			List<String> rows = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				int columns = Math.max(1, table.getColumnCount());
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < columns; i++) {
					cells.add(item.getText(i));
				}
				rows.add(String.join(" | ", cells));
			}
			return rows;
		});
	}

	/**
	 * Selects the first row of a table that contains a text, as a click does.
	 *
	 * @param table {@code conflicts}, {@code changes} or {@code files}
	 * @param text the text the row contains
	 */
	public void select(String table, String text) {
		driver.onUi(() -> {
			Table t = (Table) control("compare." + table);
			List<String> rows = rows(t);
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).contains(text)) {
					t.setSelection(i);
					Event e = new Event();
					e.item = t.getItem(i);
					t.notifyListeners(SWT.Selection, e);
					return null;
				}
			}
			throw new AssertionError("no row with '" + text + "' in " + table + ": " + rows);
		});
	}

	private static List<String> rows(Table table) {
		return Arrays.stream(table.getItems()).map(item -> {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
				cells.add(item.getText(i));
			}
			return String.join(" | ", cells);
		}).toList();
	}

	/**
	 * The 1-based line of the caret on each side: where selecting a change or conflict took them.
	 *
	 * @return {local line, remote line}
	 */
	public int[] caretLines() {
		return driver.onUi(() -> {
			StyledText l = (StyledText) control("compare.local");
			StyledText r = (StyledText) control("compare.remote");
			return new int[] { l.getLineAtOffset(l.getCaretOffset()) + 1, r.getLineAtOffset(r.getCaretOffset()) + 1 };
		});
	}

	/**
	 * The first visible line of each side (0-based), to see that scrolling is linked.
	 *
	 * @return {local top, remote top}
	 */
	public int[] topLines() {
		return driver.onUi(() -> new int[] { ((StyledText) control("compare.local")).getTopIndex(),
				((StyledText) control("compare.remote")).getTopIndex() });
	}

	/**
	 * Scrolls the local side as the scroll bar does.
	 *
	 * @param top the new first visible line, 0-based
	 */
	public void scrollLocal(int top) {
		driver.onUi(() -> {
			StyledText l = (StyledText) control("compare.local");
			l.setTopIndex(top);
			l.getVerticalBar().notifyListeners(SWT.Selection, new Event());
			return null;
		});
	}

	/**
	 * Whether a line of a side is highlighted (has a background of its own).
	 *
	 * @param side {@code local} or {@code remote}
	 * @param line the 1-based line
	 * @return whether it is highlighted
	 */
	public boolean highlighted(String side, int line) {
		return driver.onUi(() -> {
			Color c = ((StyledText) control("compare." + side)).getLineBackground(line - 1);
			return c != null;
		});
	}

	/**
	 * Whether a control of the view is visible.
	 *
	 * @param id the control's test id without {@code compare.}, such as {@code conflicts}, {@code preview}
	 * @return whether it shows
	 */
	public boolean visible(String id) {
		return driver.onUi(() -> {
			Control c = control("compare." + id);
			return c != null && c.isVisible();
		});
	}

	/**
	 * Whether a button is enabled.
	 *
	 * @param id the button's test id without {@code compare.}
	 * @return whether it is enabled
	 */
	public boolean enabled(String id) {
		return driver.onUi(() -> ((Button) control("compare." + id)).isEnabled());
	}

	/**
	 * Clicks a button once it is enabled.
	 *
	 * @param id the button's test id without {@code compare.}, such as {@code keepRemote}, {@code apply}
	 */
	public void click(String id) {
		driver.waitUntil("the button " + id + " to be enabled (error: " + error() + ")", () -> control("compare." + id) instanceof Button b
				&& b.isEnabled() && b.isVisible());
		driver.click(driver.onUi(() -> (Button) control("compare." + id)));
	}

	/**
	 * The label of a button as shown (with its mnemonic marker).
	 *
	 * @param id the button's test id without {@code compare.}
	 * @return the label
	 */
	public String buttonText(String id) {
		return driver.onUi(() -> ((Button) control("compare." + id)).getText());
	}

	/**
	 * Presses a key with Ctrl in the local side, as a user would.
	 *
	 * @param character the character typed with Ctrl
	 */
	public void ctrlKey(char character) {
		driver.onUi(() -> {
			StyledText l = (StyledText) control("compare.local");
			Event e = new Event();
			e.character = character;
			e.keyCode = character;
			e.stateMask = SWT.MOD1;
			l.notifyListeners(SWT.KeyDown, e);
			return null;
		});
	}
}
