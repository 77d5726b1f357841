/**
 * What other UI bundles use of the Connect and Preferences bundle: pages they add to the Preferences dialog
 * ({@link dev.specsync.ui.connect.PreferencePageContribution}, an OSGi service) and the keys of the preferences
 * it keeps ({@link dev.specsync.ui.connect.SpecSyncPreferences}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.ui.connect;
