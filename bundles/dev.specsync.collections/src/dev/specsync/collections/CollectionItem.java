package dev.specsync.collections;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An entry of a collection's item tree: a {@link Folder} or a {@link RequestItem}. The interface is sealed: this
 * bundle provides its only implementations, so new methods may be added in a minor version.
 */
@ProviderType
public sealed interface CollectionItem permits Folder, RequestItem {

    /**
     * The stable identity, see {@link ItemId} for the rule.
     *
     * @return the id, never null
     */
    ItemId id();

    /**
     * The display name.
     *
     * @return the name, never null (empty when the file has none)
     */
    String name();

    /**
     * The description.
     *
     * @return the description, or null
     */
    String description();

    /**
     * The scripts attached to the item.
     *
     * @return the scripts in file order, never null
     */
    List<Script> events();
}
