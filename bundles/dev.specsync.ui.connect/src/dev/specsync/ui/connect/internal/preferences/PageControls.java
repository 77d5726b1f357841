package dev.specsync.ui.connect.internal.preferences;

import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.specsync.ui.connect.internal.ConnectDialog;

/** The label-and-field rows the preference pages share. */
final class PageControls {

	private PageControls() {
	}

	/** A label and a text field 50 characters wide in a two-column grid. */
	static Text text(Composite parent, String label, String testId) {
		Label caption = new Label(parent, SWT.NONE);
		caption.setText(label);
		caption.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = new PixelConverter(parent).convertWidthInCharsToPixels(50);
		text.setLayoutData(data);
		text.setData(ConnectDialog.TEST_ID, testId);
		return text;
	}

	/** A grey hint under the field of the last row. */
	static void hint(Composite parent, String text) {
		new Label(parent, SWT.NONE);
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(text);
		hint.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}
}
