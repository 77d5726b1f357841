package dev.specsync.workspace;

import java.util.List;
import java.util.Optional;

/**
 * The content of a workspace manifest: its format version and the APIs in manifest order.
 *
 * @param version the manifest format version, currently always {@link #CURRENT_VERSION}
 * @param apis    the APIs in manifest order with unique ids, never null, unmodifiable
 */
public record WorkspaceManifest(int version, List<ApiDefinition> apis) {

    /** The only manifest format version this build reads and writes. */
    public static final int CURRENT_VERSION = 1;

    /** File name of the manifest at the repository root. */
    public static final String FILE_NAME = "specsync.yaml";

    /**
     * Copies the list and checks ids are unique.
     *
     * @throws IllegalArgumentException when two APIs share an id
     */
    public WorkspaceManifest {
        apis = List.copyOf(apis);
        if (apis.stream().map(ApiDefinition::id).distinct().count() != apis.size()) {
            throw new IllegalArgumentException("API ids must be unique");
        }
    }

    /**
     * An empty manifest of the current version.
     *
     * @return the manifest, never null
     */
    public static WorkspaceManifest empty() {
        return new WorkspaceManifest(CURRENT_VERSION, List.of());
    }

    /**
     * The API with id {@code id}.
     *
     * @param id the id, may be null
     * @return the API, or empty when there is none with that id
     */
    public Optional<ApiDefinition> api(String id) {
        return apis.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
