package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LogCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.LogEntry;
import dev.specsync.git.engine.LogOperation;

/** History on JGit's {@link LogCommand}. */
final class JGitLog extends Operation<List<LogEntry>> implements LogOperation {

	private final Repository repository;
	private String start = Constants.HEAD;
	private String path;
	private int max = 100;

	JGitLog(Repository repository) {
		super("read the history", repository); //$NON-NLS-1$
		this.repository = repository;
	}

	@Override
	public LogOperation setStart(String ref) {
		this.start = Objects.requireNonNull(ref, "ref"); //$NON-NLS-1$
		return this;
	}

	@Override
	public LogOperation setPath(String path) {
		this.path = Objects.requireNonNull(path, "path"); //$NON-NLS-1$
		return this;
	}

	@Override
	public LogOperation setMaxCount(int max) {
		if (max < 1) {
			throw new IllegalArgumentException("max must be positive: " + max); //$NON-NLS-1$
		}
		this.max = max;
		return this;
	}

	@Override
	List<LogEntry> run() throws GitOperationException, GitAPIException, IOException {
		ObjectId id = repository.resolve(start + "^{commit}"); //$NON-NLS-1$
		if (id == null) {
			if (Constants.HEAD.equals(start)) {
				return List.of();
			}
			throw Problems.of(Code.NOT_FOUND, "SpecSync could not read the history of '" + start + "': there is no such branch, tag or commit.", //$NON-NLS-1$ //$NON-NLS-2$
					"Check the name ('specsync branch -a' lists branches)."); //$NON-NLS-1$
		}
		LogCommand log = Git.wrap(repository).log().add(id).setMaxCount(max);
		if (path != null) {
			log.addPath(path);
		}
		List<LogEntry> out = new ArrayList<>();
		for (RevCommit commit : log.call()) {
			PersonIdent author = commit.getAuthorIdent();
			List<ObjectId> parents = new ArrayList<>();
			for (RevCommit parent : commit.getParents()) {
				parents.add(parent.getId());
			}
			out.add(new LogEntry(commit.getId(), author(author), author.getWhenAsInstant(),
					commit.getShortMessage(), commit.getFullMessage(), parents));
		}
		return out;
	}

	/** Commits made by other tools may lack a name or e-mail address. */
	private static Author author(PersonIdent ident) {
		String name = ident.getName() == null || ident.getName().isBlank() ? "(no name)" : ident.getName(); //$NON-NLS-1$
		String email = ident.getEmailAddress() == null || ident.getEmailAddress().isBlank() ? "(no e-mail)" : ident.getEmailAddress(); //$NON-NLS-1$
		return new Author(name.replaceAll("[<>\\n]", ""), email.replaceAll("[<>\\n]", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
