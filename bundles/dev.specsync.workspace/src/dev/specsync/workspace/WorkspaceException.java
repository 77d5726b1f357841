package dev.specsync.workspace;

import dev.specsync.document.Diagnostic;
import java.util.List;

/**
 * The manifest could not be loaded or an edit was refused. Carries at least one diagnostic positioned in
 * {@code specsync.yaml} where possible (line 0 when there is no position).
 */
public final class WorkspaceException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems, never empty. */
    private final transient List<Diagnostic> diagnostics;

    /**
     * Creates the exception; its message is the first diagnostic as a compiler would print it.
     *
     * @param diagnostics the problems, never null or empty
     * @throws IllegalArgumentException when {@code diagnostics} is empty
     */
    public WorkspaceException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "" : diagnostics.get(0).toString());
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("no diagnostics");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * All problems in file order.
     *
     * @return the diagnostics, never null or empty, unmodifiable
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
