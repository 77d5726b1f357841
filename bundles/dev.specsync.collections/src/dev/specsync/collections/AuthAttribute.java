package dev.specsync.collections;

/**
 * One parameter of an {@link Auth}, as Postman v2.1 writes it: {@code {"key": ..., "value": ..., "type": ...}}.
 *
 * @param key   the parameter name, for example {@code token} or {@code username}; never null
 * @param value the value as plain Java (usually String, sometimes Boolean, List or Map), or null
 * @param type  the declared type ({@code string}, {@code boolean}, {@code any}), or null
 */
public record AuthAttribute(String key, Object value, String type) {
}
