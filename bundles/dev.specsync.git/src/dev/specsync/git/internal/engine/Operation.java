package dev.specsync.git.internal.engine;

import java.io.IOException;

import org.eclipse.jgit.api.errors.GitAPIException;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.GitOperation;

/** Base of the operations: runs once, translates JGit failures into diagnostics. */
abstract class Operation<T> implements GitOperation<T> {

	/** The user-level action, completing "SpecSync could not ...". */
	private final String action;
	private boolean called;

	Operation(String action) {
		this.action = action;
	}

	@Override
	public final T call() throws GitOperationException {
		if (called) {
			throw new IllegalStateException("an operation runs once; create a new one"); //$NON-NLS-1$
		}
		called = true;
		try {
			return run();
		} catch (GitOperationException e) {
			throw e;
		} catch (GitAPIException | IOException | RuntimeException e) {
			throw translate(e);
		} finally {
			finished();
		}
	}

	/** Releases what the run held beyond its result (connections); called once, after success or failure. */
	void finished() {
		// nothing by default
	}

	/** Runs the operation; JGit exceptions are translated by {@link #translate(Exception)}. */
	abstract T run() throws GitOperationException, GitAPIException, IOException;

	/** Turns an unexpected failure into a diagnostic; remote operations override it to recognise transport errors. */
	GitOperationException translate(Exception error) {
		return LocalFailures.classify(error, action);
	}

	String action() {
		return action;
	}
}
