package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.RmCommand;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.UnmergedPathsException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.CommitOperation;
import dev.specsync.git.engine.CommitResult;

/** Commit on JGit's {@code CommitCommand}; refuses blank messages, empty commits and unresolved conflicts. */
final class JGitCommit extends Operation<CommitResult> implements CommitOperation {

	private final Repository repository;
	private final String message;
	private final Author author;
	private boolean all;
	private List<String> paths = List.of();

	JGitCommit(Repository repository, String message, Author author) {
		super("commit", repository); //$NON-NLS-1$
		this.repository = repository;
		this.message = message;
		this.author = author;
	}

	@Override
	public CommitOperation setAll(boolean all) {
		this.all = all;
		return this;
	}

	@Override
	public CommitOperation setPaths(Collection<String> only) {
		this.paths = List.copyOf(only);
		return this;
	}

	/** Stages exactly {@link #paths}: adds the files that exist, removes the others from the index. */
	private void stagePaths(Git git) throws GitAPIException {
		AddCommand add = git.add();
		RmCommand rm = git.rm().setCached(true);
		boolean adding = false;
		boolean removing = false;
		for (String path : paths) {
			if (Files.exists(repository.getWorkTree().toPath().resolve(path))) {
				add.addFilepattern(path);
				adding = true;
			} else {
				rm.addFilepattern(path);
				removing = true;
			}
		}
		if (adding) {
			add.call();
		}
		if (removing) {
			rm.call();
		}
	}

	/**
	 * The paths with conflict stages in the index: what {@code git status} reports as unmerged, read from the
	 * index alone, without the working tree walk (and hashing of changed files) of a full status.
	 */
	private static Set<String> conflicting(Repository repository) throws IOException {
		Set<String> paths = new TreeSet<>();
		DirCache index = repository.readDirCache();
		for (int i = 0; i < index.getEntryCount(); i++) {
			DirCacheEntry entry = index.getEntry(i);
			if (entry.getStage() != DirCacheEntry.STAGE_0) {
				paths.add(entry.getPathString());
			}
		}
		return paths;
	}

	@Override
	CommitResult run() throws GitOperationException, GitAPIException, IOException {
		if (message.isBlank()) {
			throw Problems.invalid("SpecSync could not commit because the commit message is empty.", //$NON-NLS-1$
					"Describe the change in a message (on the command line: specsync commit -m \"Add the orders endpoint\")."); //$NON-NLS-1$
		}
		Set<String> conflicting = conflicting(repository);
		if (!conflicting.isEmpty()) {
			throw Problems.of(Code.CONFLICT, "SpecSync could not commit because " + Problems.paths(conflicting) //$NON-NLS-1$
					+ " still have unresolved conflicts.", //$NON-NLS-1$
					"Resolve the conflicts (remove the conflict markers), stage the files, then commit again; or undo the sync ('specsync undo')."); //$NON-NLS-1$
		}
		PersonIdent ident = new PersonIdent(author.name(), author.email());
		RevCommit commit;
		try {
			Git git = Git.wrap(repository);
			CommitCommand command = git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setAllowEmpty(false);
			if (paths.isEmpty()) {
				command.setAll(all);
			} else {
				stagePaths(git);
				paths.forEach(command::setOnly);
			}
			commit = command.call();
		} catch (EmptyCommitException e) {
			throw Problems.of(Code.INVALID_INPUT, "SpecSync did not commit because nothing is staged" //$NON-NLS-1$
					+ (all ? " and no tracked file changed." : "."), //$NON-NLS-1$ //$NON-NLS-2$
					all ? "Change or add files first." : "Stage the changes to commit ('git add FILE'), or commit all changed tracked files with -a.", e); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (UnmergedPathsException e) {
			throw Problems.of(Code.CONFLICT, "SpecSync could not commit because some files still have unresolved conflicts.", //$NON-NLS-1$
					"Resolve the conflicts, stage the files, then commit again.", e); //$NON-NLS-1$
		}
		String branch = repository.getFullBranch();
		return new CommitResult(commit.getId(), branch == null ? Constants.HEAD : branch);
	}
}
