package dev.specsync.workspace.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.specsync.document.Diagnostic;
import dev.specsync.workspace.ManifestFile;
import dev.specsync.workspace.Workspace;
import dev.specsync.workspace.WorkspaceChange;
import dev.specsync.workspace.WorkspaceDetector;
import dev.specsync.workspace.WorkspaceException;
import dev.specsync.workspace.WorkspaceListener;
import dev.specsync.workspace.WorkspaceManifest;

/**
 * A workspace opened by {@link WorkspaceServiceImpl}: the manifest as last read, and a watcher thread
 * that turns the file system's events into batches of {@link WorkspaceChange}s. Folders {@code .git} and
 * {@code node_modules} are not watched (Git's own bookkeeping is not a change of the user's files).
 */
final class OpenWorkspace implements Workspace {

	private static final Set<String> UNWATCHED = Set.of(".git", "node_modules"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Path MANIFEST = Path.of("specsync.yaml"); //$NON-NLS-1$

	/** What was read from the manifest (or proposed), replaced as a whole when it is re-read. */
	private record State(WorkspaceManifest manifest, boolean fromFile, List<Diagnostic> diagnostics) {
	}

	private final Path root;
	private final Duration quietPeriod;
	private final WatchService watcher;
	private final Map<WatchKey, Path> watchedFolders = new ConcurrentHashMap<>();
	private final Set<Path> unsaved = ConcurrentHashMap.newKeySet();
	private final CopyOnWriteArrayList<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
	private final Thread thread;
	private final Consumer<? super OpenWorkspace> onClose;
	private volatile State state;
	private volatile boolean closed;

	private OpenWorkspace(Path root, State state, Duration quietPeriod, Consumer<? super OpenWorkspace> onClose)
			throws IOException {
		this.root = root;
		this.onClose = onClose;
		this.state = state;
		this.quietPeriod = quietPeriod;
		this.watcher = root.getFileSystem().newWatchService();
		this.thread = new Thread(this::watch, "SpecSync workspace watcher: " + root.getFileName()); //$NON-NLS-1$
		this.thread.setDaemon(true);
	}

	/**
	 * Reads the workspace and starts watching it.
	 *
	 * @param folder the root folder
	 * @param quietPeriod how long the tree must be quiet before a batch of changes is reported
	 * @param onClose called once when the workspace is closed
	 * @return the open workspace
	 * @throws IOException when the folder cannot be read or watched
	 * @throws WorkspaceException when the manifest cannot be used
	 */
	static OpenWorkspace open(Path folder, Duration quietPeriod, Consumer<? super OpenWorkspace> onClose)
			throws IOException, WorkspaceException {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new IOException(Messages.get("open.notFolder", root)); //$NON-NLS-1$
		}
		OpenWorkspace workspace = new OpenWorkspace(root, read(root), quietPeriod, onClose);
		try {
			workspace.watchTree(root);
		} catch (IOException e) {
			workspace.close();
			throw e;
		}
		workspace.thread.start();
		return workspace;
	}

	private static State read(Path root) throws IOException, WorkspaceException {
		if (ManifestFile.exists(root)) {
			ManifestFile file = ManifestFile.load(root);
			return new State(file.manifest(), true, file.diagnostics());
		}
		var detected = WorkspaceDetector.detect(root);
		return new State(detected.manifest(), false, detected.diagnostics());
	}

	@Override
	public Path root() {
		return root;
	}

	@Override
	public WorkspaceManifest manifest() {
		return state.manifest();
	}

	@Override
	public boolean hasManifestFile() {
		return state.fromFile();
	}

	@Override
	public List<Diagnostic> diagnostics() {
		return state.diagnostics();
	}

	@Override
	public void setUnsavedEdits(Path file, boolean unsavedEdits) {
		Path absolute = root.resolve(file).toAbsolutePath().normalize();
		if (unsavedEdits) {
			unsaved.add(absolute);
		} else {
			unsaved.remove(absolute);
		}
	}

	@Override
	public void addListener(WorkspaceListener listener) {
		listeners.addIfAbsent(listener);
	}

	@Override
	public void removeListener(WorkspaceListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		onClose.accept(this);
		try {
			watcher.close();
		} catch (IOException e) {
			// Closing releases the native watches; there is nothing left to undo if that fails.
		}
	}

	/** Registers a folder and every folder below it, except the unwatched ones; returns the files found. */
	private Set<Path> watchTree(Path folder) throws IOException {
		Set<Path> files = new LinkedHashSet<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				if (UNWATCHED.contains(String.valueOf(dir.getFileName())) && !dir.equals(root)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				watchedFolders.put(dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				files.add(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException exc) {
				return FileVisitResult.CONTINUE; // deleted meanwhile, or unreadable: nothing to watch
			}
		});
		return files;
	}

	private void watch() {
		try {
			while (!closed) {
				Set<Path> batch = new LinkedHashSet<>();
				boolean lost = collect(watcher.take(), batch);
				WatchKey next;
				while ((next = watcher.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
					lost |= collect(next, batch);
				}
				report(batch, lost);
			}
		} catch (ClosedWatchServiceException | InterruptedException e) {
			// closed: the thread ends
		}
	}

	/** Adds a key's events to the batch; returns whether events were lost. */
	private boolean collect(WatchKey key, Set<Path> batch) {
		boolean lost = false;
		Path folder = watchedFolders.get(key);
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == OVERFLOW || folder == null) {
				lost = true;
				continue;
			}
			Path path = folder.resolve((Path) event.context());
			if (UNWATCHED.contains(path.getFileName().toString())) {
				continue;
			}
			if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				try {
					batch.addAll(watchTree(path)); // files created before the folder was watched
				} catch (IOException e) {
					lost = true;
				}
			} else {
				batch.add(path);
			}
		}
		if (!key.reset()) {
			watchedFolders.remove(key);
		}
		return lost;
	}

	private void report(Set<Path> batch, boolean lost) {
		if (lost) {
			try {
				watchTree(root); // folders created while events were lost
			} catch (IOException e) {
				// what can be watched still is; the consumers refresh everything anyway
			}
		}
		Set<Path> changed = new LinkedHashSet<>();
		Set<Path> conflicts = new LinkedHashSet<>();
		for (Path path : batch) {
			if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			(unsaved.contains(path) ? conflicts : changed).add(root.relativize(path));
		}
		boolean manifestChanged = lost || changed.contains(MANIFEST) || conflicts.contains(MANIFEST);
		if (manifestChanged) {
			reread();
		}
		if (changed.isEmpty() && conflicts.isEmpty() && !lost) {
			return;
		}
		WorkspaceChange change = new WorkspaceChange(changed, conflicts, manifestChanged, lost);
		for (WorkspaceListener listener : listeners) {
			try {
				listener.changed(change);
			} catch (RuntimeException e) {
				// one failing listener must not stop the others or the watcher
			}
		}
	}

	private void reread() {
		try {
			state = read(root);
		} catch (WorkspaceException e) {
			state = new State(state.manifest(), state.fromFile(), e.diagnostics());
		} catch (IOException e) {
			// unreadable for a moment (being written): the next change event reads it again
		}
	}
}
