package dev.specsync.collections;

/**
 * A collection, folder or URL path variable.
 *
 * @param key         the name, never null
 * @param value       the value as plain Java (String, Boolean, Number, List, Map) or null
 * @param type        the declared type ({@code string}, {@code boolean}, {@code any}, ...), or null
 * @param description the description, or null
 * @param disabled    whether the variable is switched off
 */
public record Variable(String key, Object value, String type, String description, boolean disabled) {
}
