package dev.specsync.openapi.internal;

import java.nio.file.Path;

/**
 * A file to check.
 *
 * @param path where to read it, absolute
 * @param label how to name it in messages: as the user typed it, or the typed folder joined with the path
 *        below it
 */
record SpecFile(Path path, String label) {
}
