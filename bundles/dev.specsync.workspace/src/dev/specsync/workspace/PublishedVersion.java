package dev.specsync.workspace;

import java.util.Objects;

/**
 * A published version of an API and the Git tag that marks its definition.
 *
 * @param name the version name as shown to consumers, for example {@code v1}; never null or blank
 * @param tag  the Git tag of the published definition, for example {@code petstore-v1.0.0}; never null or blank
 */
public record PublishedVersion(String name, String tag) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when a component is blank
     */
    public PublishedVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tag, "tag");
        if (name.isBlank() || tag.isBlank()) {
            throw new IllegalArgumentException("version name and tag must not be blank");
        }
    }
}
