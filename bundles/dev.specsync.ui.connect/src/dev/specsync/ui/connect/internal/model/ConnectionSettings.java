package dev.specsync.ui.connect.internal.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What Connect writes into a workspace: the provider and remote of its repository, the branch, and the API entry
 * of {@code specsync.yaml}. Holds no secret.
 *
 * @param providerId the provider's id, for example {@code local}
 * @param authMethod the authentication method's name, for example {@code NONE}
 * @param remoteUrl the remote URL or path, without user information that carries a password
 * @param account the account whose secret the credential store holds, empty for none
 * @param branch the branch to work on, empty to keep the current one
 * @param apiId the API's id in the manifest
 * @param apiName the API's display name
 * @param rootFile the root definition file relative to the repository root, or {@code null}
 * @param schemaDirectory the schema directory relative to the repository root
 * @param collectionDirectory the collection directory relative to the repository root
 */
public record ConnectionSettings(String providerId, String authMethod, String remoteUrl, String account,
		String branch, String apiId, String apiName, Path rootFile, Path schemaDirectory, Path collectionDirectory) {

	/** Checks that no component but {@code rootFile} is {@code null}. */
	public ConnectionSettings {
		Objects.requireNonNull(providerId);
		Objects.requireNonNull(authMethod);
		Objects.requireNonNull(remoteUrl);
		Objects.requireNonNull(account);
		Objects.requireNonNull(branch);
		Objects.requireNonNull(apiId);
		Objects.requireNonNull(apiName);
		Objects.requireNonNull(schemaDirectory);
		Objects.requireNonNull(collectionDirectory);
	}
}
