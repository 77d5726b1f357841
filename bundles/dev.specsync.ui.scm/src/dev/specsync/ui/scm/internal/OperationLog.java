package dev.specsync.ui.scm.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The Git operations run in this session, newest last: when, what, how it ended and what the server or the
 * engine said. Thread-safe; listeners are called on the thread that adds an entry.
 */
public final class OperationLog {

	/** How an operation ended. */
	public enum Outcome {
		/** It did what was asked. */
		DONE,
		/** It ran but needs the user's attention (conflicts, a refused update). */
		ATTENTION,
		/** It failed; nothing or only a snapshot changed. */
		FAILED,
		/** The user cancelled it. */
		CANCELLED
	}

	/**
	 * One operation.
	 *
	 * @param time when it ended
	 * @param operation its name, for example "Push"
	 * @param outcome how it ended
	 * @param summary one line for the user: what happened, or the cause
	 * @param details what to do, and every message of the server or the engine, one per element
	 */
	public record Entry(Instant time, String operation, Outcome outcome, String summary, List<String> details) {

		/**
		 * Copies the list.
		 *
		 * @param time when it ended
		 * @param operation the name
		 * @param outcome how it ended
		 * @param summary one line
		 * @param details further lines
		 */
		public Entry {
			Objects.requireNonNull(time, "time"); //$NON-NLS-1$
			Objects.requireNonNull(operation, "operation"); //$NON-NLS-1$
			Objects.requireNonNull(outcome, "outcome"); //$NON-NLS-1$
			Objects.requireNonNull(summary, "summary"); //$NON-NLS-1$
			details = List.copyOf(details);
		}

		/**
		 * The summary and the details, one per line.
		 *
		 * @return the text for a details dialog
		 */
		public String fullText() {
			StringBuilder text = new StringBuilder(summary);
			details.forEach(line -> text.append('\n').append(line));
			return text.toString();
		}
	}

	private final List<Entry> entries = new ArrayList<>();
	private final List<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();

	/**
	 * Records an entry and tells the listeners.
	 *
	 * @param entry the entry
	 * @return the entry
	 */
	public Entry add(Entry entry) {
		synchronized (entries) {
			entries.add(Objects.requireNonNull(entry));
		}
		listeners.forEach(listener -> listener.accept(entry));
		return entry;
	}

	/**
	 * The entries so far.
	 *
	 * @return a copy, oldest first
	 */
	public List<Entry> entries() {
		synchronized (entries) {
			return List.copyOf(entries);
		}
	}

	/**
	 * Registers a listener for new entries.
	 *
	 * @param listener called with each new entry
	 */
	public void addListener(Consumer<Entry> listener) {
		listeners.add(listener);
	}

	/**
	 * Removes a listener.
	 *
	 * @param listener the listener
	 */
	public void removeListener(Consumer<Entry> listener) {
		listeners.remove(listener);
	}
}
