package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives progress of a remote operation and may cancel it. Called on the thread that runs the operation;
 * implementations must return quickly. All methods have defaults that do nothing.
 */
@ConsumerType
public interface GitProgress {

	/** A listener that ignores progress and never cancels. */
	GitProgress NONE = new GitProgress() {
	};

	/**
	 * A task begins, for example "Receiving objects".
	 *
	 * @param title what is being done, not {@code null}
	 * @param totalWork the number of units, or {@code 0} when unknown
	 */
	default void beginTask(String title, int totalWork) {
		// optional
	}

	/**
	 * Work was done on the current task.
	 *
	 * @param completed units completed since the last call
	 */
	default void worked(int completed) {
		// optional
	}

	/** The current task has ended. */
	default void endTask() {
		// optional
	}

	/**
	 * Asked regularly during the operation; once it returns {@code true} the operation stops and fails with
	 * {@link dev.specsync.git.Diagnostic.Code#CANCELLED}.
	 *
	 * @return whether the user cancelled
	 */
	default boolean isCancelled() {
		return false;
	}
}
