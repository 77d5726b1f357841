package dev.specsync.workspace;

import dev.specsync.document.Diagnostic;
import java.util.List;

/**
 * What {@link WorkspaceDetector} proposes for a repository without a manifest. Nothing is written; pass
 * {@link #manifest()} to {@link ManifestFile#create} and {@link ManifestFile#save()} to keep it.
 *
 * @param manifest    the proposed manifest, never null (empty when nothing was recognized)
 * @param layouts     what was recognized, in the order the APIs appear in the manifest, never null
 * @param diagnostics files that looked relevant but could not be read, never null
 */
public record DetectedWorkspace(WorkspaceManifest manifest, List<DetectedLayout> layouts,
        List<Diagnostic> diagnostics) {

    /** Copies the lists. */
    public DetectedWorkspace {
        layouts = List.copyOf(layouts);
        diagnostics = List.copyOf(diagnostics);
    }
}
