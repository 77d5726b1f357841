package dev.specsync.collections;

import dev.specsync.document.Diagnostic;
import java.util.List;

/**
 * What an import produced.
 *
 * @param collections one collection per source workspace, in source order, never null
 * @param diagnostics what could not be mapped, positioned in the source file, never null
 */
public record ImportResult(List<PostmanCollection> collections, List<Diagnostic> diagnostics) {

    /** Copies the lists. */
    public ImportResult {
        collections = List.copyOf(collections);
        diagnostics = List.copyOf(diagnostics);
    }
}
