package dev.specsync.collections;

import java.util.List;
import java.util.Optional;

/**
 * Authentication of a request, folder or collection.
 *
 * @param type       the auth type, one of {@link #TYPES} when the file is valid v2.1; never null
 * @param attributes the parameters of that type in file order, never null
 */
public record Auth(String type, List<AuthAttribute> attributes) {

    /** The auth types of Postman Collection v2.1. */
    public static final List<String> TYPES = List.of("noauth", "apikey", "awsv4", "basic", "bearer", "digest",
            "edgegrid", "hawk", "ntlm", "oauth1", "oauth2", "jwt", "asap", "akamai");

    /** Copies the list. */
    public Auth {
        attributes = List.copyOf(attributes);
    }

    /**
     * The value of parameter {@code key} as text.
     *
     * @param key the parameter name, never null
     * @return the value's text, or empty when absent or null
     */
    public Optional<String> get(String key) {
        return attributes.stream().filter(a -> a.key().equals(key) && a.value() != null).findFirst()
                .map(a -> String.valueOf(a.value()));
    }
}
