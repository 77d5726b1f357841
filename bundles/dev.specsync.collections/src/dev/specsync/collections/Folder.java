package dev.specsync.collections;

import java.util.List;

/**
 * A folder of a collection.
 *
 * @param id          the stable identity, never null
 * @param name        the name, never null
 * @param description the description, or null
 * @param items       the children in file order, never null
 * @param auth        auth for the requests inside, or null to inherit
 * @param events      the scripts, never null
 * @param variables   the folder variables, never null
 */
public record Folder(ItemId id, String name, String description, List<CollectionItem> items, Auth auth,
        List<Script> events, List<Variable> variables) implements CollectionItem {

    /** Copies the lists. */
    public Folder {
        items = List.copyOf(items);
        events = List.copyOf(events);
        variables = List.copyOf(variables);
    }
}
