package dev.specsync.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.JsonPointer;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.Position;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.ScalarType;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.Severity;
import dev.specsync.document.SourceDocument;
import dev.specsync.openapi.ApiLoadOptions.RemoteReferences;
import dev.specsync.openapi.internal.Messages;

/** Loads one {@link ApiFileSet}: breadth first over the references, each file read once. Not thread-safe. */
final class FileSetLoader {
	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*"); //$NON-NLS-1$
	private static final Set<String> DATA_KEYS = Set.of("example", "default", "enum", "const"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String REF = "$ref"; //$NON-NLS-1$

	private final Path rootPath;
	private final String rootLabel;
	private final ApiLoadOptions options;
	private final Map<Path, ApiFile> byReal = new HashMap<>();
	private final Map<Path, ApiFile> byPath = new HashMap<>();
	private final Set<Path> failed = new HashSet<>();
	private final List<ApiFile> files = new ArrayList<>();
	private final List<Reference> references = new ArrayList<>();
	private final Map<Reference, RefTarget> targets = new LinkedHashMap<>();
	/** The same, by identity: {@link #findCycles()} looks every reference up, and a record's hash walks its pointer. */
	private final Map<Reference, RefTarget> targetOf = new IdentityHashMap<>();
	/** Per file, the references written in it that resolved, by text: most texts recur many times. */
	private final Map<ApiFile, Map<String, RefTarget>> resolvedTexts = new IdentityHashMap<>();
	private final List<Diagnostic> diagnostics = new ArrayList<>();
	private Path boundary;
	private Path boundaryReal;
	private Path rootFolder;
	private long bytesLeft;

	FileSetLoader(Path root, String label, ApiLoadOptions options) {
		this.rootPath = root.toAbsolutePath().normalize();
		this.rootLabel = label;
		this.options = options;
	}

	ApiFileSet load() throws IOException, DocumentException {
		rootFolder = rootPath.getParent();
		boundary = options.boundary() != null ? options.boundary().toAbsolutePath().normalize()
				: defaultBoundary(rootFolder);
		try {
			boundaryReal = boundary.toRealPath();
		} catch (IOException e) {
			boundaryReal = boundary;
		}
		bytesLeft = options.documents().maxBytes();
		SourceDocument document = read(rootPath, rootLabel);
		ApiFile root = new ApiFile(rootPath, rootLabel, document);
		add(root, realOrSelf(rootPath));
		Optional<OpenApiVersion> version = detectVersion(root);
		Deque<ApiFile> queue = new ArrayDeque<>();
		queue.add(root);
		while (!queue.isEmpty()) {
			ApiFile file = queue.poll();
			List<Reference> found = new ArrayList<>();
			scan(file, file.document().root(), new ArrayDeque<>(), null, null, found);
			for (Reference ref : found) {
				references.add(ref);
				ApiFile loaded = follow(ref);
				if (loaded != null) {
					queue.add(loaded);
				}
			}
		}
		findCycles();
		return new ApiFileSet(root, version, files, references, targets, diagnostics, boundaryReal, byPath);
	}

	private static Path defaultBoundary(Path folder) {
		for (Path p = folder; p != null; p = p.getParent()) {
			if (Files.exists(p.resolve(".git"))) { //$NON-NLS-1$
				return p;
			}
		}
		return folder;
	}

	private static Path realOrSelf(Path p) {
		try {
			return p.toRealPath();
		} catch (IOException e) {
			return p;
		}
	}

	private void add(ApiFile file, Path real) {
		files.add(file);
		byReal.put(real, file);
		byPath.put(file.path(), file);
		diagnostics.addAll(file.document().diagnostics());
	}

	private SourceDocument read(Path path, String label) throws IOException, DocumentException {
		long limit = Math.min(options.documents().maxBytes(), bytesLeft);
		long size = Files.size(path);
		if (size > limit) {
			throw new DocumentException(new Diagnostic(Severity.ERROR, label, 0, 0,
					NLS.bind(Messages.ApiFileSet_tooLarge, Long.valueOf(size), Long.valueOf(limit)),
					Messages.ApiFileSet_tooLargeHint));
		}
		byte[] bytes;
		try (InputStream in = Files.newInputStream(path)) {
			bytes = in.readNBytes((int) limit + 1);
		}
		if (bytes.length > limit) {
			throw new DocumentException(new Diagnostic(Severity.ERROR, label, 0, 0,
					NLS.bind(Messages.ApiFileSet_tooLarge, Long.valueOf(bytes.length), Long.valueOf(limit)),
					Messages.ApiFileSet_tooLargeHint));
		}
		bytesLeft -= bytes.length;
		return SourceDocument.parse(label, bytes, Format.fromFileName(path.getFileName().toString()),
				options.documents());
	}

	private String label(Path path) {
		Path relative = rootFolder.relativize(path);
		Path typed = Path.of(rootLabel).getParent();
		return (typed == null ? relative : typed.resolve(relative)).normalize().toString();
	}

	private Optional<OpenApiVersion> detectVersion(ApiFile root) {
		Node node = Nodes.resolveAlias(root.document().root());
		if (node instanceof MappingNode m) {
			for (String field : new String[] { "openapi", "swagger" }) { //$NON-NLS-1$ //$NON-NLS-2$
				Node value = m.get(field);
				if (value == null) {
					continue;
				}
				String text = Nodes.resolveAlias(value) instanceof ScalarNode s ? s.value() : ""; //$NON-NLS-1$
				Optional<OpenApiVersion> version = OpenApiVersion.of(field, text);
				if (version.isEmpty()) {
					report(root, value, Severity.ERROR, NLS.bind(Messages.ApiFileSet_unsupportedVersion, field, text),
							NLS.bind(Messages.ApiFileSet_supportedVersions, OpenApiVersion.supported()));
				}
				return version;
			}
		}
		report(root, root.document().root(), Severity.ERROR, Messages.ApiFileSet_noVersion,
				NLS.bind(Messages.ApiFileSet_supportedVersions, OpenApiVersion.supported()));
		return Optional.empty();
	}

	/** Collects the {@code $ref}s below {@code node}; {@code path} holds the keys from the root. */
	private static void scan(ApiFile file, Node node, Deque<String> path, String key, String parentKey,
			List<Reference> found) {
		if (node instanceof MappingNode m) {
			Node ref = m.get(REF);
			if (ref instanceof ScalarNode s && s.type() == ScalarType.STRING) {
				found.add(new Reference(file, JsonPointer.of(new ArrayList<>(path)), s, s.value()));
			}
			for (int i = 0; i < m.size(); i++) {
				String k = m.keyText(i);
				if (k == null || k.equals(REF) || DATA_KEYS.contains(k)
						|| ("value".equals(k) && "examples".equals(parentKey)) //$NON-NLS-1$ //$NON-NLS-2$
						|| ("examples".equals(k) && m.value(i) instanceof SequenceNode)) { //$NON-NLS-1$
					continue;
				}
				path.addLast(k);
				scan(file, m.value(i), path, k, key, found);
				path.removeLast();
			}
		} else if (node instanceof SequenceNode s) {
			for (int i = 0; i < s.size(); i++) {
				path.addLast(Integer.toString(i));
				scan(file, s.get(i), path, null, key, found);
				path.removeLast();
			}
		}
	}

	/** Resolves one reference, loading its file when it is new; returns that new file, or null. */
	private ApiFile follow(Reference ref) {
		ApiFile from = ref.file();
		String text = ref.text();
		Map<String, RefTarget> resolved = resolvedTexts.computeIfAbsent(from, f -> new HashMap<>());
		RefTarget known = resolved.get(text);
		if (known != null) {
			// the same text in the same file leads to the same place, and resolving it again would say nothing new
			targets.put(ref, known);
			targetOf.put(ref, known);
			return null;
		}
		int hash = text.indexOf('#');
		String filePart = hash < 0 ? text : text.substring(0, hash);
		String fragment = hash < 0 ? "" : decode(text.substring(hash + 1)); //$NON-NLS-1$
		if (SCHEME.matcher(filePart).matches()) {
			String scheme = filePart.substring(0, filePart.indexOf(':')).toLowerCase(Locale.ROOT);
			if (scheme.equals("http") || scheme.equals("https")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (options.remoteReferences() == RemoteReferences.OFF) {
					report(ref, Severity.ERROR, NLS.bind(Messages.ApiFileSet_remoteOff, text), Messages.ApiFileSet_remoteOffHint);
				} else {
					report(ref, Severity.WARNING, NLS.bind(Messages.ApiFileSet_remoteNotFetched, text),
							Messages.ApiFileSet_remoteNotFetchedHint);
				}
			} else {
				report(ref, Severity.ERROR, NLS.bind(Messages.ApiFileSet_unsupportedScheme, text, scheme),
						Messages.ApiFileSet_unsupportedSchemeHint);
			}
			return null;
		}
		ApiFile target = from;
		ApiFile loaded = null;
		if (!filePart.isEmpty()) {
			int query = filePart.indexOf('?');
			String name = decode(query < 0 ? filePart : filePart.substring(0, query));
			Path path;
			try {
				path = from.path().resolveSibling(name).normalize();
			} catch (InvalidPathException e) {
				report(ref, Severity.ERROR, NLS.bind(Messages.ApiFileSet_badPath, text), null);
				return null;
			}
			if (!path.startsWith(boundary)) {
				report(ref, Severity.ERROR, NLS.bind(Messages.ApiFileSet_escapes, text, boundary),
						Messages.ApiFileSet_escapesHint);
				return null;
			}
			String label = label(path);
			if (!Files.isRegularFile(path)) {
				report(ref, Severity.ERROR,
						NLS.bind(Files.isDirectory(path) ? Messages.ApiFileSet_folder : Messages.ApiFileSet_missingFile,
								text, label),
						NLS.bind(Messages.ApiFileSet_missingFileHint, from.label()));
				return null;
			}
			Path real = realOrSelf(path);
			if (!real.startsWith(boundaryReal)) {
				report(ref, Severity.ERROR, NLS.bind(Messages.ApiFileSet_escapesByLink, text, boundary),
						Messages.ApiFileSet_escapesHint);
				return null;
			}
			target = byReal.get(real);
			if (target == null) {
				if (failed.contains(real)) {
					return null;
				}
				if (files.size() >= options.maxFiles()) {
					failed.add(real);
					report(ref, Severity.ERROR, NLS.bind(Messages.ApiFileSet_tooManyFiles, text,
							Integer.valueOf(options.maxFiles())), Messages.ApiFileSet_tooManyFilesHint);
					return null;
				}
				try {
					target = new ApiFile(path, label, read(path, label));
				} catch (IOException e) {
					failed.add(real);
					report(ref, Severity.ERROR, NLS.bind(Messages.ApiFileSet_unreadable, new Object[] { text, label,
							e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage() }), null);
					return null;
				} catch (DocumentException e) {
					failed.add(real);
					diagnostics.addAll(e.diagnostics());
					report(ref, Severity.ERROR, NLS.bind(Messages.ApiFileSet_unusable, text, label),
							NLS.bind(Messages.ApiFileSet_unusableHint, label));
					return null;
				}
				add(target, real);
				loaded = target;
			}
			byPath.putIfAbsent(path, target);
		}
		JsonPointer pointer;
		if (fragment.isEmpty()) {
			pointer = JsonPointer.ROOT;
		} else {
			try {
				pointer = JsonPointer.parse(fragment);
			} catch (IllegalArgumentException e) {
				report(ref, Severity.ERROR, NLS.bind(Messages.ApiFileSet_notAPointer, text, fragment),
						Messages.ApiFileSet_notAPointerHint);
				return loaded;
			}
		}
		Node node = pointer.resolve(target.document().root());
		if (node == null) {
			report(ref, Severity.ERROR, NLS.bind(Messages.ApiFileSet_missingPointer,
					new Object[] { text, target.label(), pointer }), missingPointerHint(target, pointer));
		} else {
			RefTarget t = new RefTarget(target, pointer, node);
			targets.put(ref, t);
			targetOf.put(ref, t);
			resolved.put(text, t);
		}
		return loaded;
	}

	private static String missingPointerHint(ApiFile file, JsonPointer pointer) {
		List<String> tokens = pointer.tokens();
		for (int i = tokens.size() - 1; i >= 0; i--) {
			JsonPointer prefix = JsonPointer.of(tokens.subList(0, i));
			Node node = Nodes.resolveAlias(prefix.resolve(file.document().root()));
			if (node == null) {
				continue;
			}
			if (node instanceof MappingNode m && m.size() > 0) {
				List<String> keys = new ArrayList<>();
				for (int k = 0; k < m.size() && k < 10; k++) {
					keys.add(m.keyText(k));
				}
				String more = m.size() > 10 ? ", ..." : ""; //$NON-NLS-1$ //$NON-NLS-2$
				return NLS.bind(Messages.ApiFileSet_missingPointerKeys, new Object[] {
						prefix.isRoot() ? "/" : prefix.toString(), tokens.get(i), String.join(", ", keys) + more }); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return NLS.bind(Messages.ApiFileSet_missingPointerPrefix, prefix.isRoot() ? "/" : prefix.toString(), //$NON-NLS-1$
					tokens.get(i));
		}
		return null;
	}

	/** Reports chains of references that only lead to other references and come back, each cycle once. */
	private void findCycles() {
		// the object holding a reference, by its $ref value node: a target that is such an object continues the chain
		Map<Node, Reference> holders = new IdentityHashMap<>();
		for (Reference ref : references) {
			holders.putIfAbsent(ref.value(), ref);
		}
		Set<Reference> done = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Reference start : references) {
			if (done.contains(start)) {
				continue;
			}
			// nearly every chain is one reference long: a list, searched by identity, instead of a hash set
			List<Reference> chain = new ArrayList<>(2);
			Reference current = start;
			while (current != null && !done.contains(current)) {
				if (containsIdentical(chain, current)) {
					reportCycle(chain, current);
					break;
				}
				chain.add(current);
				RefTarget target = targetOf.get(current);
				current = target != null && target.node() instanceof MappingNode m
						&& m.get(REF) instanceof ScalarNode v ? holders.get(v) : null;
			}
			done.addAll(chain);
		}
	}

	private static boolean containsIdentical(List<Reference> chain, Reference ref) {
		for (Reference r : chain) {
			if (r == ref) {
				return true;
			}
		}
		return false;
	}

	private void reportCycle(List<Reference> chain, Reference first) {
		List<Reference> loop = chain.subList(chain.indexOf(first), chain.size());
		StringBuilder steps = new StringBuilder();
		for (Reference r : loop) {
			steps.append(r.location()).append(" '").append(r.text()).append("' -> "); //$NON-NLS-1$ //$NON-NLS-2$
		}
		steps.append(first.location());
		report(first, Severity.ERROR, NLS.bind(Messages.ApiFileSet_cycle, steps), Messages.ApiFileSet_cycleHint);
	}

	private void report(Reference ref, Severity severity, String message, String hint) {
		report(ref.file(), ref.value(), severity, message, hint);
	}

	private void report(ApiFile file, Node node, Severity severity, String message, String hint) {
		Position p = file.document().start(node);
		diagnostics.add(new Diagnostic(severity, file.label(), p.line(), p.column(), message, hint));
	}

	private static String decode(String s) {
		if (s.indexOf('%') < 0) {
			return s;
		}
		try {
			return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException e) {
			return s;
		}
	}

	/** {@link ApiFileSet#resolve}: the same rules as loading, over the files already loaded. */
	static Optional<RefTarget> resolveLoaded(ApiFileSet set, ApiFile from, String text) {
		int hash = text.indexOf('#');
		String filePart = hash < 0 ? text : text.substring(0, hash);
		String fragment = hash < 0 ? "" : decode(text.substring(hash + 1)); //$NON-NLS-1$
		if (SCHEME.matcher(filePart).matches()) {
			return Optional.empty();
		}
		ApiFile target = from;
		if (!filePart.isEmpty()) {
			int query = filePart.indexOf('?');
			try {
				Path path = from.path().resolveSibling(decode(query < 0 ? filePart : filePart.substring(0, query)))
						.normalize();
				Optional<ApiFile> file = set.file(path);
				if (file.isEmpty()) {
					return Optional.empty();
				}
				target = file.get();
			} catch (InvalidPathException e) {
				return Optional.empty();
			}
		}
		try {
			JsonPointer pointer = fragment.isEmpty() ? JsonPointer.ROOT : JsonPointer.parse(fragment);
			Node node = pointer.resolve(target.document().root());
			return node == null ? Optional.empty() : Optional.of(new RefTarget(target, pointer, node));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
