package dev.specsync.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.Nodes;
import dev.specsync.document.SourceDocument;
import dev.specsync.merge.internal.JsonWriter;

/**
 * Keeps half-resolved merges in a Git directory, under {@code specsync/merge/} (for example
 * {@code .git/specsync/merge/}), never in the working files: one folder per file path holding the three sides,
 * a {@code state.json} with the path, the resolutions chosen so far and the side whose whole file is kept (if
 * any), and the result as edited by hand in {@code edited} (if any). Every write goes to a temporary file
 * first and is then moved into place, so a crash leaves the previous state. Not thread-safe for the same path.
 */
public final class MergeStateStore {
	private static final String STATE = "state.json"; //$NON-NLS-1$
	private static final String EDITED = "edited"; //$NON-NLS-1$
	private final Path root;

	/**
	 * A store in a Git directory.
	 *
	 * @param gitDirectory the repository's Git directory (the {@code .git} folder), never {@code null}
	 */
	public MergeStateStore(Path gitDirectory) {
		this.root = gitDirectory.resolve("specsync").resolve("merge"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The folder the states are kept in.
	 *
	 * @return {@code <git dir>/specsync/merge}
	 */
	public Path folder() {
		return root;
	}

	/**
	 * Saves (or replaces) the state of the merge of one path.
	 *
	 * @param state the state
	 * @throws IOException when it cannot be written; the previous state, if any, is then kept
	 */
	public void save(MergeState state) throws IOException {
		MergeRequest request = state.request();
		Path dir = folderOf(request.path());
		Files.createDirectories(dir);
		if (request.base() != null) {
			write(dir.resolve("base"), request.base()); //$NON-NLS-1$
		} else {
			Files.deleteIfExists(dir.resolve("base")); //$NON-NLS-1$
		}
		write(dir.resolve("ours"), request.ours()); //$NON-NLS-1$
		write(dir.resolve("theirs"), request.theirs()); //$NON-NLS-1$
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("path", request.path()); //$NON-NLS-1$
		json.put("directory", request.directory() == null ? null : request.directory().toString()); //$NON-NLS-1$
		List<Object> resolutions = new ArrayList<>();
		for (Resolution r : state.resolutions()) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("pointer", r.pointer()); //$NON-NLS-1$
			one.put("choice", r.choice().name()); //$NON-NLS-1$
			if (r.choice() == Choice.CUSTOM) {
				one.put("value", r.value()); //$NON-NLS-1$
			}
			resolutions.add(one);
		}
		json.put("resolutions", resolutions); //$NON-NLS-1$
		if (state.wholeFile() != null) {
			json.put("wholeFile", state.wholeFile().name()); //$NON-NLS-1$
		}
		byte[] edited = state.edited();
		if (edited != null) {
			write(dir.resolve(EDITED), edited);
		} else {
			Files.deleteIfExists(dir.resolve(EDITED));
		}
		write(dir.resolve(STATE), (JsonWriter.write(json, "  ") + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Loads the state of the merge of one path.
	 *
	 * @param path the file's path as in {@link MergeRequest#path()}
	 * @return the state, or empty when none is stored
	 * @throws IOException when it cannot be read or is damaged
	 */
	public Optional<MergeState> load(String path) throws IOException {
		Path dir = folderOf(path);
		if (!Files.isRegularFile(dir.resolve(STATE))) {
			return Optional.empty();
		}
		return Optional.of(read(dir));
	}

	/**
	 * Every stored merge.
	 *
	 * @return the states, sorted by path
	 * @throws IOException when the folder cannot be read or a state is damaged
	 */
	public List<MergeState> list() throws IOException {
		List<MergeState> states = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return states;
		}
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
			for (Path dir : dirs) {
				if (Files.isRegularFile(dir.resolve(STATE))) {
					states.add(read(dir));
				}
			}
		}
		states.sort((a, b) -> a.request().path().compareTo(b.request().path()));
		return states;
	}

	/**
	 * Forgets the merge of one path (after it was finished or aborted).
	 *
	 * @param path the file's path
	 * @return whether a state was stored
	 * @throws IOException when it cannot be deleted
	 */
	public boolean delete(String path) throws IOException {
		Path dir = folderOf(path);
		if (!Files.isDirectory(dir)) {
			return false;
		}
		boolean had = Files.exists(dir.resolve(STATE));
		for (String name : new String[] { STATE, EDITED, "base", "ours", "theirs" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Files.deleteIfExists(dir.resolve(name));
		}
		try (DirectoryStream<Path> rest = Files.newDirectoryStream(dir)) {
			for (Path p : rest) {
				Files.deleteIfExists(p);
			}
		}
		Files.deleteIfExists(dir);
		return had;
	}

	private MergeState read(Path dir) throws IOException {
		Object json;
		try {
			SourceDocument doc = SourceDocument.parse(dir.resolve(STATE).toString(),
					Files.readAllBytes(dir.resolve(STATE)), Format.JSON, LoadOptions.defaults());
			json = Nodes.toJava(doc.root());
		} catch (DocumentException e) {
			throw new IOException(e.getMessage(), e);
		}
		if (!(json instanceof Map<?, ?> map) || !(map.get("path") instanceof String path)) { //$NON-NLS-1$
			throw new IOException(dir.resolve(STATE) + ": not a merge state (no \"path\")"); //$NON-NLS-1$
		}
		Path base = dir.resolve("base"); //$NON-NLS-1$
		Object directory = map.get("directory"); //$NON-NLS-1$
		MergeRequest request = new MergeRequest(path, Files.exists(base) ? Files.readAllBytes(base) : null,
				Files.readAllBytes(dir.resolve("ours")), Files.readAllBytes(dir.resolve("theirs")), //$NON-NLS-1$ //$NON-NLS-2$
				directory instanceof String d ? Path.of(d) : null);
		List<Resolution> resolutions = new ArrayList<>();
		if (map.get("resolutions") instanceof List<?> list) { //$NON-NLS-1$
			for (Object o : list) {
				if (o instanceof Map<?, ?> r && r.get("pointer") instanceof String p //$NON-NLS-1$
						&& r.get("choice") instanceof String c) { //$NON-NLS-1$
					try {
						resolutions.add(new Resolution(p, Choice.valueOf(c), r.get("value"))); //$NON-NLS-1$
					} catch (IllegalArgumentException e) {
						throw new IOException(dir.resolve(STATE) + ": unknown choice '" + c + "'", e); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
		}
		Side wholeFile = null;
		if (map.get("wholeFile") instanceof String w) { //$NON-NLS-1$
			try {
				wholeFile = Side.valueOf(w);
			} catch (IllegalArgumentException e) {
				throw new IOException(dir.resolve(STATE) + ": unknown side '" + w + "'", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Path edited = dir.resolve(EDITED);
		try {
			return new MergeState(request, resolutions, wholeFile, Files.exists(edited) ? Files.readAllBytes(edited) : null);
		} catch (IllegalArgumentException e) {
			throw new IOException(dir.resolve(STATE) + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private Path folderOf(String path) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return root.resolve(HexFormat.of().formatHex(digest, 0, 16));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void write(Path file, byte[] bytes) throws IOException {
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
		Files.write(tmp, bytes);
		try {
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
