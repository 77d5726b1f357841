package dev.specsync.workspace;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lifecycle status of an API, written in the manifest by its {@link #displayName()}. */
public enum ApiStatus {
    /** Being designed; nothing implemented yet. This is the status of an API whose manifest entry has none. */
    PLANNING("Planning"),
    /** Being implemented. */
    IN_DEVELOPMENT("In Development"),
    /** Implementation under code review. */
    CODE_REVIEW("Code Review"),
    /** Under security review. */
    SECURITY_REVIEW("Security Review"),
    /** Live for consumers. */
    IN_PRODUCTION("In Production"),
    /** Still served but consumers should move away. */
    DEPRECATED("Deprecated"),
    /** No longer served. */
    RETIRED("Retired");

    private final String displayName;

    ApiStatus(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The name used in {@code specsync.yaml} and shown to users, for example {@code In Development}.
     *
     * @return the display name, never null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Finds the status written as {@code text} in a manifest. The match is exact (case and spaces).
     *
     * @param text the text from the manifest, may be null
     * @return the status, or empty when {@code text} names none
     */
    public static Optional<ApiStatus> fromDisplayName(String text) {
        return Arrays.stream(values()).filter(s -> s.displayName.equals(text)).findFirst();
    }

    /**
     * The display names of all statuses in lifecycle order, comma separated, for messages.
     *
     * @return for example {@code Planning, In Development, ...}, never null
     */
    public static String allowedNames() {
        return Arrays.stream(values()).map(ApiStatus::displayName).collect(Collectors.joining(", "));
    }
}
