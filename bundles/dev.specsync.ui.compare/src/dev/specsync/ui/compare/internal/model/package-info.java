/**
 * The compare-and-resolve view's logic without SWT: the unfinished merge of a working tree, file by file, and
 * the user's choices ({@link dev.specsync.ui.compare.internal.model.MergeSession}).
 */
package dev.specsync.ui.compare.internal.model;
