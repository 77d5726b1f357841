package dev.specsync.ui.connect.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.specsync.credentials.CredentialStore;
import dev.specsync.credentials.CredentialStoreException;
import dev.specsync.ui.connect.internal.ConnectDialog;
import dev.specsync.ui.connect.internal.Messages;

/**
 * Accounts: every account with a secret in the {@link CredentialStore}, by host, and Sign Out, which deletes the
 * selected account's secret at once (other accounts of the host stay).
 */
public final class AccountsPage extends PreferencePage {

	private final CredentialStore store;
	private Table table;
	private Button signOut;
	private Label message;
	private final List<String[]> rows = new ArrayList<>();

	/**
	 * The page.
	 *
	 * @param store the secure store, {@code null} when the credentials bundle is not running
	 */
	public AccountsPage(CredentialStore store) {
		super(Messages.Accounts_page);
		setDescription(Messages.Accounts_description);
		this.store = store;
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		body.setLayout(layout);
		table = new Table(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(ConnectDialog.TEST_ID, "preferences.accounts.table"); //$NON-NLS-1$
		PixelConverter pixels = new PixelConverter(parent);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.widthHint = pixels.convertWidthInCharsToPixels(56);
		tableData.heightHint = pixels.convertHeightInCharsToPixels(10);
		table.setLayoutData(tableData);
		TableColumn host = new TableColumn(table, SWT.LEFT);
		host.setText(Messages.Accounts_host);
		host.setWidth(pixels.convertWidthInCharsToPixels(30));
		TableColumn account = new TableColumn(table, SWT.LEFT);
		account.setText(Messages.Accounts_account);
		account.setWidth(pixels.convertWidthInCharsToPixels(24));
		signOut = new Button(body, SWT.PUSH);
		signOut.setText(Messages.Accounts_signOut);
		signOut.setData(ConnectDialog.TEST_ID, "preferences.accounts.signOut"); //$NON-NLS-1$
		GridData buttonData = new GridData(SWT.FILL, SWT.TOP, false, false);
		buttonData.widthHint = Math.max(pixels.convertHorizontalDLUsToPixels(61),
				signOut.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
		signOut.setLayoutData(buttonData);
		signOut.addListener(SWT.Selection, e -> signOut());
		table.addListener(SWT.Selection, e -> signOut.setEnabled(table.getSelectionIndex() >= 0));
		message = new Label(body, SWT.WRAP);
		message.setData(ConnectDialog.TEST_ID, "preferences.accounts.message"); //$NON-NLS-1$
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		messageData.widthHint = tableData.widthHint;
		message.setLayoutData(messageData);
		Dialog.applyDialogFont(body);
		reload(null);
		return body;
	}

	private void reload(String done) {
		table.removeAll();
		rows.clear();
		if (store == null) {
			say(Messages.Accounts_unavailable);
			signOut.setEnabled(false);
			return;
		}
		try {
			for (String host : store.hosts()) {
				for (String account : store.accounts(host)) {
					rows.add(new String[] { host, account });
					new TableItem(table, SWT.NONE).setText(new String[] { host, account });
				}
			}
		} catch (CredentialStoreException e) {
			say(NLS.bind(Messages.Accounts_failed, e.getMessage()));
			signOut.setEnabled(false);
			return;
		}
		if (!rows.isEmpty()) {
			table.select(0);
		}
		signOut.setEnabled(!rows.isEmpty());
		say(done != null ? done : rows.isEmpty() ? Messages.Accounts_empty : ""); //$NON-NLS-1$
	}

	private void signOut() {
		int index = table.getSelectionIndex();
		if (store == null || index < 0 || index >= rows.size()) {
			return;
		}
		String[] row = rows.get(index);
		try {
			store.remove(row[0], row[1]);
			reload(NLS.bind(Messages.Accounts_signedOut, row[1], row[0]));
		} catch (CredentialStoreException e) {
			say(NLS.bind(Messages.Accounts_failed, e.getMessage()));
		}
	}

	private void say(String text) {
		message.setText(text);
		message.getParent().layout(true);
	}
}
