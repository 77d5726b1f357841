package dev.specsync.ui.connect;

import org.eclipse.jface.preference.IPreferencePage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the Preferences dialog (Window &gt; Preferences…), registered as an OSGi service by the bundle that
 * owns the setting (for example proxy or trusted certificates). The dialog asks every registered contribution
 * for a fresh page each time it opens, and orders the pages by {@link #order()}; the built-in pages use 100
 * (Author), 200 (Directories) and 300 (Accounts), so network pages fit after them at 400 and above.
 *
 * <p>{@link #createPage()} is called on the UI thread; the page stores its values in {@code performOk()}.
 */
@ConsumerType
public interface PreferencePageContribution {

	/**
	 * A stable id of the page, unique in the dialog, for example {@code dev.specsync.ui.preferences.network}.
	 *
	 * @return the id, never blank
	 */
	String id();

	/**
	 * The page's name in the dialog's list, localized, without a mnemonic.
	 *
	 * @return the label, never blank
	 */
	String label();

	/**
	 * Where the page goes in the list: lower first.
	 *
	 * @return the position
	 */
	int order();

	/**
	 * A new page; the dialog disposes it when it closes.
	 *
	 * @return the page, never {@code null}
	 */
	IPreferencePage createPage();
}
