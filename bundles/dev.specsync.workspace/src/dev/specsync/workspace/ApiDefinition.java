package dev.specsync.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One API described by the workspace manifest. Paths are relative to the repository root and normalized; they
 * never point outside the repository (the manifest loader refuses such entries).
 *
 * @param id                  unique id within the manifest: letters, digits, {@code .}, {@code _} and {@code -};
 *                            never null
 * @param name                display name, never null (the id when the manifest gives none)
 * @param rootFile            the root definition file, or null while the API has none yet
 * @param schemaDirectory     directory of the definition files, never null (default {@code specs/<id>})
 * @param collectionDirectory directory of the request collections, never null (default {@code collections})
 * @param status              lifecycle status, never null (default {@link ApiStatus#PLANNING})
 * @param versions            published versions in manifest order, never null, unmodifiable
 * @param backups             collection backup targets in manifest order, never null, unmodifiable
 */
public record ApiDefinition(String id, String name, Path rootFile, Path schemaDirectory, Path collectionDirectory,
        ApiStatus status, List<PublishedVersion> versions, List<BackupTarget> backups) {

    /** Default collection directory used when the manifest names none. */
    public static final Path DEFAULT_COLLECTION_DIRECTORY = Path.of("collections");

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException     when a component other than {@code rootFile} is null
     * @throws IllegalArgumentException when {@code id} is not a valid id or a path is absolute
     */
    public ApiDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schemaDirectory, "schemaDirectory");
        Objects.requireNonNull(collectionDirectory, "collectionDirectory");
        Objects.requireNonNull(status, "status");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("invalid API id: " + id);
        }
        for (Path p : new Path[] {rootFile, schemaDirectory, collectionDirectory}) {
            if (p != null && p.isAbsolute()) {
                throw new IllegalArgumentException("path must be repository-relative: " + p);
            }
        }
        versions = List.copyOf(versions);
        backups = List.copyOf(backups);
    }

    /**
     * An API with the default directories, status {@link ApiStatus#PLANNING} and no versions or backups.
     *
     * @param id       a valid id, never null
     * @param name     display name, never null
     * @param rootFile repository-relative root definition file, or null
     * @return the definition, never null
     * @throws IllegalArgumentException when {@code id} is not valid
     */
    public static ApiDefinition of(String id, String name, Path rootFile) {
        return new ApiDefinition(id, name, rootFile, defaultSchemaDirectory(id), DEFAULT_COLLECTION_DIRECTORY,
                ApiStatus.PLANNING, List.of(), List.of());
    }

    /**
     * The schema directory used when the manifest names none: {@code specs/<id>}.
     *
     * @param id the API id, never null
     * @return the relative directory, never null
     */
    public static Path defaultSchemaDirectory(String id) {
        return Path.of("specs", id);
    }

    /**
     * Whether {@code id} may be used as an API id: 1 to 64 characters, starting with a letter or digit, followed by
     * letters, digits, {@code .}, {@code _} or {@code -}.
     *
     * @param id the candidate, may be null
     * @return true when valid
     */
    public static boolean isValidId(String id) {
        return id != null && id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }

    /**
     * A copy with another status.
     *
     * @param newStatus the status, never null
     * @return the copy, never null
     */
    public ApiDefinition withStatus(ApiStatus newStatus) {
        return new ApiDefinition(id, name, rootFile, schemaDirectory, collectionDirectory, newStatus, versions,
                backups);
    }

    /**
     * A copy with other directories.
     *
     * @param schemas     schema directory, never null
     * @param collections collection directory, never null
     * @return the copy, never null
     */
    public ApiDefinition withDirectories(Path schemas, Path collections) {
        return new ApiDefinition(id, name, rootFile, schemas, collections, status, versions, backups);
    }

    /**
     * A copy with other backup targets.
     *
     * @param newBackups the targets, never null
     * @return the copy, never null
     */
    public ApiDefinition withBackups(List<BackupTarget> newBackups) {
        return new ApiDefinition(id, name, rootFile, schemaDirectory, collectionDirectory, status, versions,
                newBackups);
    }

    /**
     * A copy with other published versions.
     *
     * @param newVersions the versions, never null
     * @return the copy, never null
     */
    public ApiDefinition withVersions(List<PublishedVersion> newVersions) {
        return new ApiDefinition(id, name, rootFile, schemaDirectory, collectionDirectory, status, newVersions,
                backups);
    }
}
