package dev.specsync.ui.connect.internal.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.specsync.net.NetworkSettings;
import dev.specsync.ui.connect.internal.ConnectDialog;
import dev.specsync.ui.connect.internal.Messages;

/**
 * Certificates: the certificate authorities trusted besides the system's, the user's (removable) and the
 * installation's (read-only). Add copies a file that holds a certificate into the user's folder; there is no way to
 * trust every certificate.
 */
public final class CertificatesPage extends PreferencePage {

	/**
	 * Chooses the file Add… adds: a file dialog, which UI tests replace because a native dialog cannot be driven.
	 * Returns {@code null} when the user cancels.
	 */
	public static volatile Function<Shell, String> chooser = CertificatesPage::chooseFile;

	private final TrustedCertificates certificates;
	private final List<TrustedCertificates.Entry> rows = new ArrayList<>();
	private Table table;
	private Button add;
	private Button remove;
	private Label message;

	/**
	 * The page.
	 *
	 * @param settings the network settings, {@code null} when the network bundle is not running
	 */
	public CertificatesPage(NetworkSettings settings) {
		super(Messages.Certificates_page);
		setDescription(Messages.Certificates_description);
		this.certificates = settings == null ? null : new TrustedCertificates(settings);
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		body.setLayout(layout);
		PixelConverter pixels = new PixelConverter(parent);
		table = new Table(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(ConnectDialog.TEST_ID, "preferences.certificates.table"); //$NON-NLS-1$
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		tableData.widthHint = pixels.convertWidthInCharsToPixels(60);
		tableData.heightHint = pixels.convertHeightInCharsToPixels(10);
		table.setLayoutData(tableData);
		column(Messages.Certificates_subject, pixels.convertWidthInCharsToPixels(19));
		column(Messages.Certificates_issuer, pixels.convertWidthInCharsToPixels(19));
		column(Messages.Certificates_expires, pixels.convertWidthInCharsToPixels(12));
		column(Messages.Certificates_source, pixels.convertWidthInCharsToPixels(10));
		add = button(body, Messages.Certificates_add, "preferences.certificates.add", pixels); //$NON-NLS-1$
		remove = button(body, Messages.Certificates_remove, "preferences.certificates.remove", pixels); //$NON-NLS-1$
		add.addListener(SWT.Selection, e -> add());
		remove.addListener(SWT.Selection, e -> remove());
		table.addListener(SWT.Selection, e -> selected());
		message = new Label(body, SWT.WRAP);
		message.setData(ConnectDialog.TEST_ID, "preferences.certificates.message"); //$NON-NLS-1$
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		messageData.widthHint = tableData.widthHint;
		messageData.heightHint = pixels.convertHeightInCharsToPixels(3);
		message.setLayoutData(messageData);
		Dialog.applyDialogFont(body);
		reload(null);
		return body;
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	private static Button button(Composite parent, String text, String testId, PixelConverter pixels) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(ConnectDialog.TEST_ID, testId);
		GridData data = new GridData(SWT.FILL, SWT.TOP, false, false);
		data.widthHint = Math.max(pixels.convertHorizontalDLUsToPixels(61), button.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
		button.setLayoutData(data);
		return button;
	}

	private void reload(String done) {
		table.removeAll();
		rows.clear();
		if (certificates == null) {
			add.setEnabled(false);
			remove.setEnabled(false);
			message.setText(Messages.Certificates_unavailable);
			return;
		}
		DateTimeFormatter format = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());
		for (TrustedCertificates.Entry entry : certificates.list()) {
			rows.add(entry);
			new TableItem(table, SWT.NONE).setText(new String[] { entry.subject(), entry.issuer(),
					format.format(entry.expires()),
					entry.yours() ? Messages.Certificates_yours : Messages.Certificates_installation });
		}
		selected();
		if (done != null) {
			message.setText(done);
		} else if (rows.isEmpty()) {
			message.setText(Messages.Certificates_empty);
		} else {
			message.setText(NLS.bind(Messages.Certificates_folder, certificates.userFolder()));
		}
	}

	private void selected() {
		int index = table.getSelectionIndex();
		remove.setEnabled(index >= 0 && rows.get(index).yours());
		if (index >= 0 && !rows.get(index).yours()) {
			message.setText(NLS.bind(Messages.Certificates_readOnly, rows.get(index).subject()));
		}
	}

	private void add() {
		String file = chooser.apply(getShell());
		if (file == null) {
			return;
		}
		try {
			certificates.add(Path.of(file));
			reload(NLS.bind(Messages.Certificates_added, Path.of(file).getFileName()));
		} catch (IOException e) {
			message.setText(e.getMessage() == null ? NLS.bind(Messages.Certificates_failed, e) : e.getMessage());
		}
	}

	private void remove() {
		int index = table.getSelectionIndex();
		if (index < 0) {
			return;
		}
		TrustedCertificates.Entry entry = rows.get(index);
		try {
			certificates.remove(entry);
			reload(NLS.bind(Messages.Certificates_removed, entry.subject()));
		} catch (IOException e) {
			message.setText(NLS.bind(Messages.Certificates_failed, e.getMessage()));
		}
	}

	private static String chooseFile(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.Certificates_choose);
		dialog.setFilterExtensions(new String[] { "*.pem;*.crt;*.cer", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		return dialog.open();
	}
}
