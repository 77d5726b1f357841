/** Implementation of the workspace manifest; not exported from the bundle. */
package dev.specsync.workspace.internal;
