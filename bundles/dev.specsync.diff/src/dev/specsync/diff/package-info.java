/**
 * The semantic differ: compares two OpenAPI descriptions on their meaning and classifies every change by
 * how it affects existing clients. {@link dev.specsync.diff.SchemaDiffer} is the service; a
 * {@link dev.specsync.diff.DiffReport} lists {@link dev.specsync.diff.Change}s and renders as JSON, Markdown
 * or plain text. Rule ids are stable: tools may match on them.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package dev.specsync.diff;
