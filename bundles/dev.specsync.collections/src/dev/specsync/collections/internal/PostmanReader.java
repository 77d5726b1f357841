package dev.specsync.collections.internal;

import static dev.specsync.collections.internal.Json.bool;
import static dev.specsync.collections.internal.Json.list;
import static dev.specsync.collections.internal.Json.map;
import static dev.specsync.collections.internal.Json.str;

import dev.specsync.collections.Auth;
import dev.specsync.collections.AuthAttribute;
import dev.specsync.collections.Body;
import dev.specsync.collections.CollectionInfo;
import dev.specsync.collections.CollectionItem;
import dev.specsync.collections.Folder;
import dev.specsync.collections.ItemId;
import dev.specsync.collections.KeyValue;
import dev.specsync.collections.PostmanCollection;
import dev.specsync.collections.Request;
import dev.specsync.collections.RequestItem;
import dev.specsync.collections.Response;
import dev.specsync.collections.Script;
import dev.specsync.collections.Url;
import dev.specsync.collections.Variable;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.Nodes;
import dev.specsync.document.Severity;
import dev.specsync.document.SourceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link PostmanCollection} from a parsed v2.1 (or v2.0) collection file and remembers the JSON pointer
 * of every item. One instance reads one document; not thread-safe.
 */
public final class PostmanReader {

    private final SourceDocument doc;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, String> pointers = new LinkedHashMap<>();
    private final Set<String> explicitIds = new HashSet<>();

    /**
     * Creates a reader.
     *
     * @param doc the parsed file, never null
     */
    public PostmanReader(SourceDocument doc) {
        this.doc = doc;
    }

    /**
     * The result of {@link #read()}.
     *
     * @param collection  the collection, or null when the file is not a collection at all
     * @param pointers    JSON pointer of each item by its id value, never null
     * @param diagnostics the problems found, never null
     */
    public record Result(PostmanCollection collection, Map<String, String> pointers, List<Diagnostic> diagnostics) {
    }

    /**
     * Reads the document.
     *
     * @return the result, never null
     */
    public Result read() {
        diagnostics.addAll(doc.diagnostics());
        Object root = Nodes.toJava(doc.root());
        Map<String, Object> top = Json.asMap(root);
        if (top == null) {
            diag(Severity.ERROR, "", Messages.get("postman.notObject"), Messages.get("postman.hint"));
            return new Result(null, Map.of(), diagnostics);
        }
        if (top.containsKey("requests") && top.containsKey("order")) {
            diag(Severity.ERROR, "", Messages.get("postman.v1"), Messages.get("postman.hint"));
            return new Result(null, Map.of(), diagnostics);
        }
        Map<String, Object> info = map(top, "info");
        if (info == null) {
            diag(Severity.ERROR, "", Messages.get("postman.noInfo"), Messages.get("postman.hint"));
            return new Result(null, Map.of(), diagnostics);
        }
        String schema = str(info, "schema");
        if (schema == null || !schema.contains("v2.")) {
            diag(Severity.WARNING, "/info", Messages.get("postman.schema", String.valueOf(schema)),
                    Messages.get("postman.hint"));
        }
        CollectionInfo ci = new CollectionInfo(str(info, "_postman_id"), nz(str(info, "name")), schema,
                str(info, "description"));
        List<CollectionItem> items = items(top, "", List.of());
        PostmanCollection c = new PostmanCollection(ci, items, variables(list(top, "variable")),
                auth(map(top, "auth"), "/auth"), events(list(top, "event")));
        return new Result(c, Map.copyOf(pointers), List.copyOf(diagnostics));
    }

    private List<CollectionItem> items(Map<String, Object> parent, String pointer, List<String> namePath) {
        List<CollectionItem> out = new ArrayList<>();
        List<Object> raw = list(parent, "item");
        Map<String, Integer> seenNames = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String ptr = pointer + "/item/" + i;
            Map<String, Object> m = Json.asMap(raw.get(i));
            if (m == null) {
                diag(Severity.WARNING, ptr, Messages.get("postman.itemNotObject"), null);
                continue;
            }
            String name = nz(str(m, "name"));
            int n = seenNames.merge(name, 1, Integer::sum);
            List<String> path = new ArrayList<>(namePath);
            path.add(n == 1 ? name : name + "#" + n);
            ItemId id = id(m, path, ptr);
            pointers.put(id.value(), ptr);
            if (m.get("item") instanceof List<?>) {
                out.add(new Folder(id, name, str(m, "description"), items(m, ptr, path), auth(map(m, "auth"),
                        ptr + "/auth"), events(list(m, "event")), variables(list(m, "variable"))));
            } else {
                Object req = m.get("request");
                Request r = req instanceof String s ? new Request("GET", Url.of(s), List.of(), null, null, null)
                        : request(Json.asMap(req), ptr + "/request");
                List<Response> responses = new ArrayList<>();
                for (Object o : list(m, "response")) {
                    Map<String, Object> rm = Json.asMap(o);
                    if (rm != null) {
                        Object orig = rm.get("originalRequest");
                        Request or = orig instanceof String s ? new Request("GET", Url.of(s), List.of(), null, null,
                                null) : orig == null ? null : request(Json.asMap(orig), ptr);
                        Object code = rm.get("code");
                        responses.add(new Response(str(rm, "id"), str(rm, "name"), or, str(rm, "status"),
                                code instanceof Number num ? num.intValue() : null, keyValues(rm.get("header")),
                                str(rm, "body")));
                    }
                }
                out.add(new RequestItem(id, name, str(m, "description"), r, responses, events(list(m, "event"))));
            }
        }
        return out;
    }

    private ItemId id(Map<String, Object> m, List<String> path, String ptr) {
        String explicit = m.get("id") instanceof String s && !s.isEmpty() ? s : null;
        if (explicit != null) {
            if (explicitIds.add(explicit)) {
                return ItemId.of(explicit);
            }
            diag(Severity.WARNING, ptr + "/id", Messages.get("postman.duplicateId", explicit),
                    Messages.get("postman.duplicateId.hint"));
        }
        return ItemId.derived(path);
    }

    private Request request(Map<String, Object> m, String ptr) {
        if (m == null) {
            return new Request("GET", Url.of(""), List.of(), null, null, null);
        }
        String method = str(m, "method");
        return new Request(method == null ? "GET" : method.toUpperCase(Locale.ROOT), url(m.get("url")),
                keyValues(m.get("header")), body(map(m, "body")), auth(map(m, "auth"), ptr + "/auth"),
                str(m, "description"));
    }

    private Url url(Object u) {
        if (u instanceof String s) {
            return Url.of(s);
        }
        Map<String, Object> m = Json.asMap(u);
        if (m == null) {
            return Url.of("");
        }
        Object host = m.get("host");
        List<String> hosts = host instanceof String s ? List.of(s.split("\\.")) : strings(list(m, "host"));
        Object path = m.get("path");
        List<String> paths = new ArrayList<>();
        if (path instanceof String s) {
            paths.addAll(List.of(s.replaceFirst("^/", "").split("/")));
        } else {
            for (Object o : list(m, "path")) {
                paths.add(o instanceof Map<?, ?> seg ? String.valueOf(seg.get("value")) : String.valueOf(o));
            }
        }
        return new Url(nz(str(m, "raw")), str(m, "protocol"), hosts, str(m, "port"), paths, keyValues(m.get("query")),
                variables(list(m, "variable")));
    }

    private static List<String> strings(List<Object> l) {
        return l.stream().map(String::valueOf).toList();
    }

    private List<KeyValue> keyValues(Object o) {
        List<KeyValue> out = new ArrayList<>();
        if (o instanceof String s) {
            for (String line : s.split("\r?\n")) {
                int c = line.indexOf(':');
                if (c > 0) {
                    out.add(KeyValue.of(line.substring(0, c).strip(), line.substring(c + 1).strip()));
                }
            }
            return out;
        }
        if (o instanceof List<?> l) {
            for (Object e : l) {
                Map<String, Object> m = Json.asMap(e);
                if (m != null) {
                    Object src = m.get("src");
                    String srcText = src instanceof List<?> sl ? String.join(",", strings(new ArrayList<>(sl)))
                            : src == null ? null : String.valueOf(src);
                    out.add(new KeyValue(nz(str(m, "key")), str(m, "value"), str(m, "description"),
                            bool(m, "disabled"), str(m, "type"), srcText));
                }
            }
        }
        return out;
    }

    private Body body(Map<String, Object> m) {
        if (m == null) {
            return null;
        }
        Map<String, Object> gql = map(m, "graphql");
        Map<String, Object> rawOptions = map(map(m, "options"), "raw");
        return new Body(str(m, "mode") == null ? "raw" : str(m, "mode"), str(m, "raw"), str(rawOptions, "language"),
                keyValues(m.get("urlencoded")), keyValues(m.get("formdata")), str(gql, "query"),
                str(gql, "variables"), str(map(m, "file"), "src"), bool(m, "disabled"));
    }

    private Auth auth(Map<String, Object> m, String ptr) {
        if (m == null) {
            return null;
        }
        String type = nz(str(m, "type"));
        if (!Auth.TYPES.contains(type)) {
            diag(Severity.WARNING, ptr, Messages.get("postman.authUnknown", type),
                    Messages.get("postman.authUnknown.hint", String.join(", ", Auth.TYPES)));
        }
        List<AuthAttribute> attrs = new ArrayList<>();
        Object params = m.get(type);
        if (params instanceof List<?> l) {
            for (Object o : l) {
                Map<String, Object> a = Json.asMap(o);
                if (a != null) {
                    attrs.add(new AuthAttribute(nz(str(a, "key")), a.get("value"), str(a, "type")));
                }
            }
        } else if (params instanceof Map<?, ?> pm) {
            pm.forEach((k, v) -> attrs.add(new AuthAttribute(String.valueOf(k), v, null)));
        }
        return new Auth(type, attrs);
    }

    private List<Script> events(List<Object> l) {
        List<Script> out = new ArrayList<>();
        for (Object o : l) {
            Map<String, Object> e = Json.asMap(o);
            if (e == null) {
                continue;
            }
            Map<String, Object> script = map(e, "script");
            Object exec = script == null ? null : script.get("exec");
            List<String> lines = exec instanceof String s ? List.of(s.split("\n", -1))
                    : exec instanceof List<?> el ? strings(new ArrayList<>(el)) : List.of();
            out.add(new Script(nz(str(e, "listen")), str(script, "type"), lines, bool(e, "disabled")));
        }
        return out;
    }

    private List<Variable> variables(List<Object> l) {
        List<Variable> out = new ArrayList<>();
        for (Object o : l) {
            Map<String, Object> v = Json.asMap(o);
            if (v != null) {
                String key = str(v, "key") != null ? str(v, "key") : nz(str(v, "id"));
                out.add(new Variable(key, v.get("value"), str(v, "type"), str(v, "description"), bool(v, "disabled")));
            }
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void diag(Severity severity, String pointer, String message, String hint) {
        var node = doc.at(pointer);
        int line = 0;
        int col = 0;
        if (node.isPresent()) {
            var p = doc.start(node.get());
            line = p.line();
            col = p.column();
        }
        diagnostics.add(new Diagnostic(severity, doc.path(), line, col, message, hint));
    }
}
