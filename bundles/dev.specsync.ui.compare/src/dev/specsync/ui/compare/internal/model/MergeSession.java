package dev.specsync.ui.compare.internal.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.osgi.util.NLS;

import dev.specsync.diff.DiffException;
import dev.specsync.diff.DiffReport;
import dev.specsync.diff.SchemaDiffer;
import dev.specsync.document.AtomicFiles;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.SourceDocument;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.CommitResult;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.merge.Conflict;
import dev.specsync.merge.MergeException;
import dev.specsync.merge.MergeRequest;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.MergeState;
import dev.specsync.merge.MergeStateStore;
import dev.specsync.merge.Merger;
import dev.specsync.merge.Resolution;
import dev.specsync.merge.Side;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;
import dev.specsync.ui.compare.internal.Messages;

/**
 * The presenter of the compare-and-resolve view, without any SWT: the unfinished merge of a working tree (the
 * paths with conflict stages in the index), each file merged on its structure, the choices the user makes, and
 * Apply and Commit. Every choice is saved in the repository's {@link MergeStateStore} before it shows, so a
 * session opened later (another view, a restart) starts where this one stopped.
 * <p>
 * Threading: not thread-safe, and most methods read or write files and Git: call them from one background job
 * at a time, never on the UI thread. The {@link FileMerge} values returned are immutable and may go to the UI
 * thread. Errors are {@link SessionException}s whose message names the cause and the fix.
 */
public final class MergeSession {

	private final Path workTree;
	private final Merger merger;
	private final SchemaDiffer differ;
	private final MergeStateStore store;
	private final boolean merging;
	private String title = ""; //$NON-NLS-1$
	private final Map<String, FileMerge> files = new LinkedHashMap<>();
	private final Map<String, String> unusable = new TreeMap<>();

	private MergeSession(Path workTree, Path gitDir, Merger merger, SchemaDiffer differ, boolean merging) {
		this.workTree = workTree;
		this.merger = merger;
		this.differ = differ;
		this.store = new MergeStateStore(gitDir);
		this.merging = merging;
	}

	/**
	 * Reads the unfinished merge of a working tree: every path with conflict stages, merged on its structure with
	 * the choices stored for it (when its sides are still the same), and the semantic changes from local to
	 * remote.
	 *
	 * @param workTree the working tree's root
	 * @param merger the structural merge
	 * @param differ the semantic differ
	 * @return the session; without an unfinished merge it has no files
	 * @throws SessionException when the repository cannot be read
	 */
	public static MergeSession open(Path workTree, Merger merger, SchemaDiffer differ) throws SessionException {
		Path root = workTree.toAbsolutePath().normalize();
		try (Git git = Git.open(root.toFile())) {
			Repository repository = git.getRepository();
			RepositoryState state = repository.getRepositoryState();
			MergeSession session = new MergeSession(root, repository.getDirectory().toPath(), merger, differ,
					state == RepositoryState.MERGING || state == RepositoryState.MERGING_RESOLVED);
			String message = repository.readMergeCommitMsg();
			if (message != null && !message.isBlank()) {
				session.title = message.strip().lines().findFirst().orElse(""); //$NON-NLS-1$
			}
			for (Map.Entry<String, byte[][]> entry : stages(repository).entrySet()) {
				session.load(entry.getKey(), entry.getValue());
			}
			try {
				session.apiChanges(repository);
			} catch (IOException e) {
				// the files keep their own changes; the merge itself is readable
			}
			return session;
		} catch (IOException e) {
			throw new SessionException(NLS.bind(Messages.Session_unreadable, root, reason(e)), e);
		}
	}

	/** The conflict stages of the index: path to {base, ours, theirs}, each {@code null} when absent. */
	private static Map<String, byte[][]> stages(Repository repository) throws IOException {
		Map<String, byte[][]> stages = new TreeMap<>();
		DirCache index = repository.readDirCache();
		for (int i = 0; i < index.getEntryCount(); i++) {
			DirCacheEntry entry = index.getEntry(i);
			int stage = entry.getStage();
			if (stage == DirCacheEntry.STAGE_0) {
				continue;
			}
			byte[] bytes = repository.open(entry.getObjectId()).getCachedBytes(Integer.MAX_VALUE);
			stages.computeIfAbsent(entry.getPathString(), p -> new byte[3][])[stage - 1] = bytes;
		}
		return stages;
	}

	private void load(String path, byte[][] sides) throws IOException {
		if (sides[1] == null || sides[2] == null) {
			unusable.put(path, sides[1] == null ? Messages.Session_deletedLocally : Messages.Session_deletedRemotely);
			return;
		}
		MergeRequest request = new MergeRequest(path, sides[0], sides[1], sides[2],
				workTree.resolve(path).getParent());
		List<Resolution> resolutions = List.of();
		Side wholeFile = null;
		byte[] edited = null;
		Optional<MergeState> stored = store.load(path);
		if (stored.isPresent() && Arrays.equals(stored.get().request().ours(), request.ours())
				&& Arrays.equals(stored.get().request().theirs(), request.theirs())) {
			resolutions = stored.get().resolutions();
			wholeFile = stored.get().wholeFile();
			edited = stored.get().edited(); // never dropped: it is the user's own text
		}
		MergeResult initial;
		try {
			initial = merger.merge(request);
		} catch (MergeException e) {
			unusable.put(path, e.getMessage());
			return;
		}
		MergeResult result = initial;
		if (!resolutions.isEmpty()) {
			try {
				result = initial.resolve(resolutions);
			} catch (MergeException e) {
				resolutions = List.of(); // stored choices that no longer fit: start again rather than guess
			}
		}
		MergeState state = new MergeState(request, resolutions, wholeFile, edited);
		store.save(state);
		files.put(path, compared(state, initial.conflicts(), result));
	}

	/** The file with its line differences and semantic changes from local to remote; {@code result} null: compare only. */
	private FileMerge compared(MergeState state, List<Conflict> conflicts, MergeResult result) {
		MergeRequest request = state.request();
		String path = request.path();
		EditList regions = new HistogramDiff().diff(RawTextComparator.DEFAULT, new RawText(request.ours()),
				new RawText(request.theirs()));
		DiffReport changes = null;
		String problem = null;
		try {
			Format format = Format.fromFileName(path);
			changes = differ.diff(SourceDocument.parse(path, request.ours(), format, LoadOptions.defaults()),
					SourceDocument.parse(path, request.theirs(), format, LoadOptions.defaults()));
		} catch (DiffException | DocumentException e) {
			problem = NLS.bind(Messages.Session_noChanges, e.getMessage());
		}
		return new FileMerge(state, conflicts, result, regions, changes, problem);
	}

	/**
	 * Replaces each conflicting file's own semantic changes by those of the whole API it belongs to, from local
	 * ({@code HEAD}) to remote ({@code MERGE_HEAD}): both versions' JSON and YAML files are written to a temporary
	 * folder, the OpenAPI root whose {@code $ref}s reach the file is found in the file's folder or above, and the two
	 * file sets are compared, so a change names the file it is in. A file outside any API, or an API that cannot be
	 * compared (a broken reference), keeps its own changes.
	 */
	private void apiChanges(Repository repository) throws IOException {
		ObjectId head = repository.resolve(Constants.HEAD);
		ObjectId merged = repository.resolve(Constants.MERGE_HEAD);
		if (head == null || merged == null || files.isEmpty()) {
			return;
		}
		Path temp = java.nio.file.Files.createTempDirectory("specsync-compare"); //$NON-NLS-1$
		try {
			java.nio.file.Files.createDirectories(temp.resolve("ours")); //$NON-NLS-1$
			java.nio.file.Files.createDirectories(temp.resolve("theirs")); //$NON-NLS-1$
			Path ours = temp.resolve("ours").toRealPath(); //$NON-NLS-1$
			Path theirs = temp.resolve("theirs").toRealPath(); //$NON-NLS-1$
			writeDefinitions(repository, head, ours);
			writeDefinitions(repository, merged, theirs);
			Map<String, Optional<ApiFileSet>> sets = new java.util.HashMap<>();
			Map<String, Optional<DiffReport>> reports = new java.util.HashMap<>();
			for (FileMerge file : List.copyOf(files.values())) {
				String root = rootOf(file.path(), ours, sets);
				if (root == null) {
					continue;
				}
				Optional<DiffReport> report = reports.computeIfAbsent(root, r -> {
					try {
						ApiFileSet after = ApiFileSet.load(theirs.resolve(r), r, ApiLoadOptions.defaults().withBoundary(theirs));
						return Optional.of(differ.diff(sets.get(r).orElseThrow(), after));
					} catch (IOException | DocumentException | DiffException | RuntimeException e) {
						return Optional.empty(); // the file's own changes stay
					}
				});
				if (report.isPresent()) {
					files.put(file.path(), file.withApiChanges(root, report.get()));
				}
			}
		} finally {
			deleteTree(temp);
		}
	}

	/** Writes a commit's JSON and YAML files (those a definition may be written in) into a folder. */
	private static void writeDefinitions(Repository repository, ObjectId commit, Path folder) throws IOException {
		try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repository);
				org.eclipse.jgit.treewalk.TreeWalk tree = new org.eclipse.jgit.treewalk.TreeWalk(repository)) {
			tree.addTree(walk.parseCommit(commit).getTree());
			tree.setRecursive(true);
			while (tree.next()) {
				String path = tree.getPathString();
				String name = path.toLowerCase(java.util.Locale.ROOT);
				if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						|| !tree.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.REGULAR_FILE)
								&& !tree.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.EXECUTABLE_FILE)) {
					continue;
				}
				Path target = folder.resolve(path).normalize();
				if (!target.startsWith(folder)) {
					continue;
				}
				java.nio.file.Files.createDirectories(target.getParent());
				java.nio.file.Files.write(target, repository.open(tree.getObjectId(0)).getCachedBytes(Integer.MAX_VALUE));
			}
		}
	}

	/**
	 * The OpenAPI root whose file set holds a file: the file itself when it is a root, else a root in its folder or
	 * a folder above whose {@code $ref}s reach it.
	 */
	private static String rootOf(String path, Path ours, Map<String, Optional<ApiFileSet>> sets) {
		Path file = ours.resolve(path);
		String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		while (true) {
			Path dir = folder.isEmpty() ? ours : ours.resolve(folder);
			List<String> candidates = new ArrayList<>();
			try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(dir)) {
				list.filter(java.nio.file.Files::isRegularFile).map(p -> p.getFileName().toString())
						.filter(MergeSession::looksLikeDefinitionName).sorted().forEach(candidates::add);
			} catch (IOException e) {
				// no such folder in this version
			}
			String own = path.substring(path.lastIndexOf('/') + 1);
			if (candidates.remove(own) && dir.resolve(own).equals(file)) {
				candidates.add(0, own); // the file itself first
			}
			for (String name : candidates) {
				String candidate = folder.isEmpty() ? name : folder + '/' + name;
				if (!isRoot(ours.resolve(candidate))) {
					continue;
				}
				Optional<ApiFileSet> set = sets.computeIfAbsent(candidate, c -> {
					try {
						return Optional.of(ApiFileSet.load(ours.resolve(c), c, ApiLoadOptions.defaults().withBoundary(ours)));
					} catch (IOException | DocumentException | RuntimeException e) {
						return Optional.empty();
					}
				});
				if (set.isPresent() && set.get().file(file).isPresent()) {
					return candidate;
				}
			}
			if (folder.isEmpty()) {
				return null;
			}
			folder = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static boolean looksLikeDefinitionName(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static final java.util.regex.Pattern ROOT_KEY = java.util.regex.Pattern
			.compile("(?m)^(?:openapi|swagger)\\s*:|\"(?:openapi|swagger)\"\\s*:"); //$NON-NLS-1$

	/** Whether a file starts like an OpenAPI description (an {@code openapi} or {@code swagger} key). */
	private static boolean isRoot(Path file) {
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
			String head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
			return ROOT_KEY.matcher(head).find();
		} catch (IOException e) {
			return false;
		}
	}

	private static void deleteTree(Path folder) {
		try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(folder)) {
			all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
				try {
					java.nio.file.Files.deleteIfExists(p);
				} catch (IOException e) {
					// a temporary file left behind is removed with the system's temporary files
				}
			});
		} catch (IOException e) {
			// as above
		}
	}

	/**
	 * Compares one file of the working tree with its version on the upstream of the checked-out branch (as last
	 * fetched), without a merge: the session has that one file, with no conflicts and nothing to apply.
	 *
	 * @param workTree the working tree's root
	 * @param path the file's path in the working tree, {@code /} separated
	 * @param differ the semantic differ
	 * @return the session
	 * @throws SessionException when the branch has no upstream or a file cannot be read
	 */
	public static MergeSession compareWithUpstream(Path workTree, String path, SchemaDiffer differ) throws SessionException {
		Path root = workTree.toAbsolutePath().normalize();
		try (Git git = Git.open(root.toFile())) {
			Repository repository = git.getRepository();
			String branch = repository.getBranch();
			String upstream = new BranchConfig(repository.getConfig(), branch).getRemoteTrackingBranch();
			if (upstream == null) {
				throw new SessionException(NLS.bind(Messages.Session_noUpstream, branch), null);
			}
			MergeSession session = compared(root, repository, path, java.nio.file.Files.readAllBytes(root.resolve(path)),
					content(repository, upstream, path), differ);
			session.title = NLS.bind(Messages.Session_compareTitle, path, Repository.shortenRefName(upstream));
			return session;
		} catch (IOException e) {
			throw new SessionException(NLS.bind(Messages.Session_unreadable, root, reason(e)), e);
		}
	}

	/**
	 * Compares one file of the working tree with its version in any commit: a branch (local or remote-tracking), a
	 * tag of a published version, or a commit id, as Git names them. Like {@link #compareWithUpstream}, the session
	 * has that one file and nothing to apply; a file the commit does not have compares with an empty file.
	 *
	 * @param workTree the working tree's root
	 * @param path the file's path in the working tree, {@code /} separated
	 * @param revision what to compare with, e.g. {@code main}, {@code origin/main}, {@code v1.2.0} or a commit id
	 * @param differ the semantic differ
	 * @return the session
	 * @throws SessionException when the revision names no commit of the repository, or a file cannot be read
	 */
	public static MergeSession compareWith(Path workTree, String path, String revision, SchemaDiffer differ) throws SessionException {
		return compare(workTree, path, null, revision, differ);
	}

	/**
	 * Compares one file's versions in two commits (branches, tags or commit ids), or in the working tree and a
	 * commit: the left side is {@code base}, or the working tree when it is null; the right side is {@code revision}.
	 * The session has that one file and nothing to apply; a side whose commit lacks the file is empty.
	 *
	 * @param workTree the working tree's root
	 * @param path the file's path, {@code /} separated
	 * @param base the left side's branch, tag or commit, or null for the working tree
	 * @param revision the right side's branch, tag or commit
	 * @param differ the semantic differ
	 * @return the session
	 * @throws SessionException when a name names no commit of the repository, or a file cannot be read
	 */
	public static MergeSession compare(Path workTree, String path, String base, String revision, SchemaDiffer differ)
			throws SessionException {
		Path root = workTree.toAbsolutePath().normalize();
		String name = revision == null ? "" : revision.strip(); //$NON-NLS-1$
		try (Git git = Git.open(root.toFile())) {
			Repository repository = git.getRepository();
			ObjectId commit = commit(repository, name);
			byte[] left;
			String title;
			if (base == null) {
				left = java.nio.file.Files.readAllBytes(root.resolve(path));
				title = NLS.bind(Messages.Session_compareTitle, path, shortName(name));
			} else {
				ObjectId baseCommit = commit(repository, base.strip());
				left = content(repository, baseCommit.name(), path);
				title = NLS.bind(Messages.Session_compareRevisionsTitle, new Object[] { path, shortName(base.strip()), shortName(name) });
			}
			MergeSession session = compared(root, repository, path, left, content(repository, commit.name(), path), differ);
			session.title = title;
			return session;
		} catch (IOException e) {
			throw new SessionException(NLS.bind(Messages.Session_unreadable, root, reason(e)), e);
		}
	}

	/** A name as titles show it: branch and tag names as they are, a full commit id abbreviated. */
	public static String shortName(String revision) {
		return ObjectId.isId(revision) ? revision.substring(0, 10) : Repository.shortenRefName(revision);
	}

	private static ObjectId commit(Repository repository, String name) throws SessionException {
		ObjectId commit = name.isEmpty() ? null : resolveCommit(repository, name);
		if (commit == null) {
			throw new SessionException(NLS.bind(Messages.Session_noSuchRevision, name), null);
		}
		return commit;
	}

	private static byte[] content(Repository repository, String revision, String path) throws IOException {
		ObjectId blob = repository.resolve(revision + ':' + path);
		return blob == null ? new byte[0] : repository.open(blob).getCachedBytes(Integer.MAX_VALUE);
	}

	/**
	 * The commit a branch, tag, commit id or other Git revision names.
	 *
	 * @param repository the repository
	 * @param revision the revision as the user typed it
	 * @return the commit, or null when the text names none, names something that is not a commit, or is not valid
	 *         revision syntax
	 */
	public static ObjectId resolveCommit(Repository repository, String revision) {
		try {
			return repository.resolve(revision + "^{commit}"); //$NON-NLS-1$
		} catch (IOException | IllegalArgumentException e) { // also a revision that is not valid syntax
			return null;
		}
	}

	private static MergeSession compared(Path root, Repository repository, String path, byte[] left, byte[] right,
			SchemaDiffer differ) {
		MergeSession session = new MergeSession(root, repository.getDirectory().toPath(), null, differ, false);
		MergeState state = new MergeState(new MergeRequest(path, null, left, right, root.resolve(path).getParent()),
				List.of());
		session.files.put(path, session.compared(state, List.of(), null));
		return session;
	}

	/** @return the working tree's root */
	public Path workTree() {
		return workTree;
	}

	/** @return the first line of Git's prepared merge message (what is merged into what), or empty */
	public String title() {
		return title;
	}

	/** @return whether the repository is in a merge (conflicts open or all resolved but not committed) */
	public boolean isMerging() {
		return merging;
	}

	/** @return the conflicting files that can be merged here, by path */
	public List<FileMerge> files() {
		return List.copyOf(files.values());
	}

	/**
	 * The conflicting files that cannot be merged here, with the reason: a side deleted the file, or a side is not
	 * JSON or YAML that parses.
	 *
	 * @return path to reason, sorted, unmodifiable
	 */
	public Map<String, String> unusable() {
		return Collections.unmodifiableMap(unusable);
	}

	/**
	 * A file of the merge.
	 *
	 * @param path the file's path
	 * @return the file, or empty when it is not (or no longer) conflicting
	 */
	public Optional<FileMerge> file(String path) {
		return Optional.ofNullable(files.get(path));
	}

	/**
	 * Chooses how to resolve one conflict (replacing an earlier choice for it), or reopens it; a whole-file choice
	 * and an edit of the result by hand are dropped (the result is merged conflict by conflict again). The choices
	 * are stored before the new value is returned.
	 *
	 * @param path the file's path
	 * @param pointer the conflict's pointer
	 * @param resolution the choice, or {@code null} to reopen the conflict
	 * @return the file with the choice applied
	 * @throws SessionException when the choice does not fit the conflict (a custom value that does not fit) or the
	 *         state cannot be stored; nothing changed then
	 */
	public FileMerge choose(String path, String pointer, Resolution resolution) throws SessionException {
		FileMerge file = require(path);
		List<Resolution> resolutions = new ArrayList<>(file.state().resolutions());
		resolutions.removeIf(r -> r.pointer().equals(pointer));
		if (resolution != null) {
			resolutions.add(resolution);
		}
		MergeState state = new MergeState(file.state().request(), resolutions);
		try {
			MergeResult result = merger.resume(state);
			store.save(state);
			FileMerge updated = file.with(state, result);
			files.put(path, updated);
			return updated;
		} catch (MergeException e) {
			throw new SessionException(NLS.bind(Messages.Session_badChoice, path, e.getMessage()), e);
		} catch (IOException e) {
			throw new SessionException(NLS.bind(Messages.Session_cannotStore, path, reason(e)), e);
		}
	}

	/**
	 * Keeps one side's whole file, ignoring the other side's changes, or goes back to merging conflict by conflict
	 * (with the choices made before). An edit of the result by hand is dropped. The choice is stored before the new
	 * value is returned, like the choices per conflict.
	 *
	 * @param path the file's path
	 * @param side {@link Side#OURS}, {@link Side#THEIRS}, or {@code null} to merge by conflict again
	 * @return the file with the choice
	 * @throws SessionException when the file is not part of the merge, or the choice cannot be stored (nothing
	 *         changed then)
	 */
	public FileMerge keepWholeFile(String path, Side side) throws SessionException {
		FileMerge file = require(path);
		MergeState state = new MergeState(file.state().request(), file.state().resolutions(), side, null);
		return update(file, state);
	}

	/**
	 * Replaces the merged result by a text the user edited by hand: it wins over every choice until a choice is made
	 * again, and is stored (under {@code .git}, never in the working file) before the new value is returned. A text
	 * equal to what the choices give forgets the edit.
	 *
	 * @param path the file's path
	 * @param text the whole result as edited
	 * @return the file with the edit; {@link FileMerge#editProblem()} says whether it parses
	 * @throws SessionException when the file is not part of the merge, or the edit cannot be stored (nothing
	 *         changed then)
	 */
	public FileMerge editResult(String path, String text) throws SessionException {
		FileMerge file = require(path);
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		byte[] edited = Arrays.equals(bytes, file.chosenBytes()) ? null : bytes;
		MergeState state = new MergeState(file.state().request(), file.state().resolutions(), file.state().wholeFile(),
				edited);
		return update(file, state);
	}

	private FileMerge update(FileMerge file, MergeState state) throws SessionException {
		String path = file.path();
		try {
			MergeResult result = merger.resume(state);
			store.save(state);
			FileMerge updated = file.with(state, result);
			files.put(path, updated);
			return updated;
		} catch (MergeException e) {
			throw new SessionException(NLS.bind(Messages.Session_badChoice, path, e.getMessage()), e);
		} catch (IOException e) {
			throw new SessionException(NLS.bind(Messages.Session_cannotStore, path, reason(e)), e);
		}
	}

	/**
	 * Writes one merged file (atomically) and stages it; see {@link #apply(List, GitService)}.
	 *
	 * @param path the file's path
	 * @throws SessionException as {@link #apply(List, GitService)}
	 */
	public void apply(String path) throws SessionException {
		apply(List.of(path), null);
	}

	/**
	 * Writes every file of the merge that can be merged here and stages them together; see
	 * {@link #apply(List, GitService)}.
	 *
	 * @param git the Git engine, whose snapshot engine saves the files and the index first; {@code null}: none
	 * @return the paths written and staged
	 * @throws SessionException as {@link #apply(List, GitService)}
	 */
	public List<String> applyAll(GitService git) throws SessionException {
		List<String> paths = new ArrayList<>(files.keySet());
		apply(paths, git);
		return paths;
	}

	/**
	 * Writes merged files and stages them so that Git no longer reports them as conflicting, then forgets their
	 * stored choices. All or nothing: when a file still has open conflicts nothing is written; when writing one file
	 * or staging fails, the files already written get their previous bytes back. Each file is written atomically.
	 *
	 * Before anything is written a snapshot of the working tree and the index (with its conflict stages) is taken,
	 * so that Undo Last Sync or {@code specsync restore} brings the unresolved merge back.
	 *
	 * @param paths the files' paths, all part of the merge
	 * @param engine the Git engine, whose snapshot engine saves the files and the index first; {@code null}: none
	 * @throws SessionException when a file is not resolved, the snapshot cannot be taken, or writing or staging
	 *         fails; the message names the file, and the working files are then as before
	 */
	public void apply(List<String> paths, GitService engine) throws SessionException {
		List<FileMerge> todo = new ArrayList<>();
		List<String> open = new ArrayList<>();
		for (String path : paths) {
			FileMerge file = require(path);
			todo.add(file);
			if (!file.isResolved()) {
				open.add(file.editProblem().isPresent() ? NLS.bind(Messages.Session_notResolvedEdit, path, file.editProblem().get())
						: NLS.bind(Messages.Session_notResolved, path, Integer.valueOf(file.openConflicts().size())));
			}
		}
		if (!open.isEmpty()) {
			throw new SessionException(NLS.bind(Messages.Session_nothingWritten, String.join(" ", open)), null); //$NON-NLS-1$
		}
		if (engine != null) {
			try (GitWorkspace workspace = engine.open(workTree)) {
				workspace.snapshots().take(NLS.bind(Messages.Session_snapshotReason, Integer.valueOf(todo.size())));
			} catch (GitOperationException e) {
				throw new SessionException(NLS.bind(Messages.Session_noSnapshot, e.getMessage()), e);
			}
		}
		Map<Path, byte[]> before = new LinkedHashMap<>();
		for (FileMerge file : todo) {
			Path target = workTree.resolve(file.path());
			try {
				byte[] previous = java.nio.file.Files.exists(target) ? java.nio.file.Files.readAllBytes(target) : null;
				AtomicFiles.write(target, file.mergedBytes());
				before.put(target, previous);
			} catch (IOException e) {
				String undone = restore(before);
				throw new SessionException(NLS.bind(Messages.Session_cannotWrite, new Object[] { target, reason(e), undone }), e);
			}
		}
		try (Git git = Git.open(workTree.toFile())) {
			org.eclipse.jgit.api.AddCommand add = git.add();
			todo.forEach(f -> add.addFilepattern(f.path()));
			add.call(); // one index update for every file: staged together or not at all
		} catch (IOException | GitAPIException e) {
			String undone = restore(before);
			throw new SessionException(NLS.bind(Messages.Session_cannotStage, reason(e), undone), e);
		}
		for (FileMerge file : todo) {
			try {
				store.delete(file.path());
			} catch (IOException e) {
				// the file is resolved and staged; a stale state is ignored next time (its sides no longer conflict)
			}
			files.remove(file.path());
		}
	}

	/** Puts back the bytes of files written before a failure; returns what could not be put back, or "". */
	private static String restore(Map<Path, byte[]> before) {
		List<String> failed = new ArrayList<>();
		for (Map.Entry<Path, byte[]> entry : before.entrySet()) {
			try {
				if (entry.getValue() == null) {
					java.nio.file.Files.deleteIfExists(entry.getKey());
				} else {
					AtomicFiles.write(entry.getKey(), entry.getValue());
				}
			} catch (IOException e) {
				failed.add(entry.getKey().toString());
			}
		}
		return failed.isEmpty() ? Messages.Session_allPutBack : NLS.bind(Messages.Session_notPutBack, String.join(", ", failed)); //$NON-NLS-1$
	}

	/**
	 * Whether the merge can be committed: the repository is merging and no path has conflict stages left.
	 *
	 * @return whether Commit may be offered
	 * @throws SessionException when the repository cannot be read
	 */
	public boolean canCommit() throws SessionException {
		try (Git git = Git.open(workTree.toFile())) {
			return git.getRepository().getRepositoryState() == RepositoryState.MERGING_RESOLVED;
		} catch (IOException e) {
			throw new SessionException(NLS.bind(Messages.Session_unreadable, workTree, reason(e)), e);
		}
	}

	/**
	 * Commits the merge with Git's prepared message ({@code .git/MERGE_MSG}) as the user configured in Git
	 * ({@code user.name}, {@code user.email}).
	 *
	 * @param git the Git engine
	 * @return the merge commit
	 * @throws SessionException when no identity is configured, or the engine refuses (its message says why)
	 */
	public CommitResult commit(GitService git) throws SessionException {
		String message;
		Author author;
		try (Git repo = Git.open(workTree.toFile())) {
			Repository repository = repo.getRepository();
			message = repository.readMergeCommitMsg();
			UserConfig user = repository.getConfig().get(UserConfig.KEY);
			if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
				throw new SessionException(Messages.Session_noIdentity, null);
			}
			author = new Author(user.getAuthorName(), user.getAuthorEmail());
		} catch (IOException e) {
			throw new SessionException(NLS.bind(Messages.Session_unreadable, workTree, reason(e)), e);
		}
		try (GitWorkspace workspace = git.open(workTree)) {
			return workspace.commit(message == null || message.isBlank() ? Messages.Session_defaultMessage : message,
					author).call();
		} catch (GitOperationException e) {
			throw new SessionException(e.getMessage(), e);
		}
	}

	/** @return how many conflicts of the merge's files are still open */
	public int openConflicts() {
		int open = 0;
		for (FileMerge f : files.values()) {
			open += f.openConflicts().size();
		}
		return open;
	}

	/**
	 * The conflict of a file by pointer.
	 *
	 * @param file the file
	 * @param pointer the pointer
	 * @return the conflict, or empty
	 */
	public static Optional<Conflict> conflict(FileMerge file, String pointer) {
		return file.conflicts().stream().filter(c -> c.pointer().equals(pointer)).findFirst();
	}

	private FileMerge require(String path) throws SessionException {
		FileMerge file = files.get(path);
		if (file == null) {
			throw new SessionException(NLS.bind(Messages.Session_noSuchFile, path), null);
		}
		return file;
	}

	private static String reason(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
