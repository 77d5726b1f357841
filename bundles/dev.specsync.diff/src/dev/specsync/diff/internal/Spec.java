package dev.specsync.diff.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.specsync.diff.DiffException;
import dev.specsync.diff.Location;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.JsonPointer;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.Position;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.Severity;
import dev.specsync.document.SourceDocument;
import dev.specsync.openapi.ApiFile;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.RefTarget;

/**
 * One version of an OpenAPI description with the helpers the comparison needs: child lookup, {@code $ref}
 * resolution and positions. A version is one document (internal references only) or an {@link ApiFileSet}
 * (references into the other files of the set are followed the same way, so moving a component into another file
 * changes nothing). Swagger 2.0 and OpenAPI 3.x are both read; {@link Operations} turns either into the same
 * operation model. Not thread-safe (it caches resolved references); one per diff.
 */
final class Spec {

	private static final int MAX_REF_HOPS = 64;

	final SpecFile rootFile;
	final MappingNode root;
	final boolean swagger2;
	private final ApiFileSet set;
	private final Map<ApiFile, SpecFile> files = new IdentityHashMap<>();
	private final Map<SpecFile, Map<String, At>> resolved = new HashMap<>();

	Spec(SourceDocument document) throws DiffException {
		this(new SpecFile(document, document.path(), null), null);
	}

	Spec(ApiFileSet set) throws DiffException {
		this(new SpecFile(set.root().document(), set.root().label(), set.root()), set);
		for (Diagnostic d : set.diagnostics()) {
			if (d.severity() == Severity.ERROR) {
				throw new DiffException(NLS.bind(Messages.Diff_invalidFileSet, new Object[] { rootFile.label(),
						d.path() + (d.line() > 0 ? ":" + d.line() + ':' + d.column() : ""), d.message() })); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private Spec(SpecFile rootFile, ApiFileSet set) throws DiffException {
		this.rootFile = rootFile;
		this.set = set;
		if (set != null) {
			files.put(set.root(), rootFile);
		}
		Node r = Nodes.resolveAlias(rootFile.document().root());
		if (!(r instanceof MappingNode m) || (m.get("openapi") == null && m.get("swagger") == null)) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new DiffException(NLS.bind(Messages.Diff_notOpenApi, rootFile.label()));
		}
		this.root = m;
		this.swagger2 = m.get("openapi") == null; //$NON-NLS-1$
	}

	/** How reports name this version: the root file's label. */
	String label() {
		return rootFile.label();
	}

	/** The child of a mapping, aliases resolved, or null (also when {@code at} is not a mapping). */
	static At child(At at, String key) {
		if (at != null && at.node() instanceof MappingNode m) {
			Node v = m.get(key);
			if (v != null) {
				return new At(Nodes.resolveAlias(v), at.pointer().append(key), at.file());
			}
		}
		return null;
	}

	/** The entries of a mapping child in source order (first of duplicate keys), empty when there is none. */
	static Map<String, At> entries(At at) {
		if (at == null || !(at.node() instanceof MappingNode m) || m.size() == 0) {
			return Map.of();
		}
		Map<String, At> out = new LinkedHashMap<>();
		for (int i = 0; i < m.size(); i++) {
			String k = m.keyText(i);
			if (k != null && !out.containsKey(k)) {
				out.put(k, new At(Nodes.resolveAlias(m.value(i)), at.pointer().append(k), at.file()));
			}
		}
		return out;
	}

	/** The items of a sequence, empty when {@code at} is not one. */
	static List<At> items(At at) {
		if (at == null || !(at.node() instanceof SequenceNode s) || s.size() == 0) {
			return List.of();
		}
		List<At> out = new ArrayList<>(s.size());
		for (int i = 0; i < s.size(); i++) {
			out.add(new At(Nodes.resolveAlias(s.get(i)), at.pointer().append(Integer.toString(i)), at.file()));
		}
		return out;
	}

	/** A scalar child's text, or null. */
	static String text(At at, String key) {
		At c = child(at, key);
		return c != null && c.node() instanceof ScalarNode s && s.toJava() != null ? s.value() : null;
	}

	/** A boolean child, {@code false} when absent. */
	static boolean flag(At at, String key) {
		At c = child(at, key);
		return c != null && c.node() instanceof ScalarNode s && Boolean.TRUE.equals(s.toJava());
	}

	/** The reference of a node (the {@code $ref} value), or null. */
	static String ref(At at) {
		return text(at, "$ref"); //$NON-NLS-1$
	}

	/**
	 * Follows {@code $ref}s until a node that is not one; an unresolvable or looping reference stays as it is.
	 * A single document follows its internal references only, a file set also those into its other files.
	 */
	At deref(At at) {
		At current = at;
		for (int hops = 0; current != null && hops < MAX_REF_HOPS; hops++) {
			String r = ref(current);
			if (r == null) {
				return current;
			}
			At next = resolve(current.file(), r);
			if (next == null) {
				return current;
			}
			current = next;
		}
		return current;
	}

	/** Where a reference written in a file leads, cached per file and text; null when it leads nowhere. */
	At resolve(SpecFile from, String ref) {
		Map<String, At> cache = resolved.computeIfAbsent(from, f -> new HashMap<>());
		At hit = cache.get(ref);
		if (hit == null && !cache.containsKey(ref)) {
			hit = lookUp(from, ref);
			cache.put(ref, hit);
		}
		return hit;
	}

	private At lookUp(SpecFile from, String ref) {
		if (set != null) {
			Optional<RefTarget> t = set.resolve(from.apiFile(), ref);
			if (t.isEmpty()) {
				return null;
			}
			RefTarget target = t.get();
			SpecFile file = files.computeIfAbsent(target.file(),
					f -> new SpecFile(f.document(), f.label(), f));
			return new At(Nodes.resolveAlias(target.node()), Pointer.of(target.pointer()), file);
		}
		if (!ref.startsWith("#")) { //$NON-NLS-1$
			return null;
		}
		try {
			JsonPointer target = JsonPointer.parse(ref.substring(1));
			Node n = target.resolve(from.document().root());
			return n == null ? null : new At(Nodes.resolveAlias(n), Pointer.of(target), from);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/**
	 * The name a reference gives its target: the last token of its pointer, or the file name without extension
	 * for a whole-file reference; null when {@code at} is not a reference.
	 */
	String refName(At at) {
		if (ref(at) == null) {
			return null;
		}
		At target = deref(at);
		if (!target.pointer().isRoot()) {
			return target.pointer().last();
		}
		String name = target.file().label();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/** The root as an {@link At}. */
	At rootAt() {
		return new At(root, Pointer.ROOT, rootFile);
	}

	/** Where a node is, for the report. */
	Location location(At at) {
		Position p = at.file().document().start(at.node());
		return new Location(at.file().label(), at.pointer().toString(), p.line(), p.column());
	}

	/** Media types as the comparison matches them: lower case, without parameters' spacing. */
	static String mediaType(String raw) {
		return raw.toLowerCase(Locale.ROOT).replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
