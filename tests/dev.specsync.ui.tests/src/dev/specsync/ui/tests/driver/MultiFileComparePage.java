package dev.specsync.ui.tests.driver;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * What the compare view adds for an API of several files and for editing the result by hand, beside
 * {@link ComparePage}: which file the conflict and change lists belong to, and typing in the merged result.
 */
public final class MultiFileComparePage {

	private final SwtDriver driver;
	private final Shell shell;

	MultiFileComparePage(SwtDriver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	private Control control(String id) {
		return SwtDriver.byTestId(shell, id);
	}

	/** @return the title above the conflict list, naming the file it belongs to */
	public String conflictsTitle() {
		return driver.onUi(() -> ((Label) control("compare.conflictsTitle")).getText());
	}

	/** @return the title above the semantic change list, naming the file it belongs to */
	public String changesTitle() {
		return driver.onUi(() -> ((Label) control("compare.changesTitle")).getText());
	}

	/**
	 * Replaces the merged result's text as a user does who selects it all and types (or pastes) a new text: the
	 * widget's own editing, so that the view hears it as it hears typing.
	 *
	 * @param text the new text
	 */
	public void replacePreview(String text) {
		driver.onUi(() -> {
			StyledText preview = (StyledText) control("compare.preview");
			preview.setFocus();
			preview.setSelection(0, preview.getCharCount());
			preview.insert(text);
			return null;
		});
	}

	/**
	 * Types characters at the caret of the merged result, key by key.
	 *
	 * @param offset where to put the caret first
	 * @param characters the characters
	 */
	public void typeInPreview(int offset, String characters) {
		driver.onUi(() -> {
			StyledText preview = (StyledText) control("compare.preview");
			preview.setFocus();
			preview.setCaretOffset(offset);
			for (char c : characters.toCharArray()) {
				Event e = new Event();
				e.character = c;
				e.keyCode = c;
				preview.notifyListeners(SWT.KeyDown, e);
			}
			return null;
		});
	}

	/** @return whether the merged result can be typed in */
	public boolean previewEditable() {
		return driver.onUi(() -> ((StyledText) control("compare.preview")).getEditable());
	}
}
