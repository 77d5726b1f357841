package dev.specsync.diff;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changes between two versions and their counts. Immutable.
 *
 * @param oldPath the old version's path as given to the document model, never {@code null}
 * @param newPath the new version's path, never {@code null}
 * @param changes the changes in a stable order, unmodifiable, never {@code null}
 * @param summary the counts, computed from {@code changes}
 */
public record DiffReport(String oldPath, String newPath, List<Change> changes, Summary summary) {

	/**
	 * Checks the arguments and copies the list.
	 *
	 * @param oldPath the old version's path
	 * @param newPath the new version's path
	 * @param changes the changes
	 * @param summary the counts
	 */
	public DiffReport {
		Objects.requireNonNull(oldPath, "oldPath"); //$NON-NLS-1$
		Objects.requireNonNull(newPath, "newPath"); //$NON-NLS-1$
		changes = List.copyOf(changes);
		Objects.requireNonNull(summary, "summary"); //$NON-NLS-1$
	}

	/**
	 * Makes a report and counts its changes.
	 *
	 * @param oldPath the old version's path
	 * @param newPath the new version's path
	 * @param changes the changes
	 * @return the report, never {@code null}
	 */
	public static DiffReport of(String oldPath, String newPath, List<Change> changes) {
		Map<ChangeSeverity, Integer> counts = new EnumMap<>(ChangeSeverity.class);
		Set<Operation> changed = new HashSet<>();
		Set<Operation> breaking = new HashSet<>();
		for (Change c : changes) {
			counts.merge(c.severity(), Integer.valueOf(1), Integer::sum);
			if (c.operation() != null) {
				changed.add(c.operation());
				if (c.severity() == ChangeSeverity.BREAKING) {
					breaking.add(c.operation());
				}
			}
		}
		Summary summary = new Summary(changes.size(), count(counts, ChangeSeverity.BREAKING),
				count(counts, ChangeSeverity.POTENTIALLY_BREAKING), count(counts, ChangeSeverity.NON_BREAKING),
				count(counts, ChangeSeverity.DOCUMENTATION), changed.size(), breaking.size());
		return new DiffReport(oldPath, newPath, changes, summary);
	}

	private static int count(Map<ChangeSeverity, Integer> counts, ChangeSeverity severity) {
		return counts.getOrDefault(severity, Integer.valueOf(0)).intValue();
	}
}
