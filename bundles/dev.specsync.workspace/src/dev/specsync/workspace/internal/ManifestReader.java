package dev.specsync.workspace.internal;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.Severity;
import dev.specsync.document.SourceDocument;
import dev.specsync.workspace.ApiDefinition;
import dev.specsync.workspace.ApiStatus;
import dev.specsync.workspace.BackupTarget;
import dev.specsync.workspace.PublishedVersion;
import dev.specsync.workspace.WorkspaceManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a parsed {@code specsync.yaml} into a {@link WorkspaceManifest}, collecting every problem as a positioned
 * diagnostic instead of stopping at the first. One instance reads one document; not thread-safe.
 */
public final class ManifestReader {

    private static final Set<String> TOP_KEYS = Set.of("version", "apis");
    private static final List<String> API_KEYS =
            List.of("id", "name", "root", "schemas", "collections", "status", "versions", "backups");
    private static final List<String> BACKUP_KEYS = List.of("directory", "file", "branch");

    private final SourceDocument doc;
    private final Path root;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * Creates a reader.
     *
     * @param doc  the parsed manifest, never null
     * @param root the repository root used to check paths, never null
     */
    public ManifestReader(SourceDocument doc, Path root) {
        this.doc = doc;
        this.root = root;
    }

    /**
     * The result of {@link #read()}.
     *
     * @param manifest    the manifest built from the valid parts, never null
     * @param diagnostics the problems in file order, never null; the manifest is only usable when none is an error
     */
    public record Result(WorkspaceManifest manifest, List<Diagnostic> diagnostics) {

        /**
         * Whether an error was found.
         *
         * @return true when at least one diagnostic has severity {@link Severity#ERROR}
         */
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }
    }

    /**
     * Reads the document.
     *
     * @return the manifest and the problems found, never null
     */
    public Result read() {
        diagnostics.addAll(doc.diagnostics());
        List<ApiDefinition> apis = new ArrayList<>();
        Node rootNode = Nodes.resolveAlias(doc.root());
        if (!(rootNode instanceof MappingNode top)) {
            error(rootNode, Messages.get("manifest.notMapping"), Messages.get("manifest.notMapping.hint"));
            return result(apis);
        }
        warnUnknownKeys(top, TOP_KEYS.stream().sorted().toList());
        Node version = top.get("version");
        if (version == null) {
            error(top, Messages.get("manifest.versionMissing"), Messages.get("manifest.versionMissing.hint"));
        } else if (!(Nodes.resolveAlias(version) instanceof ScalarNode s) || !String.valueOf(WorkspaceManifest.CURRENT_VERSION).equals(s.value())) {
            error(version, Messages.get("manifest.versionUnsupported", text(version)),
                    Messages.get("manifest.versionUnsupported.hint", WorkspaceManifest.CURRENT_VERSION));
        }
        Node apisNode = top.get("apis");
        if (apisNode != null && !isNull(apisNode)) {
            if (!(Nodes.resolveAlias(apisNode) instanceof SequenceNode seq)) {
                error(apisNode, Messages.get("manifest.apisNotList"), Messages.get("manifest.apisNotList.hint"));
            } else {
                Map<String, Node> seen = new HashMap<>();
                for (Node item : seq.items()) {
                    ApiDefinition api = readApi(item, seen);
                    if (api != null) {
                        apis.add(api);
                    }
                }
            }
        }
        return result(apis);
    }

    private Result result(List<ApiDefinition> apis) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return new Result(new WorkspaceManifest(WorkspaceManifest.CURRENT_VERSION, apis), List.copyOf(sorted));
    }

    private ApiDefinition readApi(Node item, Map<String, Node> seen) {
        if (!(Nodes.resolveAlias(item) instanceof MappingNode m)) {
            error(item, Messages.get("api.notMapping"), Messages.get("api.notMapping.hint"));
            return null;
        }
        warnUnknownKeys(m, API_KEYS);
        int errorsBefore = errorCount();
        String id = scalar(m, "id");
        if (id == null) {
            error(m, Messages.get("api.idMissing"), Messages.get("api.idMissing.hint"));
            return null;
        }
        Node idNode = m.get("id");
        if (!ApiDefinition.isValidId(id)) {
            error(idNode, Messages.get("api.idInvalid", id), Messages.get("api.idInvalid.hint"));
            return null;
        }
        Node first = seen.putIfAbsent(id, idNode);
        if (first != null) {
            error(idNode, Messages.get("api.idDuplicate", id, doc.start(first).line(), doc.start(idNode).line()),
                    Messages.get("api.idDuplicate.hint"));
            return null;
        }
        String name = scalar(m, "name");
        Path rootFile = path(m, "root");
        Path schemas = path(m, "schemas");
        Path collections = path(m, "collections");
        ApiStatus status = ApiStatus.PLANNING;
        String statusText = scalar(m, "status");
        if (statusText != null) {
            status = ApiStatus.fromDisplayName(statusText).orElse(null);
            if (status == null) {
                error(m.get("status"), Messages.get("api.statusUnknown", statusText),
                        Messages.get("api.statusUnknown.hint", ApiStatus.allowedNames()));
                status = ApiStatus.PLANNING;
            }
        }
        List<PublishedVersion> versions = readVersions(m.get("versions"));
        List<BackupTarget> backups = readBackups(m.get("backups"));
        if (errorCount() > errorsBefore) {
            return null;
        }
        return new ApiDefinition(id, name == null ? id : name, rootFile,
                schemas == null ? ApiDefinition.defaultSchemaDirectory(id) : schemas,
                collections == null ? ApiDefinition.DEFAULT_COLLECTION_DIRECTORY : collections, status, versions,
                backups);
    }

    private List<PublishedVersion> readVersions(Node node) {
        List<PublishedVersion> out = new ArrayList<>();
        if (node == null || isNull(node)) {
            return out;
        }
        if (!(Nodes.resolveAlias(node) instanceof MappingNode m)) {
            error(node, Messages.get("versions.notMapping"), Messages.get("versions.notMapping.hint"));
            return out;
        }
        for (int i = 0; i < m.size(); i++) {
            String name = m.keyText(i);
            Node v = Nodes.resolveAlias(m.value(i));
            if (name == null || name.isBlank() || !(v instanceof ScalarNode s) || s.value().isBlank()) {
                error(m.value(i), Messages.get("versions.entryInvalid"), Messages.get("versions.notMapping.hint"));
                continue;
            }
            out.add(new PublishedVersion(name, s.value()));
        }
        return out;
    }

    private List<BackupTarget> readBackups(Node node) {
        List<BackupTarget> out = new ArrayList<>();
        if (node == null || isNull(node)) {
            return out;
        }
        if (!(Nodes.resolveAlias(node) instanceof SequenceNode seq)) {
            error(node, Messages.get("backups.notList"), Messages.get("backups.notList.hint"));
            return out;
        }
        for (Node item : seq.items()) {
            if (!(Nodes.resolveAlias(item) instanceof MappingNode m)) {
                error(item, Messages.get("backups.notList"), Messages.get("backups.notList.hint"));
                continue;
            }
            warnUnknownKeys(m, BACKUP_KEYS);
            Path dir = path(m, "directory");
            String file = scalar(m, "file");
            String branch = scalar(m, "branch");
            if (dir == null) {
                if (m.get("directory") == null) {
                    error(m, Messages.get("backups.directoryMissing"), Messages.get("backups.notList.hint"));
                }
                continue;
            }
            if (file == null || file.isBlank() || file.contains("/") || file.contains("\\")) {
                error(m.get("file") == null ? m : m.get("file"), Messages.get("backups.fileInvalid"),
                        Messages.get("backups.fileInvalid.hint"));
                continue;
            }
            out.add(new BackupTarget(dir, file, branch));
        }
        return out;
    }

    private Path path(MappingNode m, String key) {
        String text = scalar(m, key);
        if (text == null) {
            return null;
        }
        try {
            return RepositoryPaths.relative(root, text);
        } catch (IllegalArgumentException e) {
            error(m.get(key), e.getMessage(), Messages.get("path.hint"));
            return null;
        }
    }

    /** Scalar value of {@code key}, null when absent or null; an error (and null) when it is not a scalar. */
    private String scalar(MappingNode m, String key) {
        Node n = m.get(key);
        if (n == null || isNull(n)) {
            return null;
        }
        if (!(Nodes.resolveAlias(n) instanceof ScalarNode s)) {
            error(n, Messages.get("value.notScalar", key), null);
            return null;
        }
        return s.value();
    }

    private static boolean isNull(Node n) {
        return Nodes.resolveAlias(n) instanceof ScalarNode s && s.toJava() == null;
    }

    private String text(Node n) {
        return doc.text().substring(n.start(), n.end()).strip();
    }

    private void warnUnknownKeys(MappingNode m, List<String> known) {
        for (int i = 0; i < m.size(); i++) {
            String k = m.keyText(i);
            if (k == null || !known.contains(k)) {
                add(Severity.WARNING, m.key(i), Messages.get("key.unknown", k == null ? "?" : k),
                        Messages.get("key.unknown.hint", String.join(", ", known)));
            }
        }
    }

    private int errorCount() {
        return (int) diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    private void error(Node at, String message, String hint) {
        add(Severity.ERROR, at, message, hint);
    }

    private void add(Severity severity, Node at, String message, String hint) {
        var pos = doc.start(at);
        diagnostics.add(new Diagnostic(severity, doc.path(), pos.line(), pos.column(), message, hint));
    }
}
