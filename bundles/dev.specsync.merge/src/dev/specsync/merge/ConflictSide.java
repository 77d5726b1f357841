package dev.specsync.merge;

/**
 * One side's value at a conflict's location.
 *
 * @param present whether the side has a value there ({@code false}: absent or deleted)
 * @param value the value as plain Java (maps, lists, strings, numbers, booleans, {@code null}); {@code null} when
 *        absent
 * @param line the 1-based line of the value in that side's file, 0 when absent
 */
public record ConflictSide(boolean present, Object value, int line) {

	/** The side has nothing at the location. */
	public static final ConflictSide ABSENT = new ConflictSide(false, null, 0);
}
