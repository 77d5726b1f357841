package dev.specsync.diff;

/**
 * The counts of a {@link DiffReport}; an operation is one method on one path template.
 *
 * @param changes all changes
 * @param breaking changes of severity {@link ChangeSeverity#BREAKING}
 * @param potentiallyBreaking changes of severity {@link ChangeSeverity#POTENTIALLY_BREAKING}
 * @param nonBreaking changes of severity {@link ChangeSeverity#NON_BREAKING}
 * @param documentation changes of severity {@link ChangeSeverity#DOCUMENTATION}
 * @param changedOperations operations with at least one change (added and removed ones included)
 * @param breakingOperations operations with at least one breaking change
 */
public record Summary(int changes, int breaking, int potentiallyBreaking, int nonBreaking, int documentation,
		int changedOperations, int breakingOperations) {
}
