package dev.specsync.collections;

import dev.specsync.collections.internal.InsomniaFolderReader;
import dev.specsync.collections.internal.InsomniaReader;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports Insomnia v4 exports (JSON or YAML) into Postman collections: each workspace becomes a collection, request
 * groups become folders (their environment becomes folder variables), requests keep method, URL, query, headers,
 * body and auth, and the base environment becomes collection variables. Item ids are the Insomnia {@code _id}s.
 * Insomnia variables {@code {{ _.name }}} become {@code {{name}}}. Sub-environments, cookie jars, API specs, tests,
 * gRPC and WebSocket requests, unsupported auth types and template tags are reported as warnings. Stateless and
 * thread-safe.
 */
public final class InsomniaImporter {

    private InsomniaImporter() {
    }

    /**
     * Imports an export file; YAML when the name ends in {@code .yaml} or {@code .yml}, JSON otherwise.
     *
     * @param file the export, never null
     * @return the collections and warnings, never null
     * @throws IOException         when the file cannot be read
     * @throws CollectionException when the file is not valid JSON/YAML or not an Insomnia v4 export
     */
    public static ImportResult importFile(Path file) throws IOException, CollectionException {
        return importBytes(file.toString(), Files.readAllBytes(file));
    }

    /**
     * Imports export bytes.
     *
     * @param label the file name used in diagnostics and to tell YAML from JSON, never null
     * @param bytes the UTF-8 content, never null
     * @return the collections and warnings, never null
     * @throws CollectionException when the bytes are not valid JSON/YAML or not an Insomnia v4 export
     */
    public static ImportResult importBytes(String label, byte[] bytes) throws CollectionException {
        SourceDocument doc;
        try {
            doc = SourceDocument.parse(label, bytes, Format.fromFileName(label), LoadOptions.defaults());
        } catch (DocumentException e) {
            throw new CollectionException(e.diagnostics());
        }
        return new InsomniaReader(doc).read();
    }

    /**
     * Imports an Insomnia Git Sync folder: the {@code .insomnia/} folder Insomnia commits, holding one YAML (or
     * JSON) file per resource in folders named by type ({@code Workspace/}, {@code RequestGroup/}, {@code Request/},
     * {@code Environment/}, {@code ApiSpec/}, ...). The resources are read in path order and mapped as
     * {@link #importFile(Path)} maps a v4 export: one collection per workspace. Resource files may carry the export
     * field {@code _type} ({@code request}) or the model field {@code type} ({@code Request}); without either, the
     * folder name decides.
     *
     * <p>Nothing stops the import half way: a file that is not valid YAML/JSON or not a resource is reported with
     * its file and line and skipped, an unknown resource type is reported and skipped, and a request or folder whose
     * parent is missing is put at the top level of the workspace's collection (when the folder has exactly one
     * workspace; otherwise into an extra collection named {@code .insomnia}) with a warning. API specs are returned
     * and reported as information naming the spec and its file.
     *
     * @param folder the {@code .insomnia} folder, or a repository root that contains one, never null
     * @return the collections, API specs and diagnostics, never null
     * @throws IOException         when the folder cannot be listed or a file cannot be read
     * @throws CollectionException when {@code folder} holds no Insomnia Git Sync folder
     */
    public static InsomniaFolderImport importGitSyncFolder(Path folder) throws IOException, CollectionException {
        return new InsomniaFolderReader(folder).read();
    }
}
