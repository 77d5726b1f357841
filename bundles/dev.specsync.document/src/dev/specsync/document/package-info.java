/**
 * A lossless, position-aware model of JSON and YAML files: {@link dev.specsync.document.SourceDocument} keeps
 * a file's exact text next to an immutable tree of {@link dev.specsync.document.Node}s whose offsets point into
 * that text, so that saving an unchanged document gives back the same bytes, and every node and
 * {@link dev.specsync.document.Diagnostic} can be shown at its line and column. Edits are text splices
 * ({@link dev.specsync.document.TextEdit}, computed by {@link dev.specsync.document.DocumentEditor}) that change
 * only the lines they touch and keep comments, quoting, indentation and line endings. Saves go through
 * {@link dev.specsync.document.AtomicFiles}, which every bundle that writes a file uses.
 * <p>
 * The package has no OSGi dependencies and no services: it is plain Java, every type is immutable and safe
 * to share between threads, and every type is implemented here; clients use it, they do not implement it.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package dev.specsync.document;
