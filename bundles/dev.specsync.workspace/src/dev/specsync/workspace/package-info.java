/**
 * The SpecSync workspace manifest {@code specsync.yaml}: which APIs live in a Git working tree, where their
 * definitions and collections are, their lifecycle status, published versions and collection backup targets.
 *
 * <p>{@link dev.specsync.workspace.ManifestFile} loads, edits and saves the manifest without disturbing comments or
 * formatting; {@link dev.specsync.workspace.WorkspaceDetector} proposes a manifest for a repository that has none.
 * All types are immutable and thread-safe unless stated otherwise; no method accepts or returns null unless its
 * javadoc says so.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.workspace;
