package dev.specsync.collections;

import dev.specsync.collections.internal.Json;
import dev.specsync.collections.internal.Messages;
import dev.specsync.collections.internal.PostmanReader;
import dev.specsync.collections.internal.PostmanWriter;
import dev.specsync.collections.internal.UrlParser;
import dev.specsync.document.AtomicFiles;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentEditor;
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
import dev.specsync.document.TextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Postman Collection v2.1 file: its text and the {@link PostmanCollection} read from it. Immutable and
 * thread-safe; edits return a new instance and write nothing until {@link #save(Path)}. An instance that was loaded
 * and not edited gives back exactly the bytes it was loaded from; an edit touches only the lines of the edited item.
 */
public final class CollectionFile {

    private final SourceDocument document;
    private final PostmanCollection collection;
    private final Map<String, String> pointers;
    private final List<Diagnostic> diagnostics;

    private CollectionFile(SourceDocument document, PostmanReader.Result r) {
        this.document = document;
        this.collection = r.collection();
        this.pointers = r.pointers();
        this.diagnostics = r.diagnostics();
    }

    /**
     * Loads a collection file. Diagnostics name the file as given.
     *
     * @param file the file, never null
     * @return the collection file; {@link #diagnostics()} holds warnings, never null
     * @throws IOException         when the file cannot be read
     * @throws CollectionException when the file is not valid JSON/YAML or not a Postman collection
     */
    public static CollectionFile load(Path file) throws IOException, CollectionException {
        return parse(file.toString(), Files.readAllBytes(file));
    }

    /**
     * Parses collection bytes (JSON, or YAML when the label ends in {@code .yaml}/{@code .yml}).
     *
     * @param label the file name or label used in diagnostics, never null
     * @param bytes the UTF-8 content, never null
     * @return the collection file, never null
     * @throws CollectionException when the bytes are not valid or not a Postman collection
     */
    public static CollectionFile parse(String label, byte[] bytes) throws CollectionException {
        try {
            Format f = label.endsWith(".yaml") || label.endsWith(".yml") ? Format.YAML : Format.JSON;
            return of(SourceDocument.parse(label, bytes, f, LoadOptions.defaults()));
        } catch (DocumentException e) {
            throw new CollectionException(e.diagnostics());
        }
    }

    /**
     * A new, unsaved JSON file holding {@code collection}, laid out as Postman writes it (tab indentation).
     *
     * @param label      the file name used in diagnostics, never null
     * @param collection the content, never null
     * @return the collection file, never null
     * @throws CollectionException never for a model built through this API; declared for rendering failures
     */
    public static CollectionFile create(String label, PostmanCollection collection) throws CollectionException {
        try {
            return of(SourceDocument.parse(label, Json.write(PostmanWriter.collection(collection)), Format.JSON,
                    LoadOptions.defaults()));
        } catch (DocumentException e) {
            throw new CollectionException(e.diagnostics());
        }
    }

    private static CollectionFile of(SourceDocument doc) throws CollectionException {
        PostmanReader.Result r = new PostmanReader(doc).read();
        if (r.collection() == null || r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            throw new CollectionException(r.diagnostics());
        }
        return new CollectionFile(doc, r);
    }

    /**
     * The collection model.
     *
     * @return the model, never null
     */
    public PostmanCollection collection() {
        return collection;
    }

    /**
     * Warnings found while reading (unknown auth types, repeated item ids, an unexpected schema).
     *
     * @return the warnings, never null, unmodifiable
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The current text, edits included.
     *
     * @return the text, never null
     */
    public String text() {
        return document.text();
    }

    /**
     * The current content as bytes: the loaded bytes when nothing was edited.
     *
     * @return a new array, never null
     */
    public byte[] toBytes() {
        return document.toBytes();
    }

    /**
     * Writes the content to {@code file} atomically (temporary file in the same directory, then an atomic move);
     * nothing is written when the file already holds these bytes.
     *
     * @param file the target, never null; its directory must exist
     * @throws IOException when writing fails; {@code file} is then left unchanged
     */
    public void save(Path file) throws IOException {
        AtomicFiles.write(file, toBytes());
    }

    /**
     * Renames an item (folder or request). Its derived id, and those of its children, change accordingly.
     *
     * @param id      the item, never null
     * @param newName the name, never null
     * @return the edited file, never null
     * @throws CollectionException when there is no such item
     */
    public CollectionFile renameItem(ItemId id, String newName) throws CollectionException {
        String ptr = pointer(id);
        return set(ptr, "name", newName, null);
    }

    /**
     * Sets the HTTP method of a request.
     *
     * @param id     the request item, never null
     * @param method the method, never null; written in upper case
     * @return the edited file, never null
     * @throws CollectionException when there is no such request
     */
    public CollectionFile setMethod(ItemId id, String method) throws CollectionException {
        return set(requestPointer(id), "method", method.toUpperCase(Locale.ROOT), null);
    }

    /**
     * Sets the URL of a request. A URL written as a string stays a string; a URL object is replaced by the object
     * of the new raw URL (protocol, host, port, path and query split out as Postman does).
     *
     * @param id  the request item, never null
     * @param raw the URL as typed, never null
     * @return the edited file, never null
     * @throws CollectionException when there is no such request
     */
    public CollectionFile setUrl(ItemId id, String raw) throws CollectionException {
        String rp = requestPointer(id);
        Node url = node(rp + "/url");
        if (url == null || url instanceof ScalarNode) {
            return set(rp, "url", raw, "method");
        }
        return apply(editor().replace(rp + "/url", UrlParser.parse(raw)));
    }

    /**
     * Sets a header of a request: the value of the first header with that name (ignoring case), or a new header at
     * the end of the list.
     *
     * @param id    the request item, never null
     * @param name  the header name, never null
     * @param value the value, never null
     * @return the edited file, never null
     * @throws CollectionException when there is no such request
     */
    public CollectionFile setHeader(ItemId id, String name, String value) throws CollectionException {
        String rp = requestPointer(id);
        Node headers = node(rp + "/header");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", name);
        entry.put("value", value);
        if (!(headers instanceof SequenceNode seq)) {
            return headers == null ? apply(editor().addEntry(rp, "header", List.of(entry),
                    indexOf(rp, "method") ? "method" : null)) : apply(editor().replace(rp + "/header", List.of(entry)));
        }
        for (int i = 0; i < seq.size(); i++) {
            if (Nodes.resolveAlias(seq.get(i)) instanceof MappingNode m && m.get("key") instanceof ScalarNode k
                    && k.value().equalsIgnoreCase(name)) {
                return set(rp + "/header/" + i, "value", value, "key");
            }
        }
        return seq.size() == 0 ? apply(editor().replace(rp + "/header", List.of(entry)))
                : apply(editor().appendItem(rp + "/header", entry));
    }

    /**
     * Sets the text of a request's raw body, turning the body into a raw body when it has another mode or none.
     *
     * @param id   the request item, never null
     * @param text the body text, never null
     * @return the edited file, never null
     * @throws CollectionException when there is no such request
     */
    public CollectionFile setRawBody(ItemId id, String text) throws CollectionException {
        String rp = requestPointer(id);
        Node body = node(rp + "/body");
        if (body instanceof MappingNode m && m.get("mode") instanceof ScalarNode mode && mode.value().equals("raw")
                && m.get("raw") != null) {
            return apply(editor().setScalar(rp + "/body/raw", text));
        }
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("mode", "raw");
        b.put("raw", text);
        return body == null ? apply(editor().addEntry(rp, "body", b, indexOf(rp, "header") ? "header" : null))
                : apply(editor().replace(rp + "/body", b));
    }

    /**
     * Adds a request at the end of a folder, or of the collection when {@code folder} is null.
     *
     * @param folder the folder, or null for the top level
     * @param name   the request name, never null
     * @param method the HTTP method, never null
     * @param url    the raw URL, never null
     * @return the edited file, never null
     * @throws CollectionException when {@code folder} is not a folder of this collection
     */
    public CollectionFile addRequest(ItemId folder, String name, String method, String url)
            throws CollectionException {
        String parent = "";
        if (folder != null) {
            if (!(collection.find(folder).orElse(null) instanceof Folder)) {
                throw refused(Messages.get("edit.notFolder", folder.value()));
            }
            parent = pointer(folder);
        }
        Request r = new Request(method.toUpperCase(Locale.ROOT), Url.of(url), List.of(), null, null, null);
        Map<String, Object> item = PostmanWriter.item(new RequestItem(ItemId.derived(List.of(name)), name, null, r,
                List.of(), List.of()));
        Node items = node(parent + "/item");
        if (items instanceof SequenceNode seq && seq.size() > 0) {
            return apply(editor().appendItem(parent + "/item", item));
        }
        return items == null ? apply(editor().addEntry(parent, "item", List.of(item), null))
                : apply(editor().replace(parent + "/item", List.of(item)));
    }

    /**
     * Removes an item (a folder with everything inside it) together with its lines.
     *
     * @param id the item, never null
     * @return the edited file, never null
     * @throws CollectionException when there is no such item
     */
    public CollectionFile removeItem(ItemId id) throws CollectionException {
        return apply(editor().removeItem(pointer(id)));
    }

    private CollectionFile set(String mapPtr, String key, String value, String after) throws CollectionException {
        if (node(mapPtr + "/" + key) != null) {
            return apply(editor().setScalar(mapPtr + "/" + key, value));
        }
        return apply(editor().addEntry(mapPtr, key, value, after != null && indexOf(mapPtr, after) ? after : null));
    }

    private boolean indexOf(String mapPtr, String key) {
        return node(mapPtr) instanceof MappingNode m && m.indexOf(key) >= 0;
    }

    private Node node(String ptr) {
        return document.at(ptr).map(Nodes::resolveAlias).orElse(null);
    }

    private String pointer(ItemId id) throws CollectionException {
        String p = pointers.get(id.value());
        if (p == null) {
            throw refused(Messages.get("edit.unknownItem", id.value()));
        }
        return p;
    }

    private String requestPointer(ItemId id) throws CollectionException {
        String p = pointer(id);
        if (!(collection.find(id).orElse(null) instanceof RequestItem)) {
            throw refused(Messages.get("edit.notRequest", id.value()));
        }
        if (!(node(p + "/request") instanceof MappingNode)) {
            throw refused(Messages.get("edit.requestIsText", id.value()));
        }
        return p + "/request";
    }

    private DocumentEditor editor() {
        return new DocumentEditor(document);
    }

    private CollectionFile apply(TextEdit edit) throws CollectionException {
        try {
            return of(document.apply(edit));
        } catch (DocumentException e) {
            throw refused(Messages.get("edit.failed", e.first().message()));
        }
    }

    private CollectionException refused(String message) {
        return new CollectionException(List.of(new Diagnostic(Severity.ERROR, document.path(), 0, 0, message, null)));
    }
}
