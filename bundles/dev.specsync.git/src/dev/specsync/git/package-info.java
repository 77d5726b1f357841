/**
 * Snapshots of a Git working tree: save and restore the index, tracked changes and untracked files so
 * that any repository-changing operation can be undone. Start from the {@link dev.specsync.git.SnapshotServices}
 * OSGi service; failures are {@link dev.specsync.git.GitOperationException}s whose
 * {@link dev.specsync.git.Diagnostic} names the cause and the fix.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package dev.specsync.git;
