package dev.specsync.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Postman Collection v2.1.
 *
 * @param info      the info block, never null
 * @param items     the top-level items in file order, never null
 * @param variables the collection variables, never null
 * @param auth      the collection auth, or null
 * @param events    the collection scripts, never null
 */
public record PostmanCollection(CollectionInfo info, List<CollectionItem> items, List<Variable> variables, Auth auth,
        List<Script> events) {

    /** Copies the lists. */
    public PostmanCollection {
        items = List.copyOf(items);
        variables = List.copyOf(variables);
        events = List.copyOf(events);
    }

    /**
     * Every item of the tree, depth first in file order (a folder before its children).
     *
     * @return the items, never null
     */
    public List<CollectionItem> allItems() {
        List<CollectionItem> out = new ArrayList<>();
        collect(items, out);
        return out;
    }

    private static void collect(List<CollectionItem> items, List<CollectionItem> out) {
        for (CollectionItem i : items) {
            out.add(i);
            if (i instanceof Folder f) {
                collect(f.items(), out);
            }
        }
    }

    /**
     * The item with id {@code id}.
     *
     * @param id the id, never null
     * @return the item, or empty when there is none
     */
    public Optional<CollectionItem> find(ItemId id) {
        return allItems().stream().filter(i -> i.id().value().equals(id.value())).findFirst();
    }

    /**
     * The requests of the tree, depth first in file order.
     *
     * @return the requests, never null
     */
    public List<RequestItem> requests() {
        return allItems().stream().filter(RequestItem.class::isInstance).map(RequestItem.class::cast).toList();
    }
}
