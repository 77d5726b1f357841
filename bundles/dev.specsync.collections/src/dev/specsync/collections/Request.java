package dev.specsync.collections;

import java.util.List;

/**
 * An HTTP request.
 *
 * @param method      the HTTP method in upper case, never null ({@code GET} when the file has none)
 * @param url         the URL, never null
 * @param headers     the headers in file order, never null
 * @param body        the body, or null when there is none
 * @param auth        the request's own auth, or null to inherit
 * @param description the description, or null
 */
public record Request(String method, Url url, List<KeyValue> headers, Body body, Auth auth, String description) {

    /** Copies the list. */
    public Request {
        headers = List.copyOf(headers);
    }
}
