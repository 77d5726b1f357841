package dev.specsync.openapi.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.specsync.document.DocumentEditor;
import dev.specsync.document.DocumentException;
import dev.specsync.document.JsonPointer;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.ScalarType;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.SourceDocument;
import dev.specsync.document.TextEdit;
import dev.specsync.openapi.ApiFile;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.OpenApiVersion;
import dev.specsync.openapi.RefTarget;

/**
 * Turns a multi-file {@link ApiFileSet} into one document. The root is edited in place, so its text, comments
 * and style stay as they are: a reference to another file becomes a reference into the bundled document, to a
 * copy of the target added under {@code components} (OpenAPI 3) or at the top level (Swagger 2.0) with a name
 * taken from the target (its last pointer token, else its file name) and made unique by a numeric suffix in
 * the order targets are first met. A root component that is only a reference to another file receives the
 * target's content in its place. Targets with no shared section (path items before OpenAPI 3.1, anything
 * outside the OpenAPI structure) are copied where they are referenced. References inside the root stay as
 * they are. One instance bundles one set, once; not thread-safe.
 */
final class Bundler {
	private static final String REF = "$ref"; //$NON-NLS-1$
	private static final Set<String> DATA_KEYS = Set.of("example", "default", "enum", "const"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final ApiFileSet set;
	private final ApiFile root;
	private final OpenApiVersion version;
	private final Map<String, String> refs = new HashMap<>();
	private final Map<String, Set<String>> names = new HashMap<>();
	private final List<Pending> pending = new ArrayList<>();
	private final Deque<String> inlining = new ArrayDeque<>();

	/**
	 * @param set a set without errors whose version is known
	 */
	Bundler(ApiFileSet set) {
		this.set = set;
		this.root = set.root();
		this.version = set.version().orElseThrow();
	}

	/**
	 * Bundles the set.
	 *
	 * @return the bundled document, in the root's format and style
	 * @throws BundleException when a reference cannot be bundled (a cycle through objects that have no shared
	 *         section) or the edited root cannot be parsed again
	 */
	SourceDocument bundle() throws BundleException {
		SourceDocument doc = root.document();
		for (Slot.Kind kind : Slot.Kind.values()) {
			String section = kind.section(version);
			if (section != null && doc.at(sectionPointer(section)).orElse(null) instanceof MappingNode m) {
				Set<String> used = names.computeIfAbsent(section, s -> new HashSet<>());
				for (int i = 0; i < m.size(); i++) {
					used.add(m.keyText(i));
				}
			}
		}
		List<Site> sites = new ArrayList<>();
		sites(doc.root(), new ArrayDeque<>(), Slot.DOCUMENT, sites);
		for (Site site : sites) {
			String section = site.slot.kind().section(version);
			if (site.target != null && site.target.file() != root && section != null && single(site.slot)
					&& site.pointer.parent().toString().equals(sectionPointer(section))) {
				refs.putIfAbsent(key(site.target), '#' + site.pointer.toString());
			}
		}
		DocumentEditor editor = new DocumentEditor(doc);
		List<TextEdit> edits = new ArrayList<>();
		for (Site site : sites) {
			RefTarget target = site.target;
			String refPointer = site.pointer.append(REF).toString();
			if (target == null) {
				continue;
			}
			if (target.file() == root) {
				if (!site.text.startsWith("#")) { //$NON-NLS-1$
					edits.add(editor.setScalar(refPointer, '#' + target.pointer().toString()));
				}
			} else if (('#' + site.pointer.toString()).equals(refs.get(key(target)))) {
				edits.add(editor.replace(site.pointer.toString(), merge(inline(target, site.slot), root, site.node)));
			} else if (site.slot.kind().section(version) != null && single(site.slot)) {
				edits.add(editor.setScalar(refPointer, assign(target, site.slot)));
			} else {
				edits.add(editor.replace(site.pointer.toString(), merge(inline(target, site.slot), root, site.node)));
			}
		}
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < pending.size(); i++) {
			Pending p = pending.get(i);
			values.add(value(p.target.file(), p.target.node(), p.slot));
		}
		try {
			if (!edits.isEmpty()) {
				doc = doc.apply(edits);
			}
			for (int i = 0; i < pending.size(); i++) {
				doc = add(doc, pending.get(i), values.get(i));
			}
		} catch (DocumentException e) {
			throw new BundleException(NLS.bind(Messages.Bundler_unparsable, e.getMessage()));
		}
		return doc;
	}

	private SourceDocument add(SourceDocument doc, Pending p, Object value) throws DocumentException {
		String sectionPointer = sectionPointer(p.section);
		DocumentEditor editor = new DocumentEditor(doc);
		if (doc.at(sectionPointer).isPresent()) {
			return doc.apply(editor.addEntry(sectionPointer, p.name, value, null));
		}
		Map<String, Object> entries = new LinkedHashMap<>();
		entries.put(p.name, value);
		if (!version.isOpenApi3()) {
			return doc.apply(editor.addEntry("", p.section, entries, null)); //$NON-NLS-1$
		}
		if (doc.at("/components").isPresent()) { //$NON-NLS-1$
			return doc.apply(editor.addEntry("/components", p.section, entries, null)); //$NON-NLS-1$
		}
		Map<String, Object> components = new LinkedHashMap<>();
		components.put(p.section, entries);
		return doc.apply(editor.addEntry("", "components", components, null)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The {@code $ref} objects of the root, not looking into them, with where they lead. */
	private void sites(Node node, Deque<String> path, Slot slot, List<Site> out) {
		if (node instanceof MappingNode m) {
			if (m.get(REF) instanceof ScalarNode s && s.type() == ScalarType.STRING) {
				out.add(new Site(JsonPointer.of(new ArrayList<>(path)), m, s.value(), slot,
						set.resolve(root, s.value()).orElse(null)));
				return;
			}
			for (int i = 0; i < m.size(); i++) {
				String k = m.keyText(i);
				if (k != null && !data(slot, k, m.value(i))) {
					path.addLast(k);
					sites(m.value(i), path, slot.member(k, version), out);
					path.removeLast();
				}
			}
		} else if (node instanceof SequenceNode s) {
			for (int i = 0; i < s.size(); i++) {
				path.addLast(Integer.toString(i));
				sites(s.get(i), path, slot.item(), out);
				path.removeLast();
			}
		}
	}

	/** A node of any file as plain Java values, its references rewritten for the bundled document. */
	private Object value(ApiFile file, Node node, Slot slot) throws BundleException {
		Node n = Nodes.resolveAlias(node);
		if (n instanceof MappingNode m) {
			if (m.get(REF) instanceof ScalarNode s && s.type() == ScalarType.STRING) {
				Optional<RefTarget> found = set.resolve(file, s.value());
				if (found.isEmpty()) {
					return Nodes.toJava(m);
				}
				RefTarget target = found.get();
				if (target.file() == root) {
					return withRef(m, '#' + target.pointer().toString(), file, slot);
				}
				if (slot.kind().section(version) != null && single(slot)) {
					return withRef(m, assign(target, slot), file, slot);
				}
				return merge(inline(target, slot), file, m);
			}
			Map<String, Object> map = new LinkedHashMap<>();
			for (int i = 0; i < m.size(); i++) {
				String k = m.keyText(i);
				String name = k != null ? k : String.valueOf(Nodes.toJava(m.key(i)));
				if (!map.containsKey(name)) {
					map.put(name, k == null || data(slot, k, m.value(i)) ? Nodes.toJava(m.value(i))
							: value(file, m.value(i), slot.member(k, version)));
				}
			}
			return map;
		}
		if (n instanceof SequenceNode s) {
			List<Object> list = new ArrayList<>(s.size());
			for (int i = 0; i < s.size(); i++) {
				list.add(value(file, s.get(i), slot.item()));
			}
			return list;
		}
		return Nodes.toJava(n);
	}

	private Object inline(RefTarget target, Slot slot) throws BundleException {
		String key = key(target);
		if (inlining.contains(key)) {
			throw new BundleException(NLS.bind(Messages.Bundler_cycle, target.location(), version.label()));
		}
		inlining.push(key);
		try {
			return value(target.file(), target.node(), slot);
		} finally {
			inlining.pop();
		}
	}

	/** A copy of a {@code $ref} object with a new reference; its other members (3.1 summaries) are kept. */
	private Object withRef(MappingNode m, String ref, ApiFile file, Slot slot) throws BundleException {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < m.size(); i++) {
			String k = m.keyText(i);
			if (REF.equals(k)) {
				map.put(REF, ref);
			} else if (k != null && !map.containsKey(k)) {
				map.put(k, value(file, m.value(i), slot.member(k, version)));
			}
		}
		return map;
	}

	/** A copied target with the other members of the {@code $ref} object that named it laid over it. */
	private Object merge(Object target, ApiFile file, MappingNode refObject) throws BundleException {
		if (refObject.size() == 1 || !(target instanceof Map<?, ?> targetMap)) {
			return target;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (Map.Entry<?, ?> e : targetMap.entrySet()) {
			map.put(String.valueOf(e.getKey()), e.getValue());
		}
		for (int i = 0; i < refObject.size(); i++) {
			String k = refObject.keyText(i);
			if (k != null && !REF.equals(k)) {
				map.put(k, value(file, refObject.value(i), Slot.OTHER));
			}
		}
		return map;
	}

	private String assign(RefTarget target, Slot slot) {
		String key = key(target);
		String ref = refs.get(key);
		if (ref != null) {
			return ref;
		}
		String section = slot.kind().section(version);
		Set<String> used = names.computeIfAbsent(section, s -> new HashSet<>());
		String base = baseName(target);
		String name = base;
		for (int n = 2; used.contains(name); n++) {
			name = base + '_' + n;
		}
		used.add(name);
		ref = '#' + sectionPointer(section) + '/' + JsonPointer.escape(name);
		refs.put(key, ref);
		pending.add(new Pending(section, name, target, Slot.one(slot.kind())));
		return ref;
	}

	private static String baseName(RefTarget target) {
		String name = target.pointer().last();
		if (name == null || name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
			name = target.file().path().getFileName().toString();
			int dot = name.indexOf('.');
			name = dot > 0 ? name.substring(0, dot) : name;
		}
		String clean = name.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return clean.isEmpty() ? "ref" : clean; //$NON-NLS-1$
	}

	private String sectionPointer(String section) {
		return version.isOpenApi3() ? "/components/" + section : '/' + section; //$NON-NLS-1$
	}

	private static boolean single(Slot slot) {
		return !slot.mapOf() && !slot.listOf();
	}

	/** Members whose values are example data, where a {@code $ref} is not a reference. */
	private static boolean data(Slot slot, String key, Node value) {
		return DATA_KEYS.contains(key) || (slot.kind() == Slot.Kind.EXAMPLE && single(slot) && "value".equals(key)) //$NON-NLS-1$
				|| ("examples".equals(key) && value instanceof SequenceNode); //$NON-NLS-1$
	}

	private static String key(RefTarget target) {
		return target.file().path() + "#" + target.pointer(); //$NON-NLS-1$
	}

	private record Site(JsonPointer pointer, MappingNode node, String text, Slot slot, RefTarget target) {
	}

	private record Pending(String section, String name, RefTarget target, Slot slot) {
	}

	/** A set that cannot be bundled; the message is for the user. */
	static final class BundleException extends Exception {
		private static final long serialVersionUID = 1L;

		BundleException(String message) {
			super(message);
		}
	}
}
