package dev.specsync.ui.tests.driver;

import java.util.List;

import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** An open definition editor: its tab, text, colours, dirty mark and the bar about changes on disk. */
public final class EditorPage {

	private final SwtDriver driver;
	private final Shell shell;
	private final String name;

	EditorPage(SwtDriver driver, Shell shell, String name) {
		this.driver = driver;
		this.shell = shell;
		this.name = name;
	}

	/**
	 * Waits until the editor's tab is shown with its text.
	 *
	 * @return this page
	 */
	public EditorPage await() {
		driver.waitUntil("an editor tab '" + name + "' with text", () -> {
			StyledText text = textWidget();
			return text != null && text.isVisible() && text.getCharCount() > 0;
		});
		return this;
	}

	private CTabItem tab() {
		List<CTabItem> tabs = SwtDriver.findAll(shell, CTabItem.class,
				item -> name.equals(item.getText()) || ("*" + name).equals(item.getText()));
		return tabs.isEmpty() ? null : tabs.get(0);
	}

	private Control control(String id) {
		CTabItem tab = tab();
		if (tab == null || !(tab.getControl() instanceof Composite composite)) {
			return null;
		}
		return SwtDriver.byTestId(composite, id);
	}

	private StyledText textWidget() {
		return (StyledText) control("editor.text");
	}

	/** @return the text shown */
	public String text() {
		return driver.onUi(() -> textWidget().getText());
	}

	/**
	 * The colour the text has at an offset.
	 *
	 * @param offset the offset in the text
	 * @return the foreground colour, or null when the text has no style there
	 */
	public RGB colourAt(int offset) {
		return driver.onUi(() -> {
			StyleRange range = textWidget().getStyleRangeAtOffset(offset);
			return range == null || range.foreground == null ? null : range.foreground.getRGB();
		});
	}

	/**
	 * Whether the text at an offset is in italics.
	 *
	 * @param offset the offset
	 * @return true when italic
	 */
	public boolean italicAt(int offset) {
		return driver.onUi(() -> {
			StyleRange range = textWidget().getStyleRangeAtOffset(offset);
			return range != null && (range.fontStyle & org.eclipse.swt.SWT.ITALIC) != 0;
		});
	}

	/**
	 * Replaces text, as typing over a selection does.
	 *
	 * @param offset where
	 * @param length how many chars
	 * @param replacement the new text
	 */
	public void replace(int offset, int length, String replacement) {
		driver.onUi(() -> {
			StyledText text = textWidget();
			text.setFocus();
			text.replaceTextRange(offset, length, replacement);
			return null;
		});
	}

	/** @return whether the tab shows the unsaved-edits mark */
	public boolean isDirty() {
		return driver.onUi(() -> tab().getText().startsWith("*"));
	}

	/**
	 * Waits for the tab's unsaved-edits mark to be as expected.
	 *
	 * @param dirty the expected state
	 */
	public void awaitDirty(boolean dirty) {
		driver.waitUntil("the editor '" + name + "' to be " + (dirty ? "dirty" : "clean"),
				() -> tab() != null && tab().getText().startsWith("*") == dirty);
	}

	/** Chooses File &gt; Save, as a user would with the editor active, and waits until the mark is gone. */
	public void save() {
		driver.chooseMenu(shell, "File", "Save");
		awaitDirty(false);
	}

	/** @return the 1-based line of the caret's selection start */
	public int selectedLine() {
		return driver.onUi(() -> textWidget().getLineAtOffset(textWidget().getSelection().x) + 1);
	}

	/** @return the text of the bar about changes on disk, or null when it is not shown */
	public String infobar() {
		return driver.onUi(() -> {
			Control bar = control("editor.infobar");
			return bar != null && bar.isVisible() ? ((Label) SwtDriver.byTestId(bar, "editor.infobar.text")).getText() : null;
		});
	}

	/**
	 * Waits for the bar about changes on disk.
	 *
	 * @return its text
	 */
	public String awaitInfobar() {
		driver.waitUntil("the editor's bar about a change on disk", () -> {
			Control bar = control("editor.infobar");
			return bar != null && bar.isVisible();
		});
		return infobar();
	}

	/** Presses "Keep My Edits". */
	public void keepMyEdits() {
		press("editor.infobar.keep");
	}

	/** Presses "Load the File from Disk". */
	public void loadFromDisk() {
		press("editor.infobar.load");
	}

	private void press(String id) {
		Button button = driver.onUi(() -> (Button) control(id));
		driver.click(button);
		driver.waitUntil("the bar to close", () -> !control("editor.infobar").isVisible());
	}
}
