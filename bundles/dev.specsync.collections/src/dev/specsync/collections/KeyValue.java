package dev.specsync.collections;

/**
 * A header, query parameter, url-encoded or form-data parameter.
 *
 * @param key         the name, never null (empty when the file has none)
 * @param value       the value, or null when the file has none (file form-data parts have none)
 * @param description the description, or null
 * @param disabled    whether the entry is switched off
 * @param type        form-data part type {@code text} or {@code file}, or null for other entries
 * @param src         the file of a {@code file} form-data part, or null
 */
public record KeyValue(String key, String value, String description, boolean disabled, String type, String src) {

    /**
     * An enabled entry with a key and a value only.
     *
     * @param key   the name, never null
     * @param value the value, may be null
     * @return the entry, never null
     */
    public static KeyValue of(String key, String value) {
        return new KeyValue(key, value, null, false, null, null);
    }
}
