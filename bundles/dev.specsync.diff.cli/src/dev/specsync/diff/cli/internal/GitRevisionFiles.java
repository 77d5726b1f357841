package dev.specsync.diff.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.OrTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.osgi.util.NLS;

/**
 * A version read from a Git revision ({@code REVISION:PATH}): the revision's JSON and YAML files, written read-only
 * into a private temporary folder that mirrors the repository's top, so that the file set loader resolves
 * {@code $ref}s within the same tree and no reference can leave it. The working tree, the index and the
 * repository are only read. {@link #close()} deletes the folder.
 */
final class GitRevisionFiles implements AutoCloseable {

	private static final TreeFilter SPEC_FILES = OrTreeFilter.create(new TreeFilter[] { PathSuffixFilter.create(".json"), //$NON-NLS-1$
			PathSuffixFilter.create(".yaml"), PathSuffixFilter.create(".yml") }); //$NON-NLS-1$ //$NON-NLS-2$

	private final Path folder;
	private final Path root;

	private GitRevisionFiles(Path folder, Path root) {
		this.folder = folder;
		this.root = root;
	}

	/** The top of the extracted tree: the boundary references must stay in. */
	Path folder() {
		return folder;
	}

	/** The extracted root file. */
	Path root() {
		return root;
	}

	/**
	 * Whether an argument has the {@code REVISION:PATH} form (and is not a Windows drive path such as
	 * {@code C:\api.yaml}).
	 */
	static boolean looksLikeRevisionPath(String argument) {
		int colon = argument.indexOf(':');
		return colon > 0 && colon < argument.length() - 1
				&& !(colon == 1 && (argument.charAt(2) == '\\' || argument.charAt(2) == '/'));
	}

	/**
	 * Reads {@code REVISION:PATH} from the repository holding {@code workingDirectory}.
	 *
	 * @param workingDirectory where the command runs
	 * @param argument {@code REVISION:PATH}; PATH from the top of the repository, or {@code ./PATH} and
	 *        {@code ../PATH} from {@code workingDirectory}
	 * @return the extracted files; close it to delete them
	 * @throws UnusableArgumentException when there is no repository, no such revision or no such file
	 * @throws IOException when the repository or the temporary folder cannot be read or written
	 */
	static GitRevisionFiles extract(Path workingDirectory, String argument) throws UnusableArgumentException, IOException {
		int colon = argument.indexOf(':');
		String revision = argument.substring(0, colon);
		String path = argument.substring(colon + 1);
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(workingDirectory.toFile());
		if (builder.getGitDir() == null) {
			throw new UnusableArgumentException(NLS.bind(Messages.Git_noRepository, argument, workingDirectory));
		}
		try (Repository repository = builder.setMustExist(true).build()) {
			String inTree = treePath(repository, workingDirectory, path);
			ObjectId commitId;
			try {
				commitId = repository.resolve(revision + "^{commit}"); //$NON-NLS-1$
			} catch (RevisionSyntaxException | IOException e) {
				throw new UnusableArgumentException(NLS.bind(Messages.Git_badRevision, new Object[] { revision,
						repository.getDirectory(), e.getMessage() }));
			}
			if (commitId == null) {
				throw new UnusableArgumentException(NLS.bind(Messages.Git_badRevision, new Object[] { revision,
						repository.getDirectory(), "unknown revision" })); //$NON-NLS-1$
			}
			Path folder = Files.createTempDirectory("specsync-diff-"); //$NON-NLS-1$
			boolean done = false;
			try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
				RevCommit commit = walk.parseCommit(commitId);
				RevTree tree = commit.getTree();
				try (TreeWalk rootWalk = TreeWalk.forPath(reader, inTree, tree)) {
					if (rootWalk == null) {
						throw new UnusableArgumentException(NLS.bind(Messages.Git_noPath, revision, inTree));
					}
					if ((rootWalk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
						throw new UnusableArgumentException(NLS.bind(Messages.Git_notAFile, revision, inTree));
					}
					write(reader, rootWalk.getObjectId(0), folder.resolve(inTree));
				}
				try (TreeWalk all = new TreeWalk(reader)) {
					all.addTree(tree);
					all.setRecursive(true);
					all.setFilter(SPEC_FILES);
					while (all.next()) {
						if ((all.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE
								&& !all.getPathString().equals(inTree)) {
							write(reader, all.getObjectId(0), folder.resolve(all.getPathString()));
						}
					}
				}
				done = true;
				return new GitRevisionFiles(folder, folder.resolve(inTree));
			} finally {
				if (!done) {
					delete(folder);
				}
			}
		}
	}

	/** PATH as a path in the tree: from the top, or from the working directory when it starts with . or .. */
	private static String treePath(Repository repository, Path workingDirectory, String path) throws IOException {
		String p = path.replace('\\', '/');
		if ((p.startsWith("./") || p.startsWith("../") || p.equals(".")) && !repository.isBare()) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Path top = repository.getWorkTree().toPath().toRealPath();
			Path full = workingDirectory.toRealPath().resolve(p).normalize();
			p = top.relativize(full).toString().replace('\\', '/');
		}
		while (p.startsWith("/")) { //$NON-NLS-1$
			p = p.substring(1);
		}
		return p;
	}

	private static void write(ObjectReader reader, ObjectId blob, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (OutputStream out = Files.newOutputStream(target)) {
			reader.open(blob, Constants.OBJ_BLOB).copyTo(out);
		}
	}

	@Override
	public void close() throws IOException {
		delete(folder);
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> s = Files.walk(folder)) {
			for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** An argument that names nothing usable; the message is for the user. */
	static final class UnusableArgumentException extends Exception {
		private static final long serialVersionUID = 1L;

		UnusableArgumentException(String message) {
			super(message);
		}
	}
}
