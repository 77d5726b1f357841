/**
 * The merge commands of the {@code specsync} command line: {@code merge}, {@code merge-driver} (Git's merge driver
 * protocol) and {@code merge-resolve} (continue, finish or abort a merge kept under {@code .git}). Exported only
 * to the merge tests.
 */
package dev.specsync.merge.cli.internal;
