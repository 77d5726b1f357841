package dev.specsync.collections.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers over the plain Java values of {@code Nodes.toJava}, and JSON text output in Postman's layout. */
public final class Json {

    private Json() {
    }

    /**
     * The map at {@code key}.
     *
     * @param m   a map or null
     * @param key the key
     * @return the map, or null when absent or not a map
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object m, String key) {
        Object v = m instanceof Map<?, ?> mm ? mm.get(key) : null;
        return v instanceof Map<?, ?> r ? (Map<String, Object>) r : null;
    }

    /**
     * {@code o} as a map.
     *
     * @param o any value
     * @return the map, or null when {@code o} is not a map
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> r ? (Map<String, Object>) r : null;
    }

    /**
     * The list at {@code key}.
     *
     * @param m   a map or null
     * @param key the key
     * @return the list, or an empty list when absent or not a list
     */
    public static List<Object> list(Object m, String key) {
        Object v = m instanceof Map<?, ?> mm ? mm.get(key) : null;
        return v instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    /**
     * The text at {@code key}: strings as they are, numbers and booleans as text; for Postman descriptions
     * ({@code {"content": ...}}) the content.
     *
     * @param m   a map or null
     * @param key the key
     * @return the text, or null when absent, null or a list
     */
    public static String str(Object m, String key) {
        Object v = m instanceof Map<?, ?> mm ? mm.get(key) : null;
        if (v instanceof Map<?, ?> d && d.get("content") != null) {
            return String.valueOf(d.get("content"));
        }
        return v == null || v instanceof Map<?, ?> || v instanceof List<?> ? null : String.valueOf(v);
    }

    /**
     * Whether {@code key} holds {@code true}.
     *
     * @param m   a map or null
     * @param key the key
     * @return true only for the boolean true
     */
    public static boolean bool(Object m, String key) {
        return m instanceof Map<?, ?> mm && Boolean.TRUE.equals(mm.get(key));
    }

    /**
     * JSON text of {@code value} as Postman writes it: tab indentation, {@code ": "} between key and value, empty
     * containers as {@code {}} and {@code []}, no final line break.
     *
     * @param value plain Java value (Map, List, String, Number, Boolean, null)
     * @return the text, never null
     */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, 0);
        return sb.toString();
    }

    private static void write(Object v, StringBuilder sb, int depth) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (var e : m.entrySet()) {
                indent(sb, depth + 1);
                string(String.valueOf(e.getKey()), sb);
                sb.append(": ");
                write(e.getValue(), sb, depth + 1);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            indent(sb, depth);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                indent(sb, depth + 1);
                write(l.get(i), sb, depth + 1);
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            indent(sb, depth);
            sb.append(']');
        } else if (v instanceof String s) {
            string(s, sb);
        } else {
            sb.append(v);
        }
    }

    private static void indent(StringBuilder sb, int depth) {
        sb.append("\t".repeat(depth));
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
