package dev.specsync.ui.connect.internal.preferences;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;

import dev.specsync.ui.connect.SpecSyncPreferences;
import dev.specsync.ui.connect.internal.ConnectDialog;
import dev.specsync.ui.connect.internal.Messages;

/** Author: the name and e-mail of commits, defaulting to the Git configuration's {@code user.*}. */
public final class AuthorPage extends PreferencePage {

	private final String[] gitAuthor;
	private Text name;
	private Text email;

	/**
	 * The page.
	 *
	 * @param workspaceRoot the open workspace, whose Git configuration gives the defaults; {@code null} for the
	 *            user's configuration
	 */
	public AuthorPage(Path workspaceRoot) {
		super(Messages.Author_page);
		setDescription(Messages.Author_description);
		gitAuthor = Preferences.gitAuthor(workspaceRoot);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		name = PageControls.text(body, Messages.Author_name, "preferences.author.name"); //$NON-NLS-1$
		email = PageControls.text(body, Messages.Author_email, "preferences.author.email"); //$NON-NLS-1$
		name.setText(Preferences.get(SpecSyncPreferences.AUTHOR_NAME, gitAuthor[0]));
		email.setText(Preferences.get(SpecSyncPreferences.AUTHOR_EMAIL, gitAuthor[1]));
		email.addListener(SWT.Modify, e -> check());
		Label note = new Label(body, SWT.WRAP);
		note.setText(gitAuthor[0].isEmpty() && gitAuthor[1].isEmpty() ? Messages.Author_noGit
				: NLS.bind(Messages.Author_fromGit, gitAuthor[0], gitAuthor[1]));
		note.setData(ConnectDialog.TEST_ID, "preferences.author.note"); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = convertWidthInCharsToPixels(60);
		data.verticalIndent = convertVerticalDLUsToPixels(4);
		note.setLayoutData(data);
		Dialog.applyDialogFont(body);
		return body;
	}

	private void check() {
		String value = email.getText().strip();
		boolean valid = value.isEmpty() || value.contains("@"); //$NON-NLS-1$
		setErrorMessage(valid ? null : NLS.bind(Messages.Author_badEmail, value));
		setValid(valid);
	}

	@Override
	protected void performDefaults() {
		name.setText(gitAuthor[0]);
		email.setText(gitAuthor[1]);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (name == null) {
			return true;
		}
		try {
			// a value equal to Git's is not stored, so a later change of the Git configuration is followed
			Preferences.put(SpecSyncPreferences.AUTHOR_NAME, name.getText().strip().equals(gitAuthor[0]) ? "" : name.getText(), //$NON-NLS-1$
					SpecSyncPreferences.AUTHOR_EMAIL, email.getText().strip().equals(gitAuthor[1]) ? "" : email.getText()); //$NON-NLS-1$
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage(NLS.bind(Messages.Preferences_saveFailed, e.getMessage()));
			return false;
		}
	}
}
