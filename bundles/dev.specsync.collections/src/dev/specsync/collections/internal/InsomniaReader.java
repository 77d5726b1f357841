package dev.specsync.collections.internal;

import static dev.specsync.collections.internal.Json.bool;
import static dev.specsync.collections.internal.Json.list;
import static dev.specsync.collections.internal.Json.map;
import static dev.specsync.collections.internal.Json.str;

import dev.specsync.collections.Auth;
import dev.specsync.collections.AuthAttribute;
import dev.specsync.collections.Body;
import dev.specsync.collections.CollectionException;
import dev.specsync.collections.CollectionInfo;
import dev.specsync.collections.CollectionItem;
import dev.specsync.collections.Folder;
import dev.specsync.collections.ImportResult;
import dev.specsync.collections.ItemId;
import dev.specsync.collections.KeyValue;
import dev.specsync.collections.PostmanCollection;
import dev.specsync.collections.Request;
import dev.specsync.collections.RequestItem;
import dev.specsync.collections.Url;
import dev.specsync.collections.Variable;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.Nodes;
import dev.specsync.document.Severity;
import dev.specsync.document.SourceDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps one Insomnia v4 export to Postman collections. Not thread-safe; use once. */
public final class InsomniaReader {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*(?:_\\.)?([A-Za-z0-9_.\\-\\[\\]'\"]+)\\s*}}");
    private static final Pattern TAG = Pattern.compile("\\{%.*?%}");

    private final SourceDocument doc;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Map<String, Object>> resources = new ArrayList<>();
    private final Map<String, Integer> indexById = new LinkedHashMap<>();
    private final java.util.Set<String> usedIds = new java.util.HashSet<>();
    private final List<Origin> origins;

    /**
     * Where a resource came from when the export was assembled from one file per resource.
     *
     * @param path   the resource file as shown in diagnostics, never null
     * @param line   1-based line of the resource in that file
     * @param column 1-based column
     */
    public record Origin(String path, int line, int column) {
    }

    /**
     * Creates a reader.
     *
     * @param doc the parsed export, never null
     */
    public InsomniaReader(SourceDocument doc) {
        this(doc, null);
    }

    /**
     * Creates a reader for an export assembled from resource files: diagnostics about resource {@code i} name
     * {@code origins.get(i)} instead of the assembled document.
     *
     * @param doc     the assembled export, never null
     * @param origins the file of each entry of {@code resources}, in the same order; null for a real export
     */
    public InsomniaReader(SourceDocument doc, List<Origin> origins) {
        this.doc = doc;
        this.origins = origins == null ? null : List.copyOf(origins);
    }

    /**
     * Maps the export.
     *
     * @return the collections and warnings, never null
     * @throws CollectionException when the document is not an Insomnia v4 export
     */
    public ImportResult read() throws CollectionException {
        Map<String, Object> top = Json.asMap(Nodes.toJava(doc.root()));
        if (top == null || !"export".equals(str(top, "_type"))) {
            throw fail("", Messages.get("insomnia.notExport"), Messages.get("insomnia.notExport.hint"));
        }
        String format = str(top, "__export_format");
        if (!"4".equals(format)) {
            throw fail("/__export_format", Messages.get("insomnia.format", String.valueOf(format)),
                    Messages.get("insomnia.notExport.hint"));
        }
        if (!(top.get("resources") instanceof List<?>)) {
            throw fail("", Messages.get("insomnia.noResources"), Messages.get("insomnia.notExport.hint"));
        }
        for (Object o : list(top, "resources")) {
            Map<String, Object> r = Json.asMap(o);
            resources.add(r == null ? Map.of() : r);
            if (r != null && str(r, "_id") != null) {
                indexById.putIfAbsent(str(r, "_id"), resources.size() - 1);
            }
        }
        List<PostmanCollection> out = new ArrayList<>();
        List<Integer> orphans = new ArrayList<>();
        boolean hasWorkspace = false;
        for (int i = 0; i < resources.size(); i++) {
            Map<String, Object> r = resources.get(i);
            String type = String.valueOf(str(r, "_type"));
            if (type.equals("workspace")) {
                hasWorkspace = true;
                out.add(collection(str(r, "name"), str(r, "description"), str(r, "_id")));
            } else if (type.equals("request") || type.equals("request_group")) {
                if (!reachesWorkspace(r)) {
                    orphans.add(i);
                }
            } else if (type.equals("environment")) {
                String parent = str(r, "parentId");
                Integer p = parent == null ? null : indexById.get(parent);
                if (p != null && "environment".equals(str(resources.get(p), "_type"))) {
                    warn(i, Messages.get("insomnia.subEnvironment", String.valueOf(str(r, "name"))), null);
                }
            } else {
                warn(i, Messages.get("insomnia.unmappedType", type, String.valueOf(str(r, "name"))), null);
            }
        }
        if (!orphans.isEmpty()) {
            String stem = doc.path().replaceAll(".*[/\\\\]", "").replaceFirst("\\.[^.]*$", "");
            List<CollectionItem> items = new ArrayList<>();
            for (int i : orphans) {
                if (hasWorkspace) {
                    warn(i, Messages.get("insomnia.orphan", String.valueOf(str(resources.get(i), "name")),
                            String.valueOf(str(resources.get(i), "parentId"))), null);
                }
                CollectionItem item = item(i, List.of(String.valueOf(str(resources.get(i), "name"))));
                if (item != null) {
                    items.add(item);
                }
            }
            out.add(new PostmanCollection(new CollectionInfo(null, stem, CollectionInfo.SCHEMA_V21, null), items,
                    List.of(), null, List.of()));
        }
        if (origins == null) {
            diagnostics.sort((a, b) -> Integer.compare(a.line(), b.line()));
        } else {
            diagnostics.sort(java.util.Comparator.comparing(Diagnostic::path).thenComparingInt(Diagnostic::line));
        }
        return new ImportResult(out, diagnostics);
    }

    private boolean reachesWorkspace(Map<String, Object> r) {
        Map<String, Object> cur = r;
        for (int guard = 0; guard < 1000; guard++) {
            Integer p = str(cur, "parentId") == null ? null : indexById.get(str(cur, "parentId"));
            if (p == null) {
                return false;
            }
            cur = resources.get(p);
            if ("workspace".equals(str(cur, "_type"))) {
                return true;
            }
        }
        return false;
    }

    private PostmanCollection collection(String name, String description, String id) {
        List<Variable> vars = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            Map<String, Object> r = resources.get(i);
            if ("environment".equals(str(r, "_type")) && id != null && id.equals(str(r, "parentId"))) {
                vars.addAll(variables(map(r, "data")));
            }
        }
        return new PostmanCollection(new CollectionInfo(null, name == null ? "" : name, CollectionInfo.SCHEMA_V21,
                blank(description)), children(id, List.of()), vars, null, List.of());
    }

    private List<CollectionItem> children(String parentId, List<String> namePath) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            Map<String, Object> r = resources.get(i);
            String t = str(r, "_type");
            if (parentId != null && parentId.equals(str(r, "parentId"))
                    && ("request".equals(t) || "request_group".equals(t))) {
                idx.add(i);
            }
        }
        idx.sort((a, b) -> Double.compare(sortKey(a), sortKey(b)));
        List<CollectionItem> out = new ArrayList<>();
        Map<String, Integer> seenNames = new java.util.HashMap<>();
        for (int i : idx) {
            String n = str(resources.get(i), "name") == null ? "" : str(resources.get(i), "name");
            int count = seenNames.merge(n, 1, Integer::sum);
            List<String> path = new ArrayList<>(namePath);
            path.add(count == 1 ? n : n + "#" + count);
            CollectionItem item = item(i, path);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private double sortKey(int i) {
        return resources.get(i).get("metaSortKey") instanceof Number n ? n.doubleValue() : i;
    }

    private CollectionItem item(int i, List<String> path) {
        Map<String, Object> r = resources.get(i);
        String id = str(r, "_id");
        String name = str(r, "name") == null ? "" : str(r, "name");
        ItemId itemId;
        if (id != null && !id.isEmpty() && usedIds.add(id)) {
            itemId = ItemId.of(id);
        } else {
            itemId = ItemId.derived(path);
            if (id != null && !id.isEmpty()) {
                warn(i, Messages.get("postman.duplicateId", id), null);
            }
        }
        if ("request_group".equals(str(r, "_type"))) {
            return new Folder(itemId, name, blank(str(r, "description")), children(id, path), null, List.of(),
                    variables(map(r, "environment")));
        }
        return new RequestItem(itemId, name, null, request(i, r, name), List.of(), List.of());
    }

    private Request request(int i, Map<String, Object> r, String name) {
        List<KeyValue> headers = new ArrayList<>();
        for (Object o : list(r, "headers")) {
            Map<String, Object> h = Json.asMap(o);
            if (h != null) {
                headers.add(new KeyValue(template(i, name, String.valueOf(str(h, "name"))),
                        template(i, name, str(h, "value")), null, bool(h, "disabled"), null, null));
            }
        }
        List<KeyValue> query = new ArrayList<>();
        StringBuilder raw = new StringBuilder(template(i, name, str(r, "url") == null ? "" : str(r, "url")));
        for (Object o : list(r, "parameters")) {
            Map<String, Object> p = Json.asMap(o);
            if (p != null) {
                KeyValue kv = new KeyValue(template(i, name, String.valueOf(str(p, "name"))),
                        template(i, name, str(p, "value")), null, bool(p, "disabled"), null, null);
                query.add(kv);
                if (!kv.disabled()) {
                    raw.append(raw.indexOf("?") < 0 ? '?' : '&').append(kv.key());
                    if (kv.value() != null) {
                        raw.append('=').append(kv.value());
                    }
                }
            }
        }
        Url url = url(raw.toString(), query);
        String method = str(r, "method");
        return new Request(method == null ? "GET" : method.toUpperCase(Locale.ROOT), url, headers,
                body(i, name, map(r, "body")), auth(i, name, map(r, "authentication")), blank(str(r, "description")));
    }

    private static Url url(String raw, List<KeyValue> query) {
        Map<String, Object> m = UrlParser.parse(raw);
        List<String> host = new ArrayList<>();
        list(m, "host").forEach(h -> host.add(String.valueOf(h)));
        List<String> path = new ArrayList<>();
        list(m, "path").forEach(p -> path.add(String.valueOf(p)));
        List<KeyValue> q = new ArrayList<>();
        if (query.isEmpty()) {
            for (Object o : list(m, "query")) {
                q.add(KeyValue.of(String.valueOf(str(o, "key")), str(o, "value")));
            }
        } else {
            q.addAll(query);
        }
        return new Url(raw, str(m, "protocol"), host, str(m, "port"), path, q, List.of());
    }

    private Body body(int i, String name, Map<String, Object> b) {
        if (b == null || b.isEmpty()) {
            return null;
        }
        String mime = str(b, "mimeType");
        List<KeyValue> params = new ArrayList<>();
        for (Object o : list(b, "params")) {
            Map<String, Object> p = Json.asMap(o);
            if (p != null) {
                boolean file = "file".equals(str(p, "type"));
                params.add(new KeyValue(String.valueOf(str(p, "name")), file ? null : template(i, name, str(p, "value")),
                        blank(str(p, "description")), bool(p, "disabled"),
                        "multipart/form-data".equals(mime) ? (file ? "file" : "text") : null,
                        file ? str(p, "fileName") : null));
            }
        }
        if ("application/x-www-form-urlencoded".equals(mime)) {
            return new Body("urlencoded", null, null, params, List.of(), null, null, null, false);
        }
        if ("multipart/form-data".equals(mime)) {
            return new Body("formdata", null, null, List.of(), params, null, null, null, false);
        }
        String text = str(b, "text");
        if ("application/graphql".equals(mime) && text != null) {
            try {
                Map<String, Object> g = Json.asMap(Nodes.toJava(SourceDocument.parse(doc.path(), text,
                        dev.specsync.document.Format.JSON, dev.specsync.document.LoadOptions.defaults()).root()));
                Object vars = g == null ? null : g.get("variables");
                return new Body("graphql", null, null, List.of(), List.of(), str(g, "query"),
                        vars == null ? null : Json.write(vars), null, false);
            } catch (dev.specsync.document.DocumentException e) {
                return Body.raw(text, "graphql");
            }
        }
        if (text == null && str(b, "fileName") != null) {
            return new Body("file", null, null, List.of(), List.of(), null, null, str(b, "fileName"), false);
        }
        String lang = mime == null ? null : mime.contains("json") ? "json" : mime.contains("xml") ? "xml"
                : mime.contains("javascript") ? "javascript" : mime.contains("html") ? "html" : "text";
        return Body.raw(template(i, name, text == null ? "" : text), lang);
    }

    private Auth auth(int i, String name, Map<String, Object> a) {
        if (a == null || a.isEmpty() || str(a, "type") == null || "none".equals(str(a, "type"))) {
            return null;
        }
        String type = str(a, "type");
        List<AuthAttribute> attrs = new ArrayList<>();
        String target;
        switch (type) {
            case "basic", "digest", "ntlm" -> {
                target = type;
                attr(attrs, "username", str(a, "username"));
                attr(attrs, "password", str(a, "password"));
            }
            case "bearer" -> {
                target = "bearer";
                attr(attrs, "token", str(a, "token"));
            }
            case "apikey" -> {
                target = "apikey";
                attr(attrs, "key", str(a, "key"));
                attr(attrs, "value", str(a, "value"));
                attr(attrs, "in", "queryParams".equals(str(a, "addTo")) ? "query" : "header");
            }
            case "iam" -> {
                target = "awsv4";
                attr(attrs, "accessKey", str(a, "accessKeyId"));
                attr(attrs, "secretKey", str(a, "secretAccessKey"));
                attr(attrs, "sessionToken", str(a, "sessionToken"));
                attr(attrs, "region", str(a, "region"));
                attr(attrs, "service", str(a, "service"));
            }
            case "hawk" -> {
                target = "hawk";
                attr(attrs, "authId", str(a, "id"));
                attr(attrs, "authKey", str(a, "key"));
                attr(attrs, "algorithm", str(a, "algorithm"));
            }
            case "oauth1" -> {
                target = "oauth1";
                attr(attrs, "consumerKey", str(a, "consumerKey"));
                attr(attrs, "consumerSecret", str(a, "consumerSecret"));
                attr(attrs, "token", str(a, "tokenKey"));
                attr(attrs, "tokenSecret", str(a, "tokenSecret"));
                attr(attrs, "signatureMethod", str(a, "signatureMethod"));
                attr(attrs, "nonce", str(a, "nonce"));
                attr(attrs, "timestamp", str(a, "timestamp"));
                attr(attrs, "version", str(a, "version"));
                attr(attrs, "realm", str(a, "realm"));
                attr(attrs, "callback", str(a, "callback"));
            }
            case "oauth2" -> {
                target = "oauth2";
                attr(attrs, "grant_type", str(a, "grantType"));
                attr(attrs, "accessTokenUrl", str(a, "accessTokenUrl"));
                attr(attrs, "authUrl", str(a, "authorizationUrl"));
                attr(attrs, "clientId", str(a, "clientId"));
                attr(attrs, "clientSecret", str(a, "clientSecret"));
                attr(attrs, "scope", str(a, "scope"));
                attr(attrs, "state", str(a, "state"));
                attr(attrs, "redirect_uri", str(a, "redirectUrl"));
                attr(attrs, "username", str(a, "username"));
                attr(attrs, "password", str(a, "password"));
            }
            default -> {
                warn(i, Messages.get("insomnia.authUnmapped", type, name), null);
                return null;
            }
        }
        List<AuthAttribute> converted = new ArrayList<>();
        for (AuthAttribute at : attrs) {
            converted.add(new AuthAttribute(at.key(), template(i, name, (String) at.value()), "string"));
        }
        return new Auth(target, converted);
    }

    private static void attr(List<AuthAttribute> attrs, String key, String value) {
        if (value != null) {
            attrs.add(new AuthAttribute(key, value, "string"));
        }
    }

    private List<Variable> variables(Map<String, Object> data) {
        List<Variable> out = new ArrayList<>();
        if (data != null) {
            data.forEach((k, v) -> out.add(new Variable(k, v, v instanceof String || v == null ? "string" : "any",
                    null, false)));
        }
        return out;
    }

    /** Insomnia {@code {{ _.x }}} to Postman {@code {{x}}}; template tags are reported and kept. */
    private String template(int i, String name, String text) {
        if (text == null) {
            return null;
        }
        Matcher tag = TAG.matcher(text);
        if (tag.find()) {
            warn(i, Messages.get("insomnia.templateTag", name, tag.group()), null);
        }
        return VARIABLE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("{{" + m.group(1) + "}}"));
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private void warn(int index, String message, String hint) {
        if (origins != null && index < origins.size()) {
            Origin o = origins.get(index);
            diagnostics.add(new Diagnostic(Severity.WARNING, o.path(), o.line(), o.column(), message, hint));
            return;
        }
        diagnostics.add(diagnostic(Severity.WARNING, "/resources/" + index, message, hint));
    }

    private CollectionException fail(String pointer, String message, String hint) {
        return new CollectionException(List.of(diagnostic(Severity.ERROR, pointer, message, hint)));
    }

    private Diagnostic diagnostic(Severity severity, String pointer, String message, String hint) {
        var node = doc.at(pointer);
        int line = 0;
        int col = 0;
        if (node.isPresent()) {
            var p = doc.start(node.get());
            line = p.line();
            col = p.column();
        }
        return new Diagnostic(severity, doc.path(), line, col, message, hint);
    }
}
