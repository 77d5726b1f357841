package dev.specsync.workspace.internal;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.Severity;
import dev.specsync.document.SourceDocument;
import dev.specsync.workspace.ApiDefinition;
import dev.specsync.workspace.DetectedLayout;
import dev.specsync.workspace.DetectedWorkspace;
import dev.specsync.workspace.LayoutKind;
import dev.specsync.workspace.WorkspaceManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Walks one working tree for {@link dev.specsync.workspace.WorkspaceDetector}. Not thread-safe; use once. */
public final class LayoutScanner {

    private static final long MAX_FILE = 8L * 1024 * 1024;
    private static final Set<String> SKIP = Set.of(".git", "node_modules", "target", "build", "dist");

    private final Path root;
    private final List<ApiDefinition> apis = new ArrayList<>();
    private final List<DetectedLayout> layouts = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<Path> claimed = new HashSet<>();

    /**
     * Creates a scanner.
     *
     * @param root the repository root, never null
     */
    public LayoutScanner(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Scans the tree: Postman API Builder first, then Insomnia Git Sync, then single files in path order.
     *
     * @return the proposal, never null
     * @throws IOException when the tree cannot be listed
     */
    public DetectedWorkspace scan() throws IOException {
        Path collections = Files.isDirectory(root.resolve("postman/collections")) ? Path.of("postman", "collections")
                : ApiDefinition.DEFAULT_COLLECTION_DIRECTORY;
        scanPostman();
        scanInsomniaFolder();
        TreeMap<Path, SourceDocument> files = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && (SKIP.contains(n) || (n.startsWith(".") && !n.equals(".insomnia")))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path rel = root.relativize(file);
                if (attrs.isRegularFile() && attrs.size() <= MAX_FILE && !claimed.contains(rel) && interesting(file)) {
                    SourceDocument doc = parse(file, rel);
                    if (doc != null) {
                        files.put(rel, doc);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (var e : files.entrySet()) {
            Path rel = e.getKey();
            if (!(Nodes.resolveAlias(e.getValue().root()) instanceof MappingNode top)) {
                continue;
            }
            if ("export".equals(scalar(top, "_type"))) {
                insomniaExport(rel, top);
            } else if (top.get("openapi") != null || top.get("swagger") != null) {
                String title = top.get("info") instanceof MappingNode info ? scalar(info, "title") : null;
                String stem = rel.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                String name = title != null ? title : stem;
                String id = uniqueId(slug(title != null ? title : stem));
                Path parent = rel.getParent() == null ? Path.of("") : rel.getParent();
                add(new ApiDefinition(id, name, rel, parent, collections, dev.specsync.workspace.ApiStatus.PLANNING,
                        List.of(), List.of()), LayoutKind.OPENAPI_FILE, rel);
            }
        }
        return new DetectedWorkspace(new WorkspaceManifest(WorkspaceManifest.CURRENT_VERSION, apis), layouts,
                diagnostics);
    }

    private void scanPostman() throws IOException {
        Path schemas = root.resolve("postman/schemas");
        if (!Files.isDirectory(schemas)) {
            return;
        }
        Path collections = Path.of("postman", "collections");
        List<Path> children;
        try (Stream<Path> s = Files.list(schemas)) {
            children = s.sorted().toList();
        }
        for (Path child : children) {
            Path rel = root.relativize(child);
            String stem = child.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
            Path rootFile = null;
            Path schemaDir = rel;
            if (Files.isDirectory(child)) {
                rootFile = findOpenApiRoot(child);
                markClaimed(child);
            } else if (isDefinitionFile(child)) {
                rootFile = rel;
                schemaDir = rel.getParent();
                claimed.add(rel);
            } else {
                continue;
            }
            String id = uniqueId(slug(stem));
            add(new ApiDefinition(id, stem, rootFile, schemaDir, collections,
                    dev.specsync.workspace.ApiStatus.PLANNING, List.of(), List.of()), LayoutKind.POSTMAN_API_BUILDER,
                    rel);
        }
    }

    private Path findOpenApiRoot(Path dir) throws IOException {
        List<Path> candidates;
        try (Stream<Path> s = Files.walk(dir, 4)) {
            candidates = s.filter(Files::isRegularFile).filter(LayoutScanner::hasDefinitionExtension).sorted().toList();
        }
        for (Path p : candidates) {
            SourceDocument doc = parse(p, root.relativize(p));
            if (doc != null && Nodes.resolveAlias(doc.root()) instanceof MappingNode m
                    && (m.get("openapi") != null || m.get("swagger") != null)) {
                return root.relativize(p);
            }
        }
        return null;
    }

    private void markClaimed(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(p -> claimed.add(root.relativize(p)));
        }
    }

    private void scanInsomniaFolder() throws IOException {
        Path folder = root.resolve(".insomnia");
        if (!Files.isDirectory(folder)) {
            return;
        }
        markClaimed(folder);
        Path workspaces = folder.resolve("Workspace");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(workspaces)) {
            try (Stream<Path> s = Files.list(workspaces)) {
                files.addAll(s.filter(LayoutScanner::hasDefinitionExtension).sorted().toList());
            }
        }
        Path relFolder = Path.of(".insomnia");
        if (files.isEmpty()) {
            String id = uniqueId(slug(root.getFileName() == null ? "insomnia" : root.getFileName().toString()));
            add(ApiDefinition.of(id, id, null).withDirectories(relFolder, relFolder), LayoutKind.INSOMNIA_GIT_SYNC,
                    relFolder);
            return;
        }
        for (Path f : files) {
            SourceDocument doc = parse(f, root.relativize(f));
            String name = doc != null && Nodes.resolveAlias(doc.root()) instanceof MappingNode m ? scalar(m, "name")
                    : null;
            if (name == null) {
                name = f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            }
            String id = uniqueId(slug(name));
            add(ApiDefinition.of(id, name, null).withDirectories(relFolder, relFolder), LayoutKind.INSOMNIA_GIT_SYNC,
                    root.relativize(f));
        }
    }

    private void insomniaExport(Path rel, MappingNode top) {
        Path dir = rel.getParent() == null ? Path.of("") : rel.getParent();
        boolean any = false;
        if (top.get("resources") instanceof SequenceNode resources) {
            for (Node n : resources.items()) {
                if (Nodes.resolveAlias(n) instanceof MappingNode r && "workspace".equals(scalar(r, "_type"))) {
                    String name = scalar(r, "name");
                    name = name == null || name.isBlank() ? "insomnia" : name;
                    String id = uniqueId(slug(name));
                    add(ApiDefinition.of(id, name, null).withDirectories(ApiDefinition.defaultSchemaDirectory(id), dir),
                            LayoutKind.INSOMNIA_EXPORT, rel);
                    any = true;
                }
            }
        }
        if (!any) {
            String stem = rel.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            String id = uniqueId(slug(stem));
            add(ApiDefinition.of(id, stem, null).withDirectories(ApiDefinition.defaultSchemaDirectory(id), dir),
                    LayoutKind.INSOMNIA_EXPORT, rel);
        }
    }

    private void add(ApiDefinition api, LayoutKind kind, Path location) {
        apis.add(api);
        layouts.add(new DetectedLayout(kind, location, api.id()));
    }

    private static boolean hasDefinitionExtension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private boolean isDefinitionFile(Path p) {
        if (!hasDefinitionExtension(p)) {
            return false;
        }
        SourceDocument doc = parse(p, root.relativize(p));
        return doc != null && Nodes.resolveAlias(doc.root()) instanceof MappingNode m
                && (m.get("openapi") != null || m.get("swagger") != null);
    }

    /** Cheap pre-check on the first 64 KiB so that most files are never parsed. */
    private static boolean interesting(Path file) {
        if (!hasDefinitionExtension(file)) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return head.contains("openapi") || head.contains("swagger") || head.contains("_type");
        } catch (IOException e) {
            return false;
        }
    }

    private SourceDocument parse(Path file, Path rel) {
        try {
            return SourceDocument.parse(RepositoryPaths.text(rel, false), Files.readAllBytes(file),
                    Format.fromFileName(file.getFileName().toString()), LoadOptions.defaults());
        } catch (DocumentException e) {
            Diagnostic d = e.first();
            diagnostics.add(new Diagnostic(Severity.WARNING, d.path(), d.line(), d.column(),
                    Messages.get("detect.unreadable", d.message()), Messages.get("detect.unreadable.hint")));
            return null;
        } catch (IOException | RuntimeException e) {
            diagnostics.add(new Diagnostic(Severity.WARNING, RepositoryPaths.text(rel, false), 0, 0,
                    Messages.get("detect.unreadable", String.valueOf(e.getMessage())),
                    Messages.get("detect.unreadable.hint")));
            return null;
        }
    }

    private static String scalar(MappingNode m, String key) {
        return m.get(key) != null && Nodes.resolveAlias(m.get(key)) instanceof ScalarNode s && s.toJava() != null
                ? s.value() : null;
    }

    /**
     * Lower-case id from a name: letters and digits kept, other runs become {@code -}, at most 48 characters.
     *
     * @param name any text, never null
     * @return a valid API id, never null ({@code api} when nothing is left)
     */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 48) {
            s = s.substring(0, 48).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "api" : s;
    }

    private String uniqueId(String base) {
        String id = base;
        for (int i = 2; !ids.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
