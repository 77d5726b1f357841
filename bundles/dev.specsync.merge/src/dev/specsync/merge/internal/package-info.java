/**
 * The structural merge behind {@link dev.specsync.merge.Merger}: a three-way merge of the node trees that yields a
 * plan ({@link dev.specsync.merge.internal.Merged}), written as line-local edits of "ours" by
 * {@link dev.specsync.merge.internal.Emitter}, then checked (parse, data, references). Not exported.
 */
package dev.specsync.merge.internal;
