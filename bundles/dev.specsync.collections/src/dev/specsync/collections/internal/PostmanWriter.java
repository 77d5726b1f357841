package dev.specsync.collections.internal;

import dev.specsync.collections.Auth;
import dev.specsync.collections.AuthAttribute;
import dev.specsync.collections.Body;
import dev.specsync.collections.CollectionInfo;
import dev.specsync.collections.CollectionItem;
import dev.specsync.collections.Folder;
import dev.specsync.collections.KeyValue;
import dev.specsync.collections.PostmanCollection;
import dev.specsync.collections.Request;
import dev.specsync.collections.RequestItem;
import dev.specsync.collections.Response;
import dev.specsync.collections.Script;
import dev.specsync.collections.Url;
import dev.specsync.collections.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns model objects into the plain Java values of Postman Collection v2.1 JSON, keys in the order Postman writes
 * them. Only explicit item ids are written (derived ids come back by the same rule when the file is read). Stateless.
 */
public final class PostmanWriter {

    private PostmanWriter() {
    }

    /**
     * The whole collection.
     *
     * @param c the collection, never null
     * @return an insertion-ordered map, never null
     */
    public static Map<String, Object> collection(PostmanCollection c) {
        Map<String, Object> m = new LinkedHashMap<>();
        CollectionInfo ci = c.info();
        Map<String, Object> info = new LinkedHashMap<>();
        put(info, "_postman_id", ci.postmanId());
        info.put("name", ci.name());
        put(info, "description", ci.description());
        info.put("schema", ci.schema() == null ? CollectionInfo.SCHEMA_V21 : ci.schema());
        m.put("info", info);
        m.put("item", items(c.items()));
        putAuth(m, c.auth());
        putList(m, "event", events(c.events()));
        putList(m, "variable", variables(c.variables()));
        return m;
    }

    private static List<Object> items(List<CollectionItem> items) {
        List<Object> out = new ArrayList<>();
        for (CollectionItem i : items) {
            out.add(item(i));
        }
        return out;
    }

    /**
     * One item.
     *
     * @param i the item, never null
     * @return an insertion-ordered map, never null
     */
    public static Map<String, Object> item(CollectionItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        if (i.id().explicit()) {
            m.put("id", i.id().value());
        }
        put(m, "description", i.description());
        if (i instanceof Folder f) {
            m.put("item", items(f.items()));
            putAuth(m, f.auth());
            putList(m, "event", events(f.events()));
            putList(m, "variable", variables(f.variables()));
        } else if (i instanceof RequestItem r) {
            putList(m, "event", events(r.events()));
            m.put("request", request(r.request()));
            List<Object> responses = new ArrayList<>();
            for (Response resp : r.responses()) {
                responses.add(response(resp));
            }
            m.put("response", responses);
        }
        return m;
    }

    /**
     * A request.
     *
     * @param r the request, never null
     * @return an insertion-ordered map, never null
     */
    public static Map<String, Object> request(Request r) {
        Map<String, Object> m = new LinkedHashMap<>();
        putAuth(m, r.auth());
        m.put("method", r.method());
        m.put("header", keyValues(r.headers()));
        if (r.body() != null) {
            m.put("body", body(r.body()));
        }
        m.put("url", url(r.url()));
        put(m, "description", r.description());
        return m;
    }

    private static Object url(Url u) {
        if (u.host().isEmpty() && u.path().isEmpty() && u.query().isEmpty() && u.variables().isEmpty()) {
            return UrlParser.parse(u.raw());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raw", u.raw());
        put(m, "protocol", u.protocol());
        m.put("host", u.host());
        put(m, "port", u.port());
        m.put("path", u.path());
        putList(m, "query", keyValues(u.query()));
        putList(m, "variable", variables(u.variables()));
        return m;
    }

    private static Map<String, Object> body(Body b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", b.mode());
        switch (b.mode()) {
            case "urlencoded" -> m.put("urlencoded", keyValues(b.urlencoded()));
            case "formdata" -> m.put("formdata", keyValues(b.formdata()));
            case "graphql" -> {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("query", b.graphqlQuery() == null ? "" : b.graphqlQuery());
                put(g, "variables", b.graphqlVariables());
                m.put("graphql", g);
            }
            case "file" -> m.put("file", b.fileSrc() == null ? Map.of() : Map.of("src", b.fileSrc()));
            case "raw" -> {
                m.put("raw", b.raw() == null ? "" : b.raw());
                if (b.language() != null) {
                    m.put("options", Map.of("raw", Map.of("language", b.language())));
                }
            }
            default -> {
                if (b.raw() != null) {
                    m.put("raw", b.raw());
                }
                if (b.language() != null) {
                    m.put("options", Map.of("raw", Map.of("language", b.language())));
                }
            }
        }
        if (b.disabled()) {
            m.put("disabled", true);
        }
        return m;
    }

    private static Map<String, Object> response(Response r) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", r.id());
        put(m, "name", r.name());
        if (r.originalRequest() != null) {
            m.put("originalRequest", request(r.originalRequest()));
        }
        put(m, "status", r.status());
        if (r.code() != null) {
            m.put("code", r.code());
        }
        m.put("header", keyValues(r.headers()));
        m.put("cookie", List.of());
        put(m, "body", r.body());
        return m;
    }

    private static void putAuth(Map<String, Object> m, Auth a) {
        if (a == null) {
            return;
        }
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("type", a.type());
        List<Object> attrs = new ArrayList<>();
        for (AuthAttribute at : a.attributes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("key", at.key());
            x.put("value", at.value());
            x.put("type", at.type() == null ? "string" : at.type());
            attrs.add(x);
        }
        if (!a.type().equals("noauth")) {
            am.put(a.type(), attrs);
        }
        m.put("auth", am);
    }

    private static List<Object> keyValues(List<KeyValue> l) {
        List<Object> out = new ArrayList<>();
        for (KeyValue kv : l) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", kv.key());
            if (kv.value() != null || kv.src() == null) {
                m.put("value", kv.value());
            }
            put(m, "src", kv.src());
            put(m, "description", kv.description());
            put(m, "type", kv.type());
            if (kv.disabled()) {
                m.put("disabled", true);
            }
            out.add(m);
        }
        return out;
    }

    private static List<Object> events(List<Script> l) {
        List<Object> out = new ArrayList<>();
        for (Script s : l) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("listen", s.listen());
            Map<String, Object> script = new LinkedHashMap<>();
            script.put("type", s.type() == null ? "text/javascript" : s.type());
            script.put("exec", s.exec());
            m.put("script", script);
            if (s.disabled()) {
                m.put("disabled", true);
            }
            out.add(m);
        }
        return out;
    }

    private static List<Object> variables(List<Variable> l) {
        List<Object> out = new ArrayList<>();
        for (Variable v : l) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", v.key());
            m.put("value", v.value());
            put(m, "type", v.type());
            put(m, "description", v.description());
            if (v.disabled()) {
                m.put("disabled", true);
            }
            out.add(m);
        }
        return out;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void putList(Map<String, Object> m, String key, List<Object> l) {
        if (!l.isEmpty()) {
            m.put(key, l);
        }
    }
}
