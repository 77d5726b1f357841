package dev.specsync.document.internal;

/** YAML node properties; shared null for the common case of none. */
record Props(String anchor, String tag) {

	static Props of(String anchor, String tag) {
		return anchor == null && tag == null ? null : new Props(anchor, tag);
	}
}
