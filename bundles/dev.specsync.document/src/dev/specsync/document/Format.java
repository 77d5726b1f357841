package dev.specsync.document;

import java.util.Locale;

/** The syntax of a source file. */
public enum Format {
	/** JSON (RFC 8259), parsed strictly: no comments, no trailing commas, one value per file. */
	JSON,
	/** YAML 1.2 with the core schema, exactly one document per file. */
	YAML;

	/**
	 * Chooses the format from a file name: {@code .json} (also {@code .json.gz}) is JSON, everything else YAML
	 * (YAML 1.2 is a superset of JSON, so YAML is the safe default).
	 *
	 * @param fileName a file name or path string, not null
	 */
	public static Format fromFileName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".gz")) {
			name = name.substring(0, name.length() - 3);
		}
		return name.endsWith(".json") ? JSON : YAML;
	}
}
