/**
 * Request collections: Postman Collection v2.1 read and write, and import of Insomnia v4 exports and Insomnia Git
 * Sync folders.
 *
 * <p>{@link dev.specsync.collections.CollectionFile} keeps the text of a collection file next to the
 * {@link dev.specsync.collections.PostmanCollection} model read from it. Writing a file that was loaded and not
 * edited writes the same bytes; an edit of one request touches only that request's lines. Every item has a stable
 * {@link dev.specsync.collections.ItemId} so that items can be matched across versions of a collection.
 *
 * <p>The model types are immutable records and thread-safe. No method accepts or returns null unless its javadoc
 * says so; lists are never null (empty instead).
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package dev.specsync.collections;
