package dev.specsync.diff.internal;

import dev.specsync.document.Node;

/**
 * A node of one version, its JSON pointer in its file and that file (after following {@code $ref}s: the
 * target's pointer and file).
 *
 * @param node the node, aliases resolved
 * @param pointer where it is in {@code file}
 * @param file the file holding it
 */
record At(Node node, Pointer pointer, SpecFile file) {
}
