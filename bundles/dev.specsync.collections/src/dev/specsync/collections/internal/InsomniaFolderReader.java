package dev.specsync.collections.internal;

import static dev.specsync.collections.internal.Json.str;

import dev.specsync.collections.CollectionException;
import dev.specsync.collections.ImportResult;
import dev.specsync.collections.InsomniaApiSpec;
import dev.specsync.collections.InsomniaFolderImport;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.Position;
import dev.specsync.document.Severity;
import dev.specsync.document.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an Insomnia Git Sync folder (one resource per file) into the resource list of a v4 export and maps it with
 * {@link InsomniaReader}, keeping every diagnostic on the resource file it is about. Not thread-safe; use once.
 */
public final class InsomniaFolderReader {

    /** Export {@code _type}s Insomnia writes; the reader maps some and reports the others as not mapped. */
    private static final Set<String> KNOWN_TYPES = Set.of("workspace", "request_group", "request", "environment",
            "api_spec", "cookie_jar", "unit_test_suite", "unit_test", "grpc_request", "proto_file",
            "proto_directory", "websocket_request", "websocket_payload", "mock_server", "mock_route",
            "client_certificate", "ca_certificate", "plugin_data", "socketio_request", "socketio_payload");

    private static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final Path given;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * Creates a reader.
     *
     * @param folder the {@code .insomnia} folder or a directory that contains one, never null
     */
    public InsomniaFolderReader(Path folder) {
        this.given = folder;
    }

    private record Resource(Map<String, Object> data, InsomniaReader.Origin origin, Path file, SourceDocument doc) {
    }

    /**
     * Reads the folder.
     *
     * @return the collections, specs and diagnostics, never null
     * @throws IOException         when the folder cannot be listed or a file read
     * @throws CollectionException when there is no Insomnia Git Sync folder
     */
    public InsomniaFolderImport read() throws IOException, CollectionException {
        Path folder = Files.isDirectory(given.resolve(".insomnia")) ? given.resolve(".insomnia") : given;
        if (!Files.isDirectory(folder)) {
            throw new CollectionException(List.of(new Diagnostic(Severity.ERROR, given.toString(), 0, 0,
                    Messages.get("gitsync.noFolder", given), Messages.get("gitsync.noFolder.hint"))));
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).filter(InsomniaFolderReader::isResourceFile)
                    .sorted((a, b) -> folder.relativize(a).toString().replace('\\', '/')
                            .compareTo(folder.relativize(b).toString().replace('\\', '/')))
                    .toList();
        }
        List<Resource> resources = new ArrayList<>();
        for (Path f : files) {
            Resource r = resource(folder, f);
            if (r != null) {
                resources.add(r);
            }
        }
        Map<String, Resource> byId = new LinkedHashMap<>();
        List<Resource> workspaces = new ArrayList<>();
        for (Resource r : resources) {
            byId.putIfAbsent(str(r.data(), "_id"), r);
            if ("workspace".equals(str(r.data(), "_type"))) {
                workspaces.add(r);
            }
        }
        List<InsomniaApiSpec> specs = new ArrayList<>();
        List<Map<String, Object>> list = new ArrayList<>();
        List<InsomniaReader.Origin> origins = new ArrayList<>();
        for (Resource r : resources) {
            Map<String, Object> d = r.data();
            String type = str(d, "_type");
            if ("api_spec".equals(type)) {
                specs.add(spec(r, byId));
                continue;
            }
            String parent = str(d, "parentId");
            if (("request".equals(type) || "request_group".equals(type)) && workspaces.size() == 1
                    && (parent == null || !byId.containsKey(parent))) {
                Resource w = workspaces.get(0);
                add(r, "/parentId", Severity.WARNING, Messages.get("gitsync.orphan", nameOf(d),
                        String.valueOf(parent), nameOf(w.data())), null);
                d.put("parentId", str(w.data(), "_id"));
            }
            list.add(d);
            origins.add(r.origin());
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("_type", "export");
        export.put("__export_format", 4);
        export.put("resources", list);
        String stem = folder.getFileName() != null && folder.getFileName().toString().equals(".insomnia")
                && folder.toAbsolutePath().getParent() != null
                && folder.toAbsolutePath().getParent().getFileName() != null
                        ? folder.toAbsolutePath().getParent().getFileName().toString()
                        : String.valueOf(folder.getFileName());
        SourceDocument assembled;
        try {
            assembled = SourceDocument.parse(folder.resolve(stem + ".json").toString(), Json.write(export),
                    Format.JSON, LoadOptions.defaults());
        } catch (DocumentException e) {
            throw new IllegalStateException("the assembled export does not parse", e);
        }
        ImportResult result = new InsomniaReader(assembled, origins).read();
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(result.diagnostics());
        all.sort(java.util.Comparator.comparing(Diagnostic::path).thenComparingInt(Diagnostic::line));
        return new InsomniaFolderImport(result.collections(), specs, all);
    }

    private InsomniaApiSpec spec(Resource r, Map<String, Resource> byId) {
        Map<String, Object> d = r.data();
        Resource w = str(d, "parentId") == null ? null : byId.get(str(d, "parentId"));
        String workspace = w == null ? null : str(w.data(), "name");
        String fileName = str(d, "fileName") == null ? "" : str(d, "fileName");
        String contents = str(d, "contents") == null ? "" : str(d, "contents");
        String contentType = str(d, "contentType");
        add(r, "", Severity.INFO, Messages.get("gitsync.apiSpec", fileName, String.valueOf(workspace),
                contents.length(), contentType == null ? "text" : contentType), null);
        return new InsomniaApiSpec(str(d, "_id"), workspace, fileName, contentType, contents, r.file());
    }

    private Resource resource(Path folder, Path f) throws IOException {
        String label = f.toString();
        if (Files.size(f) > MAX_FILE_BYTES) {
            diagnostics.add(new Diagnostic(Severity.WARNING, label, 0, 0,
                    Messages.get("gitsync.unreadable", "larger than 8 MiB"), null));
            return null;
        }
        SourceDocument doc;
        try {
            doc = SourceDocument.parse(label, Files.readAllBytes(f), Format.fromFileName(label),
                    LoadOptions.defaults());
        } catch (DocumentException e) {
            for (Diagnostic d : e.diagnostics()) {
                diagnostics.add(new Diagnostic(Severity.ERROR, d.path(), d.line(), d.column(),
                        Messages.get("gitsync.unreadable", d.message()), d.hint()));
            }
            return null;
        }
        Position start = doc.start(doc.root());
        InsomniaReader.Origin origin = new InsomniaReader.Origin(label, start.line(), start.column());
        Map<String, Object> data = Json.asMap(Nodes.toJava(doc.root()));
        if (data == null) {
            diagnostics.add(new Diagnostic(Severity.ERROR, label, origin.line(), origin.column(),
                    Messages.get("gitsync.notResource"), Messages.get("gitsync.notResource.hint")));
            return null;
        }
        data = new LinkedHashMap<>(data);
        Path rel = folder.relativize(f);
        String folderName = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
        String type = str(data, "_type");
        if (type == null) {
            type = str(data, "type") != null ? exportType(str(data, "type")) : null;
        }
        if (type == null && !folderName.isEmpty()) {
            type = exportType(folderName);
            if (!KNOWN_TYPES.contains(type)) {
                type = null;
            }
        }
        Resource r = new Resource(data, origin, f, doc);
        if (type == null) {
            add(r, "", Severity.WARNING, Messages.get("gitsync.noType", folderName),
                    Messages.get("gitsync.notResource.hint"));
            return null;
        }
        if (!KNOWN_TYPES.contains(type)) {
            add(r, str(data, "_type") != null ? "/_type" : "/type", Severity.WARNING,
                    Messages.get("gitsync.unknownType", type, nameOf(data)), Messages.get("gitsync.unknownType.hint"));
            return null;
        }
        data.put("_type", type);
        if (str(data, "_id") == null) {
            data.put("_id", f.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        }
        return r;
    }

    /** {@code RequestGroup} to {@code request_group}, {@code WebSocketRequest} to {@code websocket_request}. */
    static String exportType(String modelType) {
        if (!modelType.isEmpty() && Character.isLowerCase(modelType.charAt(0))) {
            return modelType;
        }
        String s = modelType.replace("WebSocket", "Websocket").replace("SocketIO", "Socketio");
        return s.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String nameOf(Map<String, Object> d) {
        String n = str(d, "name");
        return n != null ? n : String.valueOf(str(d, "_id"));
    }

    private void add(Resource r, String pointer, Severity severity, String message, String hint) {
        InsomniaReader.Origin o = r.origin();
        int line = o.line();
        int col = o.column();
        java.util.Optional<Node> n = pointer.isEmpty() ? java.util.Optional.empty() : r.doc().at(pointer);
        if (n.isPresent()) {
            Position p = r.doc().start(n.get());
            line = p.line();
            col = p.column();
        }
        diagnostics.add(new Diagnostic(severity, o.path(), line, col, message, hint));
    }

    private static boolean isResourceFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yml") || n.endsWith(".yaml") || n.endsWith(".json");
    }
}
