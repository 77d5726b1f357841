package dev.specsync.collections;

import dev.specsync.document.Diagnostic;
import java.util.List;

/** A collection or export could not be read, or an edit was refused. Carries at least one diagnostic. */
public final class CollectionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems, never empty. */
    private final transient List<Diagnostic> diagnostics;

    /**
     * Creates the exception; its message is the first diagnostic as a compiler would print it.
     *
     * @param diagnostics the problems, never null or empty
     * @throws IllegalArgumentException when {@code diagnostics} is empty
     */
    public CollectionException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "" : diagnostics.get(0).toString());
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("no diagnostics");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * All problems.
     *
     * @return the diagnostics, never null or empty, unmodifiable
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
