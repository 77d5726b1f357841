package dev.specsync.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import dev.specsync.demo.internal.DemoBuilder;
import dev.specsync.demo.internal.Messages;

/**
 * The demo workspace in a folder of the user's state (never inside the installation): a Git working tree on
 * branch {@code main} whose remote {@code origin} is a bare repository beside it, named
 * {@code <folder>-remote.git}. The history is fixed (same authors, dates and commit ids on every machine):
 * one shared commit, then one commit on each side, so that {@code main} is one ahead and one behind
 * {@code origin/main} and a pull conflicts on two separate lines of the root definition (the page size and the not-found
 * message) while the other changes merge cleanly. The repository names "you" as its committer ({@code user.name}
 * and {@code user.email}), so commits made in the demo need no set-up.
 * <p>
 * Creating is idempotent and never destroys anything: a folder that already holds a repository is left as it
 * is, and a folder holding anything else is refused. The repository is built in a temporary folder beside
 * the target and moved into place when complete, so an interrupted creation leaves no half-made demo.
 * Not thread-safe: one workbench creates its demo at a time (the workbench locks its instance location).
 */
public final class DemoWorkspace {

	/** The name of the local branch, and of the remote branch it tracks. */
	public static final String BRANCH = "main"; //$NON-NLS-1$

	/** The name of the remote. */
	public static final String REMOTE = "origin"; //$NON-NLS-1$

	private final Path folder;

	private DemoWorkspace(Path folder) {
		this.folder = folder;
	}

	/**
	 * The demo workspace in a folder.
	 *
	 * @param folder the working tree's folder; made absolute and normalized. It may not exist yet
	 * @return the demo workspace, not created yet
	 */
	public static DemoWorkspace in(Path folder) {
		return new DemoWorkspace(Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize()); //$NON-NLS-1$
	}

	/**
	 * The working tree.
	 *
	 * @return the absolute folder
	 */
	public Path folder() {
		return folder;
	}

	/**
	 * The bare repository that plays the remote {@code origin}, beside the working tree.
	 *
	 * @return the absolute folder {@code <folder>-remote.git}
	 */
	public Path remote() {
		return folder.resolveSibling(folder.getFileName() + "-remote.git"); //$NON-NLS-1$
	}

	/**
	 * Whether the demo exists: the folder holds a Git repository.
	 *
	 * @return true when {@code <folder>/.git} exists
	 */
	public boolean isCreated() {
		return Files.exists(folder.resolve(".git")); //$NON-NLS-1$
	}

	/**
	 * Creates the demo unless it exists.
	 *
	 * @return true when it was created now, false when it existed already
	 * @throws IOException when the folder holds files that are not a repository (the message names the
	 *         folder and what to do), or when writing fails (nothing half-made is left at the folder)
	 */
	public boolean create() throws IOException {
		if (isCreated()) {
			return false;
		}
		if (Files.isDirectory(folder)) {
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					throw new IOException(NLS.bind(Messages.DemoWorkspace_notEmpty, folder));
				}
			}
		} else if (Files.exists(folder)) {
			throw new IOException(NLS.bind(Messages.DemoWorkspace_notAFolder, folder));
		}
		new DemoBuilder(folder, remote()).build();
		return true;
	}
}
