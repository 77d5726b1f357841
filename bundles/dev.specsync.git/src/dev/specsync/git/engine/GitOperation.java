package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

import dev.specsync.git.GitOperationException;

/**
 * A configured Git operation. Set options, then {@link #call()} once; an operation object is not reused
 * and not shared between threads.
 *
 * @param <T> the result type
 */
@ProviderType
public interface GitOperation<T> {

	/**
	 * Runs the operation.
	 *
	 * @return the result, never {@code null}
	 * @throws GitOperationException when the operation could not run; its diagnostic names cause and fix
	 * @throws IllegalStateException if called a second time
	 */
	T call() throws GitOperationException;
}
