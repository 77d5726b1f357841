/**
 * The implementation behind {@code dev.specsync.document}: the hand-written JSON scanner, the YAML reader on
 * SnakeYAML Engine's event parser, the node classes, the line index and the renderer used by edits. Not
 * exported; nothing outside the bundle (and its test fragment) may depend on it.
 */
package dev.specsync.document.internal;
