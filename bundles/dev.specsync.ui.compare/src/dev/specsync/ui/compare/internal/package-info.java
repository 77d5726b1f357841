/** The compare-and-resolve view (an e4 part), its Resolve Conflicts handler and its texts. */
package dev.specsync.ui.compare.internal;
