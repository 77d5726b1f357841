package dev.specsync.ui.explorer.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.specsync.document.AtomicFiles;
import dev.specsync.document.DocumentEditor;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.Node;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SourceDocument;
import dev.specsync.document.TextEdit;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;
import dev.specsync.openapi.Reference;
import dev.specsync.workspace.ApiDefinition;
import dev.specsync.workspace.WorkspaceManifest;

/**
 * Renames and deletes files of a workspace so that nothing breaks and nothing is lost:
 * <ul>
 * <li>a rename keeps the file in its folder and rewrites every {@code $ref} that leads to it (only the reference's
 * path changes: its fragment, quoting and everything else on the line stay) and, for an API's root file, the
 * {@code root} entry of {@code specsync.yaml};</li>
 * <li>a delete moves the file into a trash folder beside the Git metadata ({@code .git/specsync/trash}, never
 * shown by {@code git status}) instead of destroying it;</li>
 * <li>each returns an {@link Undoable} that puts every byte back, and refuses when a file changed since.</li>
 * </ul>
 * Every file is written atomically; if a step fails, the steps done before it are rolled back. Not thread-safe;
 * callers run one refactoring at a time, off the UI thread.
 */
public final class FileRefactoring {

	private static final DateTimeFormatter TRASH_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"); //$NON-NLS-1$

	private final Path root;
	private final WorkspaceManifest manifest;

	/**
	 * Refactorings in a workspace.
	 *
	 * @param root the workspace's folder (the Git working tree)
	 * @param manifest the workspace's manifest, for the APIs whose files may refer to each other
	 */
	public FileRefactoring(Path root, WorkspaceManifest manifest) {
		this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize(); //$NON-NLS-1$
		this.manifest = Objects.requireNonNull(manifest, "manifest"); //$NON-NLS-1$
	}

	/** A change that was made and can be taken back. */
	public interface Undoable {

		/** @return what was done, for the user: "Renamed book.yaml to books.yaml, 2 references updated" */
		String description();

		/** @return the label of the undo action: "Undo Rename" */
		String undoLabel();

		/**
		 * Takes the change back.
		 *
		 * @throws IOException when a file cannot be written, or changed since and would be overwritten; the message
		 *             names the file and nothing has been changed
		 */
		void undo() throws IOException;
	}

	/**
	 * The places that refer to a file with a {@code $ref}, for a warning before it is deleted.
	 *
	 * @param file the file
	 * @return "openapi.yaml:42" style locations, relative to the workspace, in file order
	 */
	public List<String> referencesTo(Path file) {
		Path target = file.toAbsolutePath().normalize();
		List<String> found = new ArrayList<>();
		for (Reference reference : referencesLeadingTo(target)) {
			found.add(root.relativize(reference.file().path()).toString().replace('\\', '/') + ':'
					+ reference.file().document().start(reference.value()).line());
		}
		return found;
	}

	/**
	 * The files a rename of a file writes: the file itself and every file with a {@code $ref} to it.
	 *
	 * @param file the file
	 * @return absolute, normalized paths, the file first
	 */
	public Set<Path> filesWrittenByRename(Path file) {
		Path target = file.toAbsolutePath().normalize();
		Set<Path> files = new LinkedHashSet<>();
		files.add(target);
		for (Reference reference : referencesLeadingTo(target)) {
			files.add(reference.file().path().toAbsolutePath().normalize());
		}
		return files;
	}

	/**
	 * Renames a file within its folder, updating the references to it.
	 *
	 * @param file the file
	 * @param newName the new file name, without folder
	 * @return the rename, to undo
	 * @throws IOException when the name is not usable, the target exists, or a file cannot be written; nothing has
	 *             changed then
	 */
	public Undoable rename(Path file, String newName) throws IOException {
		Path source = file.toAbsolutePath().normalize();
		String name = newName == null ? "" : newName.strip(); //$NON-NLS-1$
		if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			throw new IOException(NLS.bind(Messages.Refactoring_badName, newName));
		}
		if (!Files.isRegularFile(source)) {
			throw new NoSuchFileException(source.toString(), null, Messages.Refactoring_missing);
		}
		Path target = source.resolveSibling(name);
		if (target.equals(source)) {
			throw new IOException(NLS.bind(Messages.Refactoring_sameName, name));
		}
		if (Files.exists(target) && !Files.isSameFile(source, target)) { // a change of case only is allowed
			throw new FileAlreadyExistsException(target.toString(), null, NLS.bind(Messages.Refactoring_exists, name));
		}

		// Everything to write, computed before anything is written.
		Map<Path, byte[]> before = new LinkedHashMap<>();
		Map<Path, byte[]> after = new LinkedHashMap<>();
		Map<Path, List<TextEdit>> edits = new LinkedHashMap<>();
		Map<Path, SourceDocument> documents = new LinkedHashMap<>();
		int references = 0;
		for (Reference reference : referencesLeadingTo(source)) {
			Path holder = reference.file().path();
			String text = reference.text();
			String fragment = text.contains("#") ? text.substring(text.indexOf('#')) : ""; //$NON-NLS-1$ //$NON-NLS-2$
			String relative = holder.getParent().relativize(target).toString().replace('\\', '/');
			if (text.startsWith("./") && !relative.startsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$
				relative = "./" + relative; //$NON-NLS-1$
			}
			SourceDocument document = documents.computeIfAbsent(holder, h -> reference.file().document());
			edits.computeIfAbsent(holder, h -> new ArrayList<>()).add(new DocumentEditor(document)
					.setScalar(reference.pointer().append("$ref").toString(), relative + fragment)); //$NON-NLS-1$
			references++;
		}
		for (Map.Entry<Path, List<TextEdit>> entry : edits.entrySet()) {
			SourceDocument document = documents.get(entry.getKey());
			try {
				Path holder = entry.getKey().equals(source) ? target : entry.getKey();
				before.put(holder, Files.readAllBytes(entry.getKey()));
				after.put(holder, document.apply(entry.getValue()).toBytes());
			} catch (DocumentException e) {
				throw new IOException(NLS.bind(Messages.Refactoring_cannotEdit, relative(entry.getKey()), e.getMessage()), e);
			}
		}
		boolean manifestChanged = manifestEdit(source, target, before, after);

		// Move first: a failure there leaves everything as it was.
		Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		List<Path> written = new ArrayList<>();
		try {
			for (Map.Entry<Path, byte[]> entry : after.entrySet()) {
				AtomicFiles.write(entry.getKey(), entry.getValue());
				written.add(entry.getKey());
			}
		} catch (IOException e) {
			for (Path done : written) {
				AtomicFiles.write(done, before.get(done));
			}
			Files.move(target, source, StandardCopyOption.ATOMIC_MOVE);
			throw e;
		}
		int updated = references + (manifestChanged ? 1 : 0);
		String description = switch (updated) {
			case 0 -> NLS.bind(Messages.Refactoring_renamed, source.getFileName(), name);
			case 1 -> NLS.bind(Messages.Refactoring_renamedWithReference, source.getFileName(), name);
			default -> NLS.bind(Messages.Refactoring_renamedWithReferences, new Object[] { source.getFileName(), name, updated });
		};
		return new Undoable() {
			@Override
			public String description() {
				return description;
			}

			@Override
			public String undoLabel() {
				return Messages.Refactoring_undoRename;
			}

			@Override
			public void undo() throws IOException {
				for (Map.Entry<Path, byte[]> entry : after.entrySet()) {
					requireUnchanged(entry.getKey(), entry.getValue());
				}
				if (Files.exists(source)) {
					throw new FileAlreadyExistsException(source.toString(), null,
							NLS.bind(Messages.Refactoring_undoBlocked, relative(source)));
				}
				for (Map.Entry<Path, byte[]> entry : before.entrySet()) {
					AtomicFiles.write(entry.getKey(), entry.getValue());
				}
				Files.move(target, source, StandardCopyOption.ATOMIC_MOVE);
			}
		};
	}

	/**
	 * Moves a file into the workspace's trash.
	 *
	 * @param file the file
	 * @return the delete, to undo
	 * @throws IOException when the file cannot be moved; it is then where it was
	 */
	public Undoable delete(Path file) throws IOException {
		Path source = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(source)) {
			throw new NoSuchFileException(source.toString(), null, Messages.Refactoring_missing);
		}
		Path trash = trashFolder().resolve(LocalDateTime.now().format(TRASH_STAMP)).resolve(root.relativize(source));
		Files.createDirectories(trash.getParent());
		Files.move(source, trash, StandardCopyOption.ATOMIC_MOVE);
		String description = NLS.bind(Messages.Refactoring_deleted, source.getFileName());
		return new Undoable() {
			@Override
			public String description() {
				return description;
			}

			@Override
			public String undoLabel() {
				return Messages.Refactoring_undoDelete;
			}

			@Override
			public void undo() throws IOException {
				if (Files.exists(source)) {
					throw new FileAlreadyExistsException(source.toString(), null,
							NLS.bind(Messages.Refactoring_undoBlocked, relative(source)));
				}
				Files.createDirectories(source.getParent());
				Files.move(trash, source, StandardCopyOption.ATOMIC_MOVE);
			}
		};
	}

	/**
	 * Where deleted files go: inside the Git metadata when the workspace is a repository (so {@code git status}
	 * does not list them), else a hidden folder of the workspace.
	 *
	 * @return the folder, which may not exist yet
	 */
	public Path trashFolder() {
		Path git = root.resolve(".git"); //$NON-NLS-1$
		return Files.isDirectory(git) ? git.resolve("specsync").resolve("trash") : root.resolve(".specsync-trash"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Every {@code $ref} of every API of the workspace whose target is the file, each place once. */
	private List<Reference> referencesLeadingTo(Path file) {
		List<Reference> found = new ArrayList<>();
		Set<String> places = new HashSet<>(); // file and pointer: the same file may be reached from two APIs
		for (ApiDefinition api : manifest.apis()) {
			if (api.rootFile() == null) {
				continue;
			}
			Path rootFile = root.resolve(api.rootFile()).normalize();
			if (!Files.isRegularFile(rootFile)) {
				continue;
			}
			ApiFileSet set;
			try {
				set = ApiFileSet.load(rootFile, api.name(), ApiLoadOptions.defaults().withBoundary(root));
			} catch (IOException | DocumentException e) {
				continue; // a broken API cannot refer to anything; its own problems are shown elsewhere
			}
			for (Reference reference : set.references()) {
				String path = reference.text().contains("#") //$NON-NLS-1$
						? reference.text().substring(0, reference.text().indexOf('#'))
						: reference.text();
				if (path.isEmpty() || path.contains("://")) { //$NON-NLS-1$
					continue; // a local pointer or a remote URL
				}
				Path resolved = reference.file().path().getParent().resolve(path).normalize();
				if (resolved.equals(file) && places.add(reference.file().path() + "#" + reference.pointer())) { //$NON-NLS-1$
					found.add(reference);
				}
			}
		}
		return found;
	}

	private boolean manifestEdit(Path source, Path target, Map<Path, byte[]> before, Map<Path, byte[]> after)
			throws IOException {
		Path manifestFile = root.resolve(WorkspaceManifest.FILE_NAME);
		if (!Files.isRegularFile(manifestFile)) {
			return false;
		}
		List<TextEdit> edits = new ArrayList<>();
		byte[] bytes = Files.readAllBytes(manifestFile);
		try {
			SourceDocument document = SourceDocument.parse(WorkspaceManifest.FILE_NAME, bytes, Format.YAML,
					LoadOptions.defaults());
			for (int i = 0; i < manifest.apis().size(); i++) {
				ApiDefinition api = manifest.apis().get(i);
				if (api.rootFile() != null && root.resolve(api.rootFile()).normalize().equals(source)) {
					String pointer = "/apis/" + i + "/root"; //$NON-NLS-1$ //$NON-NLS-2$
					Node node = document.at(pointer).orElse(null);
					if (node instanceof ScalarNode) {
						edits.add(new DocumentEditor(document).setScalar(pointer,
								root.relativize(target).toString().replace('\\', '/')));
					}
				}
			}
			if (edits.isEmpty()) {
				return false;
			}
			before.put(manifestFile, bytes);
			after.put(manifestFile, document.apply(edits).toBytes());
			return true;
		} catch (DocumentException e) {
			throw new IOException(NLS.bind(Messages.Refactoring_cannotEdit, WorkspaceManifest.FILE_NAME, e.getMessage()), e);
		}
	}

	private void requireUnchanged(Path file, byte[] expected) throws IOException {
		byte[] now = Files.exists(file) ? Files.readAllBytes(file) : null;
		if (!Arrays.equals(now, expected)) {
			throw new IOException(NLS.bind(Messages.Refactoring_changedSince, relative(file)));
		}
	}

	private String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}
}
