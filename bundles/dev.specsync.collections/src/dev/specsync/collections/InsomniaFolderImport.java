package dev.specsync.collections;

import dev.specsync.document.Diagnostic;
import java.util.List;

/**
 * What the import of an Insomnia Git Sync folder produced.
 *
 * @param collections one collection per Insomnia workspace, in the order of the workspace files, never null
 * @param apiSpecs    the API definitions found in {@code ApiSpec/}, in file order, never null
 * @param diagnostics what could not be read or mapped, each naming its resource file and line, never null
 */
public record InsomniaFolderImport(List<PostmanCollection> collections, List<InsomniaApiSpec> apiSpecs,
        List<Diagnostic> diagnostics) {

    /** Copies the lists. */
    public InsomniaFolderImport {
        collections = List.copyOf(collections);
        apiSpecs = List.copyOf(apiSpecs);
        diagnostics = List.copyOf(diagnostics);
    }
}
