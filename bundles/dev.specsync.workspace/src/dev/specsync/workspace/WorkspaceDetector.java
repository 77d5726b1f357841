package dev.specsync.workspace;

import dev.specsync.workspace.internal.LayoutScanner;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Proposes a workspace manifest for a repository that has none, from layouts other tools leave behind: Postman's
 * API Builder ({@code postman/schemas/}, {@code postman/collections/}), Insomnia Git Sync ({@code .insomnia/}),
 * single-file Insomnia exports ({@code _type: export}) and plain OpenAPI/Swagger files. Folders {@code .git},
 * {@code node_modules}, {@code target}, {@code build} and other hidden folders (except {@code .insomnia}) are not
 * searched, nor files over 8 MiB. Stateless and thread-safe.
 */
public final class WorkspaceDetector {

    private WorkspaceDetector() {
    }

    /**
     * Scans the working tree under {@code repositoryRoot}. API ids are derived from names (lower case, runs of other
     * characters become {@code -}) and made unique with {@code -2}, {@code -3}, ...
     *
     * @param repositoryRoot the repository root, never null
     * @return the proposal, never null
     * @throws IOException when the tree cannot be listed
     */
    public static DetectedWorkspace detect(Path repositoryRoot) throws IOException {
        return new LayoutScanner(repositoryRoot).scan();
    }
}
