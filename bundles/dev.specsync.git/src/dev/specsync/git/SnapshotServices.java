package dev.specsync.git;

import org.eclipse.jgit.lib.Repository;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates a {@link SnapshotService} for a repository. The snapshot bundle registers one implementation
 * as an OSGi service; callers obtain it from the service registry (a Declarative Services reference) and
 * never name the implementation.
 *
 * <p>Threading: implementations are thread-safe and keep no per-repository state, so every call returns
 * a new, independent service. Two services over the same repository serialize their own calls only; the
 * index lock protects a restore against concurrent index writers either way.
 *
 * <p>Nullness: the parameter must not be {@code null}; the result is never {@code null}.
 */
@ProviderType
public interface SnapshotServices {

	/**
	 * Returns a snapshot service for a repository with a working tree. Snapshot times come from the
	 * system clock, in UTC.
	 *
	 * @param repository an open, non-bare repository; the service does not close it, the caller keeps
	 *            ownership and must keep it open while it uses the service
	 * @return a new service over {@code repository}
	 * @throws GitOperationException with {@link Diagnostic.Code#UNSUPPORTED} for a bare repository
	 */
	SnapshotService forRepository(Repository repository) throws GitOperationException;
}
