package dev.specsync.workspace;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens workspaces: Git working trees holding APIs and collections. The service is registered by
 * Declarative Services; it is thread-safe, and every workspace it opens is independent of the others.
 */
@ProviderType
public interface WorkspaceService {

	/**
	 * Opens the workspace rooted at a folder: reads its {@code specsync.yaml} when there is one, otherwise
	 * proposes one from the layouts found (see {@link WorkspaceDetector}), and starts watching the tree for
	 * changes made outside SpecSync (the git command line, an IDE). Close the workspace to stop watching.
	 *
	 * @param root the working tree's root folder, never null
	 * @return the open workspace, never null
	 * @throws IOException when the folder cannot be read or watched
	 * @throws WorkspaceException when the manifest exists but cannot be used; its diagnostics say where and why
	 */
	Workspace open(Path root) throws IOException, WorkspaceException;
}
