package dev.specsync.workspace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a copy of an API's request collection is kept.
 *
 * @param directory repository-relative directory, normalized, never null; never outside the repository
 * @param fileName  file name inside {@code directory} (no separators), never null
 * @param branch    Git branch the backup is committed to, or null for the branch that is checked out
 */
public record BackupTarget(Path directory, String fileName, String branch) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     when {@code directory} or {@code fileName} is null
     * @throws IllegalArgumentException when {@code directory} is absolute or {@code fileName} is blank or contains
     *                                  a path separator
     */
    public BackupTarget {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(fileName, "fileName");
        if (directory.isAbsolute()) {
            throw new IllegalArgumentException("backup directory must be repository-relative: " + directory);
        }
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("backup file name must be a plain file name: " + fileName);
        }
    }
}
