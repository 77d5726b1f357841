package dev.specsync.ui.connect.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Repository &gt; Disconnect…: says what will be removed and what stays, and enables Disconnect only once the
 * user typed the API's name exactly.
 */
public final class DisconnectDialog extends TitleAreaDialog {

	private final String apiName;
	private final String remote;
	private final String url;
	private Text confirmation;

	/**
	 * A confirmation for one connection.
	 *
	 * @param parent the parent shell
	 * @param apiName the name the user must type
	 * @param remote the remote's name
	 * @param url the remote's URL
	 */
	public DisconnectDialog(Shell parent, String apiName, String remote, String url) {
		super(parent);
		this.apiName = apiName;
		this.remote = remote;
		this.url = url;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Disconnect_shellTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Disconnect_title, apiName));
		setMessage(Messages.Disconnect_hint);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = convertHorizontalDLUsToPixels(IDialogConstants.HORIZONTAL_MARGIN);
		layout.marginHeight = convertVerticalDLUsToPixels(IDialogConstants.VERTICAL_MARGIN);
		body.setLayout(layout);
		Label what = new Label(body, SWT.WRAP);
		what.setText(NLS.bind(Messages.Disconnect_message, remote, url));
		GridData whatData = new GridData(SWT.FILL, SWT.TOP, true, false);
		whatData.widthHint = convertWidthInCharsToPixels(70);
		what.setLayoutData(whatData);
		Label prompt = new Label(body, SWT.WRAP);
		prompt.setText(NLS.bind(Messages.Disconnect_prompt, apiName));
		GridData promptData = new GridData(SWT.FILL, SWT.TOP, true, false);
		promptData.verticalIndent = convertVerticalDLUsToPixels(6);
		promptData.widthHint = whatData.widthHint;
		prompt.setLayoutData(promptData);
		confirmation = new Text(body, SWT.BORDER | SWT.SINGLE);
		confirmation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		confirmation.setData(ConnectDialog.TEST_ID, "disconnect.name"); //$NON-NLS-1$
		confirmation.addListener(SWT.Modify, e -> check());
		Dialog.applyDialogFont(body);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.Disconnect_button, false);
		ok.setData(ConnectDialog.TEST_ID, "disconnect.ok"); //$NON-NLS-1$
		ok.setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	private void check() {
		String typed = confirmation.getText();
		boolean matches = typed.equals(apiName);
		getButton(IDialogConstants.OK_ID).setEnabled(matches);
		setErrorMessage(matches || typed.isEmpty() ? null : NLS.bind(Messages.Disconnect_mismatch, apiName));
	}

	@Override
	protected void okPressed() {
		if (confirmation.getText().equals(apiName)) {
			super.okPressed();
		}
	}
}
