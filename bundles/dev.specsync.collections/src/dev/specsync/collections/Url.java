package dev.specsync.collections;

import java.util.List;

/**
 * A request URL. Postman writes either a plain string (then only {@link #raw()} is set) or an object.
 *
 * @param raw       the URL as typed, never null (empty when absent)
 * @param protocol  the protocol without {@code ://}, or null
 * @param host      the host segments, never null
 * @param port      the port, or null
 * @param path      the path segments, never null
 * @param query     the query parameters, never null
 * @param variables the path variables ({@code :name} segments), never null
 */
public record Url(String raw, String protocol, List<String> host, String port, List<String> path,
        List<KeyValue> query, List<Variable> variables) {

    /** Copies the lists. */
    public Url {
        host = List.copyOf(host);
        path = List.copyOf(path);
        query = List.copyOf(query);
        variables = List.copyOf(variables);
    }

    /**
     * A URL given by its raw text only.
     *
     * @param raw the URL, never null
     * @return the URL, never null
     */
    public static Url of(String raw) {
        return new Url(raw, null, List.of(), null, List.of(), List.of(), List.of());
    }
}
