package dev.specsync.openapi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Severity;

/**
 * An OpenAPI definition as the files it is written in: a root definition plus every file reachable from it
 * through relative {@code $ref}s, each loaded once as a {@link dev.specsync.document.SourceDocument}.
 * Immutable and thread-safe once loaded.
 *
 * <p>Loading never hangs and never reads a file twice: files are keyed by their real path, reference chains
 * are followed with a visited set, and the whole set is bounded by {@link ApiLoadOptions}. Problems in the
 * referenced files and in the references themselves do not make loading fail: they are listed, positioned at
 * the {@code $ref} (or the field) concerned and with a hint, in {@link #diagnostics()}:
 * <ul>
 * <li>a root without a supported {@code swagger} or {@code openapi} version;</li>
 * <li>a reference to a file that does not exist or cannot be read or parsed (the file's own syntax errors
 * are listed too);</li>
 * <li>a JSON pointer that names nothing in its file, or is not a pointer;</li>
 * <li>a chain of references that only leads to other references and comes back (recursive schemas, whose
 * references sit below {@code properties} or {@code items}, are values and are fine);</li>
 * <li>a reference that leaves the {@linkplain ApiLoadOptions#boundary() boundary}, e.g.
 * {@code ../../etc/passwd}: refused, the file is never read;</li>
 * <li>a remote {@code http(s)://} reference: never fetched, see {@link ApiLoadOptions.RemoteReferences}.</li>
 * </ul>
 */
public final class ApiFileSet {
	private final ApiFile root;
	private final Optional<OpenApiVersion> version;
	private final List<ApiFile> files;
	private final List<Reference> references;
	private final Map<Reference, RefTarget> targets;
	private final List<Diagnostic> diagnostics;
	private final Path boundary;
	private final Map<Path, ApiFile> byPath;

	ApiFileSet(ApiFile root, Optional<OpenApiVersion> version, List<ApiFile> files, List<Reference> references,
			Map<Reference, RefTarget> targets, List<Diagnostic> diagnostics, Path boundary,
			Map<Path, ApiFile> byPath) {
		this.root = root;
		this.version = version;
		this.files = List.copyOf(files);
		this.references = List.copyOf(references);
		// the loader's own map, handed over: copying it into an immutable map compares references with equals
		// along every probe, which costs more than loading on large sets
		this.targets = Collections.unmodifiableMap(targets);
		this.diagnostics = List.copyOf(diagnostics);
		this.boundary = boundary;
		this.byPath = Map.copyOf(byPath);
	}

	/**
	 * Loads a root definition and the files it references, naming the root by its path as given.
	 *
	 * @param root the root definition file
	 * @param options limits and policies
	 * @return the set, with the problems found in {@link #diagnostics()}
	 * @throws IOException when the root itself cannot be read
	 * @throws DocumentException when the root itself is not usable JSON or YAML
	 */
	public static ApiFileSet load(Path root, ApiLoadOptions options) throws IOException, DocumentException {
		return load(root, root.toString(), options);
	}

	/**
	 * Loads a root definition and the files it references.
	 *
	 * @param root the root definition file; relative paths are resolved against the current directory
	 * @param label how messages name the root, e.g. the path the user typed; other files are named relative
	 *        to it
	 * @param options limits and policies
	 * @return the set, with the problems found in {@link #diagnostics()}
	 * @throws IOException when the root itself cannot be read
	 * @throws DocumentException when the root itself is not usable JSON or YAML
	 */
	public static ApiFileSet load(Path root, String label, ApiLoadOptions options)
			throws IOException, DocumentException {
		return new FileSetLoader(root, label, options).load();
	}

	/**
	 * The root definition.
	 *
	 * @return the first of {@link #files()}
	 */
	public ApiFile root() {
		return root;
	}

	/**
	 * The version the root declares.
	 *
	 * @return the version, or empty when the root declares none or one not supported (a diagnostic says which)
	 */
	public Optional<OpenApiVersion> version() {
		return version;
	}

	/**
	 * Every file loaded, the root first, then in the order they were first referenced.
	 *
	 * @return an unmodifiable list
	 */
	public List<ApiFile> files() {
		return files;
	}

	/**
	 * The loaded file at a path.
	 *
	 * @param path a file path; compared after making it absolute and normalized, and also as any path by which
	 *        a reference reached the file (through a symbolic link, say)
	 * @return the file, or empty when the set did not load it
	 */
	public Optional<ApiFile> file(Path path) {
		return Optional.ofNullable(byPath.get(path.toAbsolutePath().normalize()));
	}

	/**
	 * Every {@code $ref} of every loaded file, in file order and then in document order.
	 *
	 * @return an unmodifiable list
	 */
	public List<Reference> references() {
		return references;
	}

	/**
	 * Where a reference leads (one step: the target may itself be a {@code $ref} object).
	 *
	 * @param reference one of {@link #references()}
	 * @return the target, or empty when the reference is broken, refused or remote (a diagnostic says why)
	 */
	public Optional<RefTarget> target(Reference reference) {
		return Optional.ofNullable(targets.get(reference));
	}

	/**
	 * Where a reference written in a loaded file leads, whether or not that file holds it.
	 *
	 * @param from the file the reference is written in, one of {@link #files()}
	 * @param ref the reference, e.g. {@code #/components/schemas/Pet} or {@code schemas/pet.yaml}
	 * @return the target, or empty when the reference does not lead to a node of a loaded file
	 */
	public Optional<RefTarget> resolve(ApiFile from, String ref) {
		return FileSetLoader.resolveLoaded(this, from, ref);
	}

	/**
	 * The folder references were confined to.
	 *
	 * @return an absolute, real path
	 */
	public Path boundary() {
		return boundary;
	}

	/**
	 * Every problem found: the files' own diagnostics (syntax warnings, and the errors of referenced files
	 * that could not be parsed) and the reference and version problems, each with file, line and column.
	 *
	 * @return an unmodifiable list, in the order found
	 */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	/**
	 * Whether any diagnostic is an error.
	 *
	 * @return {@code true} when {@link #diagnostics()} holds a {@link Severity#ERROR}
	 */
	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
	}
}
