package dev.specsync.collections;

import java.util.List;

/**
 * A saved response (example) of a request.
 *
 * @param id              the id from the file, or null
 * @param name            the example name, or null
 * @param originalRequest the request that produced it, or null
 * @param status          the status text, for example {@code OK}, or null
 * @param code            the HTTP status code, or null
 * @param headers         the response headers, never null
 * @param body            the response body text, or null
 */
public record Response(String id, String name, Request originalRequest, String status, Integer code,
        List<KeyValue> headers, String body) {

    /** Copies the list. */
    public Response {
        headers = List.copyOf(headers);
    }
}
