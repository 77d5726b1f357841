/**
 * The Git engine: open a workspace's repository with {@link dev.specsync.git.engine.GitService} and run
 * command objects on it (mandatory inputs as factory parameters, options as setters, one {@code call()}).
 *
 * <p>Every operation that can change files or move a branch (pull, merge, switch, reset, force push)
 * first saves a snapshot with the snapshot engine ({@link dev.specsync.git.SnapshotService}), so that
 * {@link dev.specsync.git.engine.GitWorkspace#undoLastSync()} brings the state back. Failures are
 * {@link dev.specsync.git.GitOperationException}s whose {@link dev.specsync.git.Diagnostic} names the
 * cause and the fix; outcomes a caller must act on (conflicts, rejected pushes) are result values.
 * Credentials come from {@link dev.specsync.git.credentials.GitCredentials} and never appear in URLs,
 * {@code .git/config}, logs or messages.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package dev.specsync.git.engine;
