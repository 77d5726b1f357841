package dev.specsync.collections.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a raw URL into Postman's URL object. Stateless. */
public final class UrlParser {

    private UrlParser() {
    }

    /**
     * The Postman URL object of {@code raw}: {@code raw}, {@code protocol}, {@code host}, {@code port},
     * {@code path} and {@code query}, each only when present. Variables such as {@code {{base}}} are kept as text.
     *
     * @param raw the URL as typed, never null
     * @return an insertion-ordered map, never null
     */
    public static Map<String, Object> parse(String raw) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raw", raw);
        String rest = raw;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        var proto = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://").matcher(rest);
        if (proto.find()) {
            m.put("protocol", proto.group(1));
            rest = rest.substring(proto.end());
        }
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        String port = null;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && hostPort.substring(colon + 1).matches("\\d+|\\{\\{[^}]+}}")) {
            port = hostPort.substring(colon + 1);
            hostPort = hostPort.substring(0, colon);
        }
        if (!hostPort.isEmpty()) {
            m.put("host", hostPort.startsWith("{{") ? List.of(hostPort) : List.of(hostPort.split("\\.", -1)));
        }
        if (port != null) {
            m.put("port", port);
        }
        if (slash >= 0) {
            m.put("path", List.of(path.split("/", -1)));
        }
        if (query != null && !query.isEmpty()) {
            List<Object> params = new ArrayList<>();
            for (String p : query.split("&")) {
                int eq = p.indexOf('=');
                Map<String, Object> kv = new LinkedHashMap<>();
                kv.put("key", eq < 0 ? p : p.substring(0, eq));
                kv.put("value", eq < 0 ? null : p.substring(eq + 1));
                params.add(kv);
            }
            m.put("query", params);
        }
        return m;
    }
}
