package dev.specsync.git.engine;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

import dev.specsync.git.GitOperationException;

/**
 * Entry point of the Git engine, registered as an OSGi service: clones and initializes repositories and
 * opens the repository of a workspace folder. Runs on JGit in the calling process; no {@code git} program
 * is started.
 *
 * <p>Threading: thread-safe. Nullness: no parameter accepts {@code null}, no method returns {@code null}.
 */
@ProviderType
public interface GitService {

	/**
	 * Prepares a clone of a remote repository into a new folder.
	 *
	 * @param uri the remote URL ({@code https://}, {@code http://}, {@code git://}, {@code file://} or a local
	 *            path); must not contain a password or token
	 * @param directory the folder to create; must not exist or be empty
	 * @return the operation; its result is the opened workspace, which the caller closes
	 */
	CloneOperation cloneRepository(String uri, Path directory);

	/**
	 * Prepares creating a new, empty repository with a working tree.
	 *
	 * @param directory the folder that becomes the working tree (created if missing)
	 * @return the operation; its result is the opened workspace, which the caller closes
	 */
	InitOperation init(Path directory);

	/**
	 * Opens the repository whose working tree contains {@code folder}.
	 *
	 * @param folder the workspace folder or any folder below it
	 * @return the workspace, which the caller closes
	 * @throws GitOperationException with {@link dev.specsync.git.Diagnostic.Code#NOT_FOUND} if no working tree
	 *             contains the folder, {@link dev.specsync.git.Diagnostic.Code#UNSUPPORTED} for a bare repository
	 */
	GitWorkspace open(Path folder) throws GitOperationException;
}
