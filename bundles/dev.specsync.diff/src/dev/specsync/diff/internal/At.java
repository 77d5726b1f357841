package dev.specsync.diff.internal;

import dev.specsync.document.JsonPointer;
import dev.specsync.document.Node;

/**
 * A node of one version and its JSON pointer (after following {@code $ref}s: the pointer of the target).
 *
 * @param node the node, aliases resolved
 * @param pointer where it is
 */
record At(Node node, JsonPointer pointer) {
}
