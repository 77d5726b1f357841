package dev.specsync.collections;

import java.util.List;

/**
 * A pre-request or test script attached to an item or the collection.
 *
 * @param listen   when it runs: {@code prerequest} or {@code test}; never null
 * @param type     the script language, usually {@code text/javascript}, or null
 * @param exec     the source lines, never null
 * @param disabled whether the script is switched off
 */
public record Script(String listen, String type, List<String> exec, boolean disabled) {

    /** Copies the list. */
    public Script {
        exec = List.copyOf(exec);
    }
}
