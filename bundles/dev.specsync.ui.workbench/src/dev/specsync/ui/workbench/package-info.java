/**
 * What the workbench frame offers the UI bundles that contribute parts to it: the ids of the commands they
 * execute or handle ({@link dev.specsync.ui.workbench.UiCommands}), the names under which the open
 * workspace is in the application's context ({@link dev.specsync.ui.workbench.UiContext}), and the
 * problems list every part can publish to and show ({@link dev.specsync.ui.workbench.Problems}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.ui.workbench;
