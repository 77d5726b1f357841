package dev.specsync.ui.connect.internal.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.specsync.workspace.ApiDefinition;
import dev.specsync.workspace.WorkspaceManifest;

/**
 * What the Connect dialog proposes: the connected provider and remote, the branch, and the API entry (the
 * manifest's first API, or one named after the workspace folder with the preferred directories). Also turns the
 * name the user types into the API's id: the id of the manifest's API of that name, otherwise a new id made of
 * the name.
 *
 * @param providerId the provider connected now, empty when none
 * @param remoteUrl the remote URL now, empty when none
 * @param branch the current branch, empty when unknown
 * @param name the API's display name
 * @param rootFile the root definition file, relative, empty when none
 * @param schemaDirectory the schema directory, relative
 * @param collectionDirectory the collection directory, relative
 * @param apis the manifest's APIs
 */
public record ApiChoice(String providerId, String remoteUrl, String branch, String name, String rootFile,
		String schemaDirectory, String collectionDirectory, List<ApiDefinition> apis) {

	/** Copies the list and checks that nothing is {@code null}. */
	public ApiChoice {
		Objects.requireNonNull(providerId);
		Objects.requireNonNull(remoteUrl);
		Objects.requireNonNull(branch);
		Objects.requireNonNull(name);
		Objects.requireNonNull(rootFile);
		Objects.requireNonNull(schemaDirectory);
		Objects.requireNonNull(collectionDirectory);
		apis = List.copyOf(apis);
	}

	/**
	 * The proposal for a workspace.
	 *
	 * @param folderName the workspace folder's name, the API name when the manifest has none
	 * @param manifest the workspace's manifest
	 * @param connection the stored connection's provider, URL and API id, or {@code null}
	 * @param branch the current branch, empty when unknown
	 * @param schemaPattern the preferred schema directory, {@code {api}} standing for the id
	 * @param collections the preferred collection directory
	 * @return the proposal
	 */
	public static ApiChoice propose(String folderName, WorkspaceManifest manifest,
			RepositoryConnector.StoredConnection connection, String branch, String schemaPattern, String collections) {
		String provider = connection == null ? "" : connection.providerId(); //$NON-NLS-1$
		String url = connection == null ? "" : connection.remoteUrl(); //$NON-NLS-1$
		ApiDefinition api = manifest.apis().stream()
				.filter(a -> connection != null && a.id().equals(connection.apiId())).findFirst()
				.orElse(manifest.apis().isEmpty() ? null : manifest.apis().get(0));
		if (api != null) {
			return new ApiChoice(provider, url, branch, api.name(), api.rootFile() == null ? "" : text(api.rootFile()), //$NON-NLS-1$
					text(api.schemaDirectory()), text(api.collectionDirectory()), manifest.apis());
		}
		String id = idOf(folderName);
		return new ApiChoice(provider, url, branch, folderName, "", schemaPattern.replace("{api}", id), collections, //$NON-NLS-1$ //$NON-NLS-2$
				manifest.apis());
	}

	/**
	 * The API id for a name: the id of the manifest's API with that name (or that id), otherwise one made of it.
	 *
	 * @param apiName the name the user typed
	 * @return a valid API id
	 */
	public String idFor(String apiName) {
		for (ApiDefinition api : apis) {
			if (api.name().equals(apiName) || api.id().equals(apiName)) {
				return api.id();
			}
		}
		return idOf(apiName);
	}

	/**
	 * A valid API id made of a name: lower case, runs of other characters as one dash.
	 *
	 * @param name any name
	 * @return an id matching {@link ApiDefinition#isValidId(String)}
	 */
	public static String idOf(String name) {
		String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (id.length() > 64) {
			id = id.substring(0, 64);
		}
		return ApiDefinition.isValidId(id) ? id : "api"; //$NON-NLS-1$
	}

	private static String text(Path path) {
		return path.toString().replace('\\', '/');
	}
}
