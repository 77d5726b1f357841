/**
 * Structural three-way merge of API definitions (OpenAPI 2.0, 3.0, 3.1 in JSON or YAML) and request
 * collections: {@link dev.specsync.merge.Merger} merges a base, "ours" and "theirs" on their structure
 * (maps by key, operations by method and path template, parameters by name and location, array items by a
 * stable identity, enums and tags as ordered sets, long texts line by line) and writes the result as edits
 * of "ours", so that every untouched line keeps its bytes. A {@link dev.specsync.merge.MergeResult} lists the
 * {@link dev.specsync.merge.Conflict}s, each with its choices, and applies {@link dev.specsync.merge.Resolution}s;
 * {@link dev.specsync.merge.MergeStateStore} keeps a half-resolved merge under {@code .git} across restarts.
 * <p>
 * Values are plain Java as produced by {@link dev.specsync.document.Nodes#toJava}: maps, lists, strings,
 * numbers, booleans and {@code null}.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package dev.specsync.merge;
