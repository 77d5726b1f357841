package dev.specsync.workspace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One layout found by {@link WorkspaceDetector} and the API it became.
 *
 * @param kind     what was recognized, never null
 * @param location repository-relative file or folder that was recognized, never null
 * @param apiId    id of the API proposed for it in the detected manifest, never null
 */
public record DetectedLayout(LayoutKind kind, Path location, String apiId) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component is null
     */
    public DetectedLayout {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(apiId, "apiId");
    }
}
