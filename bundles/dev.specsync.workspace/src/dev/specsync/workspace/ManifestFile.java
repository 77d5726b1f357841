package dev.specsync.workspace;

import dev.specsync.document.AtomicFiles;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentEditor;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Nodes;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.Severity;
import dev.specsync.document.SourceDocument;
import dev.specsync.document.TextEdit;
import dev.specsync.workspace.internal.ManifestReader;
import dev.specsync.workspace.internal.ManifestRenderer;
import dev.specsync.workspace.internal.Messages;
import dev.specsync.workspace.internal.RepositoryPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workspace manifest {@code specsync.yaml} of one repository: its text and the {@link WorkspaceManifest} read
 * from it. Immutable and thread-safe: every edit returns a new instance and changes nothing on disk until
 * {@link #save()}. Edits go through {@link DocumentEditor}, so they touch only the lines of the edited entry and
 * keep comments and formatting elsewhere; saving an instance that was loaded and not edited writes no byte.
 */
public final class ManifestFile {

    private final Path root;
    private final SourceDocument document;
    private final WorkspaceManifest manifest;
    private final List<Diagnostic> warnings;

    private ManifestFile(Path root, SourceDocument document, WorkspaceManifest manifest, List<Diagnostic> warnings) {
        this.root = root;
        this.document = document;
        this.manifest = manifest;
        this.warnings = warnings;
    }

    /**
     * Whether {@code repositoryRoot} has a manifest file.
     *
     * @param repositoryRoot the repository root, never null
     * @return true when {@code specsync.yaml} exists there as a regular file
     */
    public static boolean exists(Path repositoryRoot) {
        return Files.isRegularFile(repositoryRoot.resolve(WorkspaceManifest.FILE_NAME));
    }

    /**
     * Loads {@code specsync.yaml} from the root of a repository. Diagnostics name the file as
     * {@code specsync.yaml} with 1-based line and column.
     *
     * @param repositoryRoot the repository root, never null
     * @return the manifest file; {@link #diagnostics()} holds its warnings, never null
     * @throws NoSuchFileException when there is no manifest (use {@link WorkspaceDetector} then)
     * @throws IOException         when the file cannot be read
     * @throws WorkspaceException  when the file is not valid YAML or not a valid manifest; carries all problems
     */
    public static ManifestFile load(Path repositoryRoot) throws IOException, WorkspaceException {
        Path file = repositoryRoot.resolve(WorkspaceManifest.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        SourceDocument doc;
        try {
            doc = SourceDocument.parse(WorkspaceManifest.FILE_NAME, bytes, Format.YAML, LoadOptions.defaults());
        } catch (DocumentException e) {
            throw new WorkspaceException(e.diagnostics());
        }
        return fromDocument(repositoryRoot, doc);
    }

    /**
     * A new, unsaved manifest holding {@code manifest}, rendered as block YAML with a comment header.
     *
     * @param repositoryRoot the repository root the manifest belongs to, never null
     * @param manifest       the content, never null
     * @return the manifest file, never null
     * @throws WorkspaceException when a path of {@code manifest} leaves the repository
     */
    public static ManifestFile create(Path repositoryRoot, WorkspaceManifest manifest) throws WorkspaceException {
        String header = "# SpecSync workspace: the APIs kept in this repository.\n"
                + "# Status is one of: " + ApiStatus.allowedNames() + ".\n"
                + "version: " + WorkspaceManifest.CURRENT_VERSION + "\n";
        ManifestFile file = fromDocument(repositoryRoot, parse(header));
        for (ApiDefinition api : manifest.apis()) {
            file = file.addApi(api);
        }
        return file;
    }

    private static SourceDocument parse(String text) throws WorkspaceException {
        try {
            return SourceDocument.parse(WorkspaceManifest.FILE_NAME, text, Format.YAML, LoadOptions.defaults());
        } catch (DocumentException e) {
            throw new WorkspaceException(e.diagnostics());
        }
    }

    private static ManifestFile fromDocument(Path root, SourceDocument doc) throws WorkspaceException {
        ManifestReader.Result r = new ManifestReader(doc, root).read();
        if (r.hasErrors()) {
            throw new WorkspaceException(r.diagnostics());
        }
        return new ManifestFile(root, doc, r.manifest(), r.diagnostics());
    }

    /**
     * The repository root this manifest belongs to.
     *
     * @return the root as given when loading or creating, never null
     */
    public Path repositoryRoot() {
        return root;
    }

    /**
     * The manifest content.
     *
     * @return the content, never null
     */
    public WorkspaceManifest manifest() {
        return manifest;
    }

    /**
     * Warnings found while reading (unknown keys, duplicate YAML keys). Errors are never here: they make loading
     * fail.
     *
     * @return the warnings in file order, never null, unmodifiable
     */
    public List<Diagnostic> diagnostics() {
        return warnings;
    }

    /**
     * The current text of the manifest, edits included.
     *
     * @return the text, never null
     */
    public String text() {
        return document.text();
    }

    /**
     * The manifest file path: {@code specsync.yaml} in the repository root.
     *
     * @return the path, never null
     */
    public Path path() {
        return root.resolve(WorkspaceManifest.FILE_NAME);
    }

    /**
     * Writes the manifest to {@link #path()} atomically (temporary file in the same directory, then an atomic move).
     * An unchanged manifest writes nothing, so the file keeps every byte.
     *
     * @throws IOException when the file cannot be written; the old file is then left unchanged
     */
    public void save() throws IOException {
        AtomicFiles.write(path(), document.toBytes());
    }

    /**
     * Adds {@code api} at the end of the {@code apis} list (creating the list when the manifest has none).
     *
     * @param api the API, never null
     * @return the edited manifest, never null
     * @throws WorkspaceException when the id is already used or a path of {@code api} leaves the repository
     */
    public ManifestFile addApi(ApiDefinition api) throws WorkspaceException {
        if (manifest.api(api.id()).isPresent()) {
            throw refused(Messages.get("api.exists", api.id()));
        }
        checkPaths(api);
        Map<String, Object> entry = ManifestRenderer.api(api);
        MappingNode top = (MappingNode) Nodes.resolveAlias(document.root());
        var apis = top.get("apis");
        TextEdit edit;
        if (apis == null) {
            edit = editor().addEntry("", "apis", List.of(entry), null);
        } else if (!(Nodes.resolveAlias(apis) instanceof SequenceNode seq) || seq.size() == 0) {
            edit = editor().replace("/apis", List.of(entry));
        } else {
            edit = editor().appendItem("/apis", entry);
        }
        return apply(edit);
    }

    /**
     * Sets the status of API {@code id}, adding a {@code status} key when the entry has none.
     *
     * @param id     the API id, never null
     * @param status the new status, never null
     * @return the edited manifest (this instance when the status is already {@code status}), never null
     * @throws WorkspaceException when there is no API {@code id}
     */
    public ManifestFile changeStatus(String id, ApiStatus status) throws WorkspaceException {
        ApiDefinition api = require(id);
        String ptr = pointer(id);
        MappingNode entry = (MappingNode) Nodes.resolveAlias(document.at(ptr).orElseThrow());
        if (entry.get("status") != null) {
            if (api.status() == status && entry.get("status") != null) {
                return this;
            }
            return apply(editor().setScalar(ptr + "/status", status.displayName()));
        }
        String after = entry.indexOf("collections") >= 0 ? "collections" : null;
        return apply(editor().addEntry(ptr, "status", status.displayName(), after));
    }

    /**
     * Adds a published version to API {@code id}.
     *
     * @param id      the API id, never null
     * @param version the version, never null
     * @return the edited manifest, never null
     * @throws WorkspaceException when there is no API {@code id} or it already has a version of that name
     */
    public ManifestFile addPublishedVersion(String id, PublishedVersion version) throws WorkspaceException {
        ApiDefinition api = require(id);
        if (api.versions().stream().anyMatch(v -> v.name().equals(version.name()))) {
            throw refused(Messages.get("api.versionExists", id, version.name()));
        }
        String ptr = pointer(id);
        MappingNode entry = (MappingNode) Nodes.resolveAlias(document.at(ptr).orElseThrow());
        var versions = entry.get("versions");
        if (versions == null) {
            String after = entry.indexOf("status") >= 0 ? "status" : null;
            return apply(editor().addEntry(ptr, "versions", Map.of(version.name(), version.tag()), after));
        }
        if (!(Nodes.resolveAlias(versions) instanceof MappingNode vm) || vm.size() == 0) {
            return apply(editor().replace(ptr + "/versions", Map.of(version.name(), version.tag())));
        }
        return apply(editor().addEntry(ptr + "/versions", version.name(), version.tag(), null));
    }

    /**
     * Removes API {@code id} with its lines; the files of the API are not touched.
     *
     * @param id the API id, never null
     * @return the edited manifest, never null
     * @throws WorkspaceException when there is no API {@code id}
     */
    public ManifestFile removeApi(String id) throws WorkspaceException {
        require(id);
        return apply(editor().removeItem(pointer(id)));
    }

    private ApiDefinition require(String id) throws WorkspaceException {
        return manifest.api(id).orElseThrow(() -> refused(Messages.get("api.unknown", id)));
    }

    private void checkPaths(ApiDefinition api) throws WorkspaceException {
        List<Path> paths = new ArrayList<>(List.of(api.schemaDirectory(), api.collectionDirectory()));
        if (api.rootFile() != null) {
            paths.add(api.rootFile());
        }
        api.backups().forEach(b -> paths.add(b.directory()));
        for (Path p : paths) {
            try {
                RepositoryPaths.relative(root, RepositoryPaths.text(p, false));
            } catch (IllegalArgumentException e) {
                throw refused(e.getMessage());
            }
        }
    }

    /** Pointer of the entry of API {@code id}, found in the document (ids of valid entries are unique). */
    private String pointer(String id) throws WorkspaceException {
        SequenceNode seq = (SequenceNode) Nodes.resolveAlias(document.at("/apis").orElseThrow());
        for (int i = 0; i < seq.size(); i++) {
            if (Nodes.resolveAlias(seq.get(i)) instanceof MappingNode m
                    && m.get("id") instanceof dev.specsync.document.ScalarNode s && s.value().equals(id)) {
                return "/apis/" + i;
            }
        }
        throw refused(Messages.get("api.unknown", id));
    }

    private DocumentEditor editor() {
        return new DocumentEditor(document);
    }

    private ManifestFile apply(TextEdit edit) throws WorkspaceException {
        try {
            return fromDocument(root, document.apply(edit));
        } catch (DocumentException e) {
            throw refused(Messages.get("edit.failed", e.first().message()));
        }
    }

    private static WorkspaceException refused(String message) {
        return new WorkspaceException(List.of(
                new Diagnostic(Severity.ERROR, WorkspaceManifest.FILE_NAME, 0, 0, message, null)));
    }
}
