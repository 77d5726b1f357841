package dev.specsync.collections;

import java.util.List;

/**
 * A request of a collection with its examples.
 *
 * @param id          the stable identity, never null
 * @param name        the name, never null
 * @param description the item description, or null
 * @param request     the request, never null
 * @param responses   the saved examples, never null
 * @param events      the scripts, never null
 */
public record RequestItem(ItemId id, String name, String description, Request request, List<Response> responses,
        List<Script> events) implements CollectionItem {

    /** Copies the lists. */
    public RequestItem {
        responses = List.copyOf(responses);
        events = List.copyOf(events);
    }
}
