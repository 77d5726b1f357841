package dev.specsync.collections;

/**
 * The {@code info} block of a collection.
 *
 * @param postmanId   the {@code _postman_id}, or null
 * @param name        the collection name, never null
 * @param schema      the schema URL naming the format version, or null
 * @param description the description, or null
 */
public record CollectionInfo(String postmanId, String name, String schema, String description) {

    /** The schema URL of Postman Collection v2.1.0 written into new collections. */
    public static final String SCHEMA_V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
}
