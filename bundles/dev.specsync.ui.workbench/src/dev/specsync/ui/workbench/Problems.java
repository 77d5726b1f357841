package dev.specsync.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.specsync.document.Severity;

/**
 * The problems shown in the Problems part: each publisher (an API's validation, an editor's live parse)
 * replaces its own list under its own key, and the part shows the union. Thread-safe; listeners are called
 * on the publishing thread after the change, and must hand UI work to the UI thread.
 */
public final class Problems {

	/**
	 * One problem in a file.
	 *
	 * @param file the file, absolute; never null
	 * @param label how the file is named to the user (relative to the workspace); never null
	 * @param severity how serious; never null
	 * @param line 1-based line, 0 when the problem has no position
	 * @param column 1-based column, 0 when the problem has no position
	 * @param message what is wrong; never null
	 * @param hint how to fix it, or null
	 */
	public record Problem(Path file, String label, Severity severity, int line, int column, String message, String hint) {

		/**
		 * Checks that the required values are present.
		 *
		 * @param file the file
		 * @param label the file's label
		 * @param severity the severity
		 * @param line the line
		 * @param column the column
		 * @param message the message
		 * @param hint the hint, or null
		 */
		public Problem {
			Objects.requireNonNull(file, "file"); //$NON-NLS-1$
			Objects.requireNonNull(label, "label"); //$NON-NLS-1$
			Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
			Objects.requireNonNull(message, "message"); //$NON-NLS-1$
		}
	}

	private static final Comparator<Problem> ORDER = Comparator.comparingInt((Problem p) -> p.severity().ordinal())
			.thenComparing(Problem::label).thenComparingInt(Problem::line);

	private final Map<String, List<Problem>> bySource = new LinkedHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	/** Creates an empty list; the workbench creates the one in the application context. */
	public Problems() {
	}

	/**
	 * Replaces the problems a publisher found.
	 *
	 * @param source the publisher's key, e.g. {@code api:bookshop} or {@code editor:/path/file.yaml}
	 * @param problems its problems now; empty to withdraw them
	 */
	public void publish(String source, List<Problem> problems) {
		synchronized (bySource) {
			if (problems.isEmpty()) {
				if (bySource.remove(source) == null) {
					return;
				}
			} else {
				bySource.put(source, List.copyOf(problems));
			}
		}
		listeners.forEach(Runnable::run);
	}

	/**
	 * Every problem published, most severe first, then by file and line. A problem reported by two publishers
	 * for the same place appears once.
	 *
	 * @return a new list
	 */
	public List<Problem> all() {
		List<Problem> all = new ArrayList<>();
		synchronized (bySource) {
			bySource.values().forEach(all::addAll);
		}
		return all.stream().distinct().sorted(ORDER).toList();
	}

	/**
	 * Adds a listener called after every change.
	 *
	 * @param listener the listener
	 */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/**
	 * Removes a listener.
	 *
	 * @param listener the listener
	 */
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
