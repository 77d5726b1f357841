package dev.specsync.ui.connect.internal.preferences;

import java.io.IOException;
import java.net.PasswordAuthentication;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
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
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;

import dev.specsync.net.NetworkPreferences;
import dev.specsync.net.ProxyConfiguration;
import dev.specsync.net.ProxyCredentials;
import dev.specsync.ui.connect.internal.ConnectDialog;
import dev.specsync.ui.connect.internal.Messages;

/**
 * Network: how Git operations and provider calls find their HTTP proxy, stored in the {@link NetworkPreferences#NODE}
 * node that the network settings service reads on every connection.
 */
public final class NetworkPage extends PreferencePage {

	private Button system;
	private Button none;
	private Button manual;
	private Text host;
	private Text port;
	private Text nonProxyHosts;
	private Text user;
	private Text password;
	private final ProxyCredentials proxyCredentials;
	private String storedUser = ""; //$NON-NLS-1$

	/**
	 * The page.
	 *
	 * @param proxyCredentials secure storage of the proxy's sign-in, {@code null} when the credentials bundle
	 *            is not running (the user and password fields are then disabled)
	 */
	public NetworkPage(ProxyCredentials proxyCredentials) {
		super(Messages.Network_page);
		setDescription(Messages.Network_description);
		this.proxyCredentials = proxyCredentials;
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		body.setLayout(layout);
		system = radio(body, Messages.Network_system, "preferences.network.system"); //$NON-NLS-1$
		none = radio(body, Messages.Network_none, "preferences.network.none"); //$NON-NLS-1$
		manual = radio(body, Messages.Network_manual, "preferences.network.manual"); //$NON-NLS-1$
		Composite fields = new Composite(body, SWT.NONE);
		GridLayout fieldsLayout = new GridLayout(2, false);
		fieldsLayout.marginWidth = 0;
		fieldsLayout.marginLeft = new PixelConverter(parent).convertWidthInCharsToPixels(3);
		fields.setLayout(fieldsLayout);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		host = PageControls.text(fields, Messages.Network_host, "preferences.network.host"); //$NON-NLS-1$
		port = PageControls.text(fields, Messages.Network_port, "preferences.network.port"); //$NON-NLS-1$
		GridData portData = (GridData) port.getLayoutData();
		portData.horizontalAlignment = SWT.BEGINNING;
		portData.grabExcessHorizontalSpace = false;
		portData.widthHint = new PixelConverter(parent).convertWidthInCharsToPixels(8);
		nonProxyHosts = PageControls.text(fields, Messages.Network_nonProxyHosts, "preferences.network.nonProxyHosts"); //$NON-NLS-1$
		PageControls.hint(fields, Messages.Network_nonProxyHostsHint);
		user = PageControls.text(fields, Messages.Network_user, "preferences.network.user"); //$NON-NLS-1$
		password = PageControls.text(fields, Messages.Network_password, "preferences.network.password"); //$NON-NLS-1$
		password.setEchoChar('\u25CF');
		PageControls.hint(fields, Messages.Network_passwordHint);
		Label secrets = new Label(body, SWT.WRAP);
		secrets.setText(Messages.Network_secrets);
		GridData secretsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		secretsData.verticalIndent = new PixelConverter(parent).convertHeightInCharsToPixels(1) / 2;
		secretsData.widthHint = new PixelConverter(parent).convertWidthInCharsToPixels(60);
		secrets.setLayoutData(secretsData);

		IEclipsePreferences node = node();
		load(node.get(NetworkPreferences.PROXY_MODE, ""), node.get(NetworkPreferences.PROXY_HOST, ""), //$NON-NLS-1$ //$NON-NLS-2$
				node.get(NetworkPreferences.PROXY_PORT, ""), node.get(NetworkPreferences.PROXY_NON_PROXY_HOSTS, "")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Button radio : new Button[] { system, none, manual }) {
			radio.addListener(SWT.Selection, e -> update());
		}
		loadSignIn();
		host.addListener(SWT.Modify, e -> update());
		port.addListener(SWT.Modify, e -> update());
		user.addListener(SWT.Modify, e -> update());
		password.addListener(SWT.Modify, e -> update());
		Dialog.applyDialogFont(body);
		update();
		return body;
	}

	private static Button radio(Composite parent, String label, String testId) {
		Button radio = new Button(parent, SWT.RADIO);
		radio.setText(label);
		radio.setData(ConnectDialog.TEST_ID, testId);
		radio.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return radio;
	}

	private void load(String mode, String hostValue, String portValue, String nonProxy) {
		ProxyConfiguration.Mode chosen = mode(mode);
		system.setSelection(chosen == ProxyConfiguration.Mode.SYSTEM);
		none.setSelection(chosen == ProxyConfiguration.Mode.NONE);
		manual.setSelection(chosen == ProxyConfiguration.Mode.MANUAL);
		host.setText(hostValue);
		port.setText(portValue);
		nonProxyHosts.setText(nonProxy);
	}

	/** The user name stored for the saved manual proxy; the stored password is never shown. */
	private void loadSignIn() {
		storedUser = ""; //$NON-NLS-1$
		if (proxyCredentials != null && manual.getSelection() && problem() == null) {
			try {
				Optional<PasswordAuthentication> stored = proxyCredentials.read(host.getText().strip(), portNumber());
				stored.ifPresent(signIn -> {
					storedUser = signIn.getUserName();
					Arrays.fill(signIn.getPassword(), '\0');
				});
			} catch (IOException e) {
				setMessage(NLS.bind(Messages.Network_signInFailed, e.getMessage()), WARNING);
			}
		}
		user.setText(storedUser);
		password.setText(""); //$NON-NLS-1$
	}

	private int portNumber() {
		String value = port.getText().strip();
		return value.isEmpty() ? 8080 : Integer.parseInt(value);
	}

	private static ProxyConfiguration.Mode mode(String value) {
		for (ProxyConfiguration.Mode mode : ProxyConfiguration.Mode.values()) {
			if (mode.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
				return mode;
			}
		}
		return ProxyConfiguration.Mode.SYSTEM;
	}

	private void update() {
		boolean isManual = manual.getSelection();
		host.setEnabled(isManual);
		port.setEnabled(isManual);
		nonProxyHosts.setEnabled(isManual);
		user.setEnabled(isManual && proxyCredentials != null);
		password.setEnabled(isManual && proxyCredentials != null);
		String problem = isManual ? problem() : null;
		setErrorMessage(problem);
		setValid(problem == null);
	}

	private String problem() {
		if (host.getText().isBlank()) {
			return Messages.Network_noHost;
		}
		String portProblem = portProblem(port.getText());
		if (portProblem != null) {
			return portProblem;
		}
		String name = user.getText().strip();
		if (proxyCredentials != null && !name.isEmpty() && !name.equals(storedUser) && password.getText().isEmpty()) {
			return NLS.bind(Messages.Network_noPassword, name);
		}
		return null;
	}

	/**
	 * @param value the port as typed; blank stands for the default 8080
	 * @return why it is not a port from 1 to 65535, or {@code null}
	 */
	static String portProblem(String value) {
		String port = value.strip();
		if (port.isEmpty()) {
			return null;
		}
		try {
			int number = Integer.parseInt(port);
			if (number >= 1 && number <= 65535) {
				return null;
			}
		} catch (NumberFormatException e) {
			// named below
		}
		return NLS.bind(Messages.Network_badPort, port);
	}

	@Override
	protected void performDefaults() {
		load("", "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		user.setText(""); //$NON-NLS-1$
		password.setText(""); //$NON-NLS-1$
		update();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (system == null) {
			return true;
		}
		ProxyConfiguration.Mode mode = manual.getSelection() ? ProxyConfiguration.Mode.MANUAL
				: none.getSelection() ? ProxyConfiguration.Mode.NONE : ProxyConfiguration.Mode.SYSTEM;
		IEclipsePreferences node = node();
		if (mode == ProxyConfiguration.Mode.SYSTEM) {
			node.remove(NetworkPreferences.PROXY_MODE);
		} else {
			node.put(NetworkPreferences.PROXY_MODE, mode.name().toLowerCase(Locale.ROOT));
		}
		put(node, NetworkPreferences.PROXY_HOST, host.getText());
		put(node, NetworkPreferences.PROXY_PORT, port.getText());
		put(node, NetworkPreferences.PROXY_NON_PROXY_HOSTS, nonProxyHosts.getText());
		if (mode == ProxyConfiguration.Mode.MANUAL && !saveSignIn()) {
			return false;
		}
		try {
			node.flush();
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage(NLS.bind(Messages.Preferences_saveFailed, e.getMessage()));
			return false;
		}
	}

	/** Stores, keeps or removes the manual proxy's sign-in in secure storage. */
	private boolean saveSignIn() {
		if (proxyCredentials == null) {
			return true;
		}
		String proxyHost = host.getText().strip();
		int proxyPort = portNumber();
		String name = user.getText().strip();
		char[] secret = password.getTextChars();
		try {
			if (name.isEmpty()) {
				proxyCredentials.remove(proxyHost, proxyPort);
			} else if (secret.length > 0) {
				proxyCredentials.store(proxyHost, proxyPort, name, secret);
			}
			return true;
		} catch (IOException | IllegalArgumentException e) {
			setErrorMessage(NLS.bind(Messages.Network_signInFailed, e.getMessage()));
			return false;
		} finally {
			Arrays.fill(secret, '\0');
		}
	}

	private static void put(IEclipsePreferences node, String key, String value) {
		if (value.isBlank()) {
			node.remove(key);
		} else {
			node.put(key, value.strip());
		}
	}
}
