package dev.specsync.ui.connect.internal.preferences;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;

import dev.specsync.ui.connect.SpecSyncPreferences;
import dev.specsync.ui.connect.internal.Messages;

/** Directories: the schema and collection directories a new connection proposes. */
public final class DirectoriesPage extends PreferencePage {

	private Text schemas;
	private Text collections;

	/** The page. */
	public DirectoriesPage() {
		super(Messages.Directories_page);
		setDescription(Messages.Directories_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		schemas = PageControls.text(body, Messages.Directories_schemas, "preferences.directories.schemas"); //$NON-NLS-1$
		PageControls.hint(body, Messages.Directories_schemasHint);
		collections = PageControls.text(body, Messages.Directories_collections, "preferences.directories.collections"); //$NON-NLS-1$
		schemas.setText(Preferences.schemaDirectory());
		collections.setText(Preferences.collectionDirectory());
		schemas.addListener(SWT.Modify, e -> check());
		collections.addListener(SWT.Modify, e -> check());
		Dialog.applyDialogFont(body);
		return body;
	}

	private void check() {
		String problem = problem(schemas, Messages.Directories_schemas, SpecSyncPreferences.DEFAULT_SCHEMA_DIRECTORY);
		if (problem == null) {
			problem = problem(collections, Messages.Directories_collections, SpecSyncPreferences.DEFAULT_COLLECTION_DIRECTORY);
		}
		setErrorMessage(problem);
		setValid(problem == null);
	}

	private static String problem(Text text, String label, String example) {
		String value = text.getText().strip();
		boolean bad = !value.isEmpty() && (Path.of(value.replace("{api}", "api")).isAbsolute() //$NON-NLS-1$ //$NON-NLS-2$
				|| value.startsWith("/") || value.startsWith("..")); //$NON-NLS-1$ //$NON-NLS-2$
		return bad ? NLS.bind(Messages.Directories_absolute, new Object[] { label.replace("&", "").replace(":", ""), value, example }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				: null;
	}

	@Override
	protected void performDefaults() {
		schemas.setText(SpecSyncPreferences.DEFAULT_SCHEMA_DIRECTORY);
		collections.setText(SpecSyncPreferences.DEFAULT_COLLECTION_DIRECTORY);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (schemas == null) {
			return true;
		}
		try {
			Preferences.put(SpecSyncPreferences.SCHEMA_DIRECTORY, schemas.getText(),
					SpecSyncPreferences.COLLECTION_DIRECTORY, collections.getText());
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage(NLS.bind(Messages.Preferences_saveFailed, e.getMessage()));
			return false;
		}
	}
}
