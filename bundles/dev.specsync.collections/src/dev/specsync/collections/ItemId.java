package dev.specsync.collections;

import java.util.List;
import java.util.Objects;

/**
 * Stable identity of a collection item (folder or request), used to match items across versions of a collection.
 *
 * <p>The rule: when the item has a non-empty string {@code id} in the file (Postman writes one for every item it
 * exports; imports from Insomnia use the Insomnia {@code _id}), that is the id and {@link #explicit()} is true.
 * Otherwise the id is derived from the path of names from the top of the collection to the item: {@code path:}
 * followed by the names joined with {@code /}, each name escaped as in a JSON pointer ({@code ~} becomes
 * {@code ~0}, {@code /} becomes {@code ~1}); when several siblings share a name, the second gets the suffix
 * {@code #2} on its name, the third {@code #3}, and so on (in file order), and the suffix carries into the ids of
 * their children. A missing name counts as the empty name. A derived id therefore survives edits of the item's
 * content and moves of its siblings, but changes when the item or one of its folders is renamed or moved. An
 * explicit id that repeats one seen earlier in the same file is ignored for the later item, which gets a derived
 * id (and a warning).
 *
 * @param value    the id text, never null or empty
 * @param explicit true when {@code value} was written in the file, false when it was derived from names
 */
public record ItemId(String value, boolean explicit) {

    /** Prefix of every derived id. */
    public static final String DERIVED_PREFIX = "path:";

    /**
     * Checks the value.
     *
     * @throws NullPointerException     when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is empty
     */
    public ItemId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty item id");
        }
    }

    /**
     * An explicit id.
     *
     * @param value the id written in the file, never null or empty
     * @return the id, never null
     */
    public static ItemId of(String value) {
        return new ItemId(value, true);
    }

    /**
     * The derived id of an item at {@code namePath}, names already carrying their {@code #n} suffix.
     *
     * @param namePath names from the top of the collection to the item, never null or empty
     * @return the id, never null
     */
    public static ItemId derived(List<String> namePath) {
        StringBuilder sb = new StringBuilder(DERIVED_PREFIX);
        for (int i = 0; i < namePath.size(); i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(namePath.get(i).replace("~", "~0").replace("/", "~1"));
        }
        return new ItemId(sb.toString(), false);
    }
}
