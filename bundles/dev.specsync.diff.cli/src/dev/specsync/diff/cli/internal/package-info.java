/**
 * {@code specsync diff}: arguments, loading each side as a file set from the working tree or from a Git revision
 * ({@code GitRevisionFiles}), exit codes. Not exported; the test fragment sees it.
 */
package dev.specsync.diff.cli.internal;
