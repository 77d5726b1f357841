/**
 * The Git engine's implementation on JGit: the {@code GitService} component, the workspace and one class per
 * operation. Not API.
 */
package dev.specsync.git.internal.engine;
