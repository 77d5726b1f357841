package dev.specsync.ui.connect.internal.preferences;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.SystemReader;
import org.osgi.service.prefs.BackingStoreException;

import dev.specsync.ui.connect.SpecSyncPreferences;

/**
 * Reads and writes the preferences of {@link SpecSyncPreferences} in the instance scope, and the Git
 * configuration's author that they default to.
 */
public final class Preferences {

	private Preferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(SpecSyncPreferences.NODE);
	}

	/**
	 * A preference.
	 *
	 * @param key a key of {@link SpecSyncPreferences}
	 * @param fallback the value when unset or blank
	 * @return the value
	 */
	public static String get(String key, String fallback) {
		String value = node().get(key, null);
		return value == null || value.isBlank() ? fallback : value;
	}

	/**
	 * Sets preferences and writes them to disk.
	 *
	 * @param keysAndValues key, value, key, value...; a blank value removes the key
	 * @throws BackingStoreException when the preferences cannot be written
	 */
	public static void put(String... keysAndValues) throws BackingStoreException {
		IEclipsePreferences node = node();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] == null || keysAndValues[i + 1].isBlank()) {
				node.remove(keysAndValues[i]);
			} else {
				node.put(keysAndValues[i], keysAndValues[i + 1].strip());
			}
		}
		node.flush();
	}

	/** @return the schema directory new connections propose, {@code {api}} standing for the id */
	public static String schemaDirectory() {
		return get(SpecSyncPreferences.SCHEMA_DIRECTORY, SpecSyncPreferences.DEFAULT_SCHEMA_DIRECTORY);
	}

	/** @return the collection directory new connections propose */
	public static String collectionDirectory() {
		return get(SpecSyncPreferences.COLLECTION_DIRECTORY, SpecSyncPreferences.DEFAULT_COLLECTION_DIRECTORY);
	}

	/**
	 * The author the Git configuration names: the repository's configuration (with the user's global one
	 * under it) when a workspace is open, the user's global configuration otherwise.
	 *
	 * @param workspaceRoot the open workspace's root, or {@code null}
	 * @return name and e-mail, each empty when unset
	 */
	public static String[] gitAuthor(Path workspaceRoot) {
		if (workspaceRoot != null) {
			try (Repository repository = new FileRepositoryBuilder().setWorkTree(workspaceRoot.toFile())
					.setMustExist(true).readEnvironment().build()) {
				return author(repository.getConfig());
			} catch (IOException | IllegalArgumentException e) {
				// not a repository: fall back to the user's configuration
			}
		}
		try {
			return author(SystemReader.getInstance().getUserConfig());
		} catch (IOException | ConfigInvalidException e) {
			return new String[] { "", "" }; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String[] author(Config config) {
		String name = config.getString("user", null, "name"); //$NON-NLS-1$ //$NON-NLS-2$
		String email = config.getString("user", null, "email"); //$NON-NLS-1$ //$NON-NLS-2$
		return new String[] { name == null ? "" : name, email == null ? "" : email }; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
