package dev.specsync.ui.scm.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.osgi.util.NLS;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.Snapshot;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.WorkspaceStatus;

/**
 * Access to the Git repository of the open workspace for the Source Control part: every use opens the
 * repository through the engine, runs, and closes it, one use at a time (the engine's operations on one
 * repository must not overlap). No SWT; call it off the UI thread, since a use waits for a running pull or push.
 */
public final class GitSession {

	/** The longest diff shown; longer ones are cut with a note. */
	static final int MAX_DIFF_CHARS = 1_000_000;

	/**
	 * Work on the open repository.
	 *
	 * @param <T> the result
	 */
	@FunctionalInterface
	public interface Work<T> {
		/**
		 * Runs on the open repository.
		 *
		 * @param workspace the repository, closed afterwards
		 * @return the result
		 * @throws GitOperationException from the engine
		 * @throws IOException from JGit
		 */
		T run(GitWorkspace workspace) throws GitOperationException, IOException;
	}

	/**
	 * What a force push would overwrite: the commits on the remote branch, as last fetched, that the local branch
	 * does not contain.
	 *
	 * @param remote the remote's name, for example {@code origin}
	 * @param remoteBranch the branch on the remote, for example {@code main}
	 * @param localBranch the local branch to push
	 * @param remoteTip the commit the remote branch pointed to at the last fetch: the lease
	 * @param lost one line per commit that would be lost: id, subject, author and date
	 */
	public record Overwrite(String remote, String remoteBranch, String localBranch, ObjectId remoteTip, List<String> lost) {
		/**
		 * Copies the list.
		 *
		 * @param remote the remote
		 * @param remoteBranch the remote branch
		 * @param localBranch the local branch
		 * @param remoteTip the lease
		 * @param lost the commits
		 */
		public Overwrite {
			remoteTip = remoteTip.copy();
			lost = List.copyOf(lost);
		}
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withZone(ZoneId.systemDefault());

	private final GitService service;
	private final Path root;
	private final ReentrantLock lock = new ReentrantLock();

	/**
	 * Creates a session on a working tree.
	 *
	 * @param service the Git engine
	 * @param root the working tree (or a folder in it)
	 */
	public GitSession(GitService service, Path root) {
		this.service = Objects.requireNonNull(service);
		this.root = Objects.requireNonNull(root);
	}

	/** @return the working tree folder this session was created on */
	public Path root() {
		return root;
	}

	/**
	 * Runs work on the open repository, after any use that is running.
	 *
	 * @param <T> the result type
	 * @param work the work
	 * @return its result
	 * @throws GitOperationException from the engine, also when the folder is not in a working tree
	 * @throws IOException from JGit
	 */
	public <T> T with(Work<T> work) throws GitOperationException, IOException {
		lock.lock();
		try (GitWorkspace workspace = service.open(root)) {
			return work.run(workspace);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Reads branch, upstream, changed files, author and the last sync snapshot.
	 *
	 * @return the state
	 * @throws GitOperationException from the engine
	 * @throws IOException from JGit
	 */
	public ScmState state() throws GitOperationException, IOException {
		return with(workspace -> {
			WorkspaceStatus status = workspace.status().call();
			Repository repository = workspace.repository();
			ObjectId headTree = repository.resolve(Constants.HEAD + "^{tree}"); //$NON-NLS-1$
			Map<String, ChangedFile.Kind> kinds = new TreeMap<>();
			try (ObjectReader reader = repository.newObjectReader()) {
				for (String path : status.staged()) {
					kinds.put(path, kindOfTracked(workspace, reader, headTree, path));
				}
				for (String path : status.changed()) {
					kinds.put(path, kindOfTracked(workspace, reader, headTree, path));
				}
			}
			status.untracked().forEach(path -> kinds.put(path, ChangedFile.Kind.UNTRACKED));
			status.conflicting().forEach(path -> kinds.put(path, ChangedFile.Kind.CONFLICTING));
			List<ChangedFile> files = new ArrayList<>();
			kinds.forEach((path, kind) -> files.add(new ChangedFile(path, kind)));
			Optional<String> lastSync = workspace.snapshots().list().stream().filter(s -> s.operation() != null)
					.findFirst().map(GitSession::describe);
			return new ScmState(status.branch(), status.upstream(), status.ahead(), status.behind(), files,
					status.operation(), author(repository), lastSync);
		});
	}

	private static ChangedFile.Kind kindOfTracked(GitWorkspace workspace, ObjectReader reader, ObjectId headTree, String path)
			throws IOException {
		if (!Files.exists(workspace.workTree().resolve(path))) {
			return ChangedFile.Kind.DELETED;
		}
		if (headTree == null) {
			return ChangedFile.Kind.ADDED;
		}
		try (TreeWalk walk = TreeWalk.forPath(reader, path, headTree)) {
			return walk == null ? ChangedFile.Kind.ADDED : ChangedFile.Kind.MODIFIED;
		}
	}

	/**
	 * Describes a snapshot for the user: its reason and time, and the commit it goes back to.
	 *
	 * @param snapshot the snapshot
	 * @return one line
	 */
	public static String describe(Snapshot snapshot) {
		String branch = snapshot.branch() == null ? Messages.Scm_detached : Repository.shortenRefName(snapshot.branch());
		String head = snapshot.head() == null ? "-" : snapshot.head().abbreviate(7).name(); //$NON-NLS-1$
		return NLS.bind(Messages.Scm_snapshotLine, new Object[] { snapshot.reason(), TIME.format(snapshot.time()), branch, head });
	}

	/**
	 * The author the Git configuration names ({@code user.name}, {@code user.email}), if it names one explicitly.
	 *
	 * @param repository the repository
	 * @return the author, or empty when Git would have to guess
	 */
	static Optional<Author> author(Repository repository) {
		UserConfig user = repository.getConfig().get(UserConfig.KEY);
		if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Author(user.getAuthorName(), user.getAuthorEmail()));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * Saves the author in the repository's configuration ({@code user.name}, {@code user.email} in
	 * {@code .git/config}), for the commits made in this workspace.
	 *
	 * @param author the author
	 * @throws GitOperationException from the engine
	 * @throws IOException when the configuration cannot be written
	 */
	public void setAuthor(Author author) throws GitOperationException, IOException {
		with(workspace -> {
			var config = workspace.repository().getConfig();
			config.setString("user", null, "name", author.name()); //$NON-NLS-1$ //$NON-NLS-2$
			config.setString("user", null, "email", author.email()); //$NON-NLS-1$ //$NON-NLS-2$
			config.save();
			return null;
		});
	}

	/**
	 * The unified diff of one file against HEAD: what the working tree changes (all lines added for a new
	 * file, all removed for a deleted one).
	 *
	 * @param path the file, relative to the working tree
	 * @return the diff text, empty when the file equals HEAD
	 * @throws GitOperationException from the engine
	 * @throws IOException from JGit
	 */
	public String diff(String path) throws GitOperationException, IOException {
		return with(workspace -> {
			Repository repository = workspace.repository();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (DiffFormatter formatter = new DiffFormatter(out); ObjectReader reader = repository.newObjectReader()) {
				formatter.setRepository(repository);
				formatter.setPathFilter(PathFilterGroup.createFromStrings(path));
				ObjectId tree = repository.resolve(Constants.HEAD + "^{tree}"); //$NON-NLS-1$
				AbstractTreeIterator head;
				if (tree == null) {
					head = new EmptyTreeIterator();
				} else {
					CanonicalTreeParser parser = new CanonicalTreeParser();
					parser.reset(reader, tree);
					head = parser;
				}
				formatter.format(head, new FileTreeIterator(repository));
			}
			String text = out.toString(StandardCharsets.UTF_8);
			return text.length() > MAX_DIFF_CHARS ? text.substring(0, MAX_DIFF_CHARS) + '\n' + Messages.Scm_diffCut : text;
		});
	}

	/**
	 * The commits of a local branch that no other local or remote-tracking branch contains: what deleting it
	 * would lose.
	 *
	 * @param branch the local branch's short name
	 * @return one line per commit (id, subject, author, date), newest first; empty when deleting loses nothing
	 * @throws GitOperationException from the engine
	 * @throws IOException from JGit, also when the branch does not exist
	 */
	public List<String> commitsOnlyOn(String branch) throws GitOperationException, IOException {
		return with(workspace -> {
			Repository repository = workspace.repository();
			String full = Constants.R_HEADS + branch;
			Ref tip = repository.exactRef(full);
			if (tip == null) {
				throw new IOException(NLS.bind(Messages.Scm_noSuchBranch, branch));
			}
			List<String> lost = new ArrayList<>();
			try (RevWalk walk = new RevWalk(repository)) {
				walk.markStart(walk.parseCommit(tip.getObjectId()));
				for (Ref other : repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS, Constants.R_REMOTES)) {
					if (!other.getName().equals(full) && other.getObjectId() != null) {
						walk.markUninteresting(walk.parseCommit(other.getObjectId()));
					}
				}
				for (RevCommit commit : walk) {
					lost.add(line(commit));
				}
			}
			return lost;
		});
	}

	private static String line(RevCommit commit) {
		return NLS.bind(Messages.Scm_commitLine, new Object[] { commit.abbreviate(7).name(), commit.getShortMessage(),
				commit.getAuthorIdent().getName(), TIME.format(commit.getAuthorIdent().getWhenAsInstant()) });
	}

	/**
	 * What a force push of the checked-out branch would overwrite on its upstream, as of the last fetch.
	 *
	 * @return the overwrite, or empty when the branch has no upstream or the upstream was never fetched
	 * @throws GitOperationException from the engine
	 * @throws IOException from JGit
	 */
	public Optional<Overwrite> overwrite() throws GitOperationException, IOException {
		return with(workspace -> {
			Repository repository = workspace.repository();
			String branch = repository.getBranch();
			BranchConfig config = new BranchConfig(repository.getConfig(), branch);
			String tracking = config.getRemoteTrackingBranch();
			String merge = config.getMerge();
			Ref remoteRef = tracking == null ? null : repository.exactRef(tracking);
			ObjectId head = repository.resolve(Constants.HEAD);
			if (remoteRef == null || merge == null || head == null) {
				return Optional.empty();
			}
			List<String> lost = new ArrayList<>();
			try (RevWalk walk = new RevWalk(repository)) {
				walk.markStart(walk.parseCommit(remoteRef.getObjectId()));
				walk.markUninteresting(walk.parseCommit(head));
				for (RevCommit commit : walk) {
					lost.add(line(commit));
				}
			}
			return Optional.of(new Overwrite(config.getRemote(), Repository.shortenRefName(merge), branch,
					remoteRef.getObjectId(), lost));
		});
	}
}
