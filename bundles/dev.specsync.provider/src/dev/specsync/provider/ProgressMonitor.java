package dev.specsync.provider;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Progress reporting and cancellation for one provider operation, free of any Eclipse runtime type.
 *
 * <p>SpecSync implements this interface (bridging to the workbench's progress view or the command line);
 * providers call it. Providers implement it only in their own tests: methods may be added in a minor version.
 * Calls may come from any thread; implementations are thread-safe.
 */
@ProviderType
public interface ProgressMonitor {

	/**
	 * Whether the user asked to cancel. A provider checks it between network round trips and then returns
	 * {@link Result#canceled()}; it need not interrupt a round trip in flight.
	 *
	 * @return {@code true} once cancellation was requested
	 */
	boolean isCanceled();

	/**
	 * Starts a task; later {@link #worked(int)} calls count towards its total.
	 *
	 * @param name what is being done, for example "Listing branches"; never a URL with credentials
	 * @param totalWork the total units of work, or a negative number when unknown
	 */
	default void beginTask(String name, int totalWork) {
		// nothing to report by default
	}

	/**
	 * Reports units of work done since the last call.
	 *
	 * @param work units done, at least 0
	 */
	default void worked(int work) {
		// nothing to report by default
	}

	/**
	 * A monitor that reports nowhere and is never canceled.
	 *
	 * @return the monitor
	 */
	static ProgressMonitor none() {
		return () -> false;
	}
}
