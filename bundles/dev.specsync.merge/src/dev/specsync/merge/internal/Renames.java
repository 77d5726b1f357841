package dev.specsync.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.specsync.document.DocumentEditor;
import dev.specsync.document.DocumentException;
import dev.specsync.document.JsonPointer;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.TextEdit;

/**
 * Rename-aware merging of reusable components: a component that one side removed while adding another with the
 * same content (its own references renamed) is a rename, and the rename is carried to the other side and to the
 * base (the key and every {@code $ref} to it) before the trees are merged. The other side's new references to the
 * old name then follow the rename, and its edits of the component land on the new name. Renames both sides made
 * alike, or that the two sides made differently, are not carried. Stateless.
 */
final class Renames {
	/** Where reusable components live, in OpenAPI 3.x and Swagger 2.0. */
	private static final List<List<String>> CONTAINERS = List.of(List.of("definitions"), //$NON-NLS-1$
			List.of("parameters"), List.of("responses"), List.of("securityDefinitions"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List.of("components", "schemas"), List.of("components", "responses"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			List.of("components", "parameters"), List.of("components", "examples"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			List.of("components", "requestBodies"), List.of("components", "headers"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			List.of("components", "securitySchemes"), List.of("components", "links"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			List.of("components", "callbacks"), List.of("components", "pathItems")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private Renames() {
	}

	/** A component renamed: the container pointer, the old and the new key. */
	record Rename(String container, String from, String to) {
		String oldRef() {
			return "#" + container + "/" + JsonPointer.escape(from); //$NON-NLS-1$ //$NON-NLS-2$
		}

		String newRef() {
			return "#" + container + "/" + JsonPointer.escape(to); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The three versions after carrying renames. */
	record Carried(Version base, Version ours, Version theirs) {
	}

	static Carried carry(Version base, Version ours, Version theirs) {
		if (base == null) {
			return new Carried(null, ours, theirs);
		}
		List<Rename> byOurs = detect(base, ours);
		List<Rename> byTheirs = detect(base, theirs);
		if (byOurs.isEmpty() && byTheirs.isEmpty()) {
			return new Carried(base, ours, theirs);
		}
		Set<String> oursFrom = new HashSet<>();
		byOurs.forEach(r -> oursFrom.add(r.container() + "/" + r.from())); //$NON-NLS-1$
		Set<String> theirsFrom = new HashSet<>();
		byTheirs.forEach(r -> theirsFrom.add(r.container() + "/" + r.from())); //$NON-NLS-1$
		List<Rename> fromOurs = byOurs.stream().filter(r -> !theirsFrom.contains(r.container() + "/" + r.from())) //$NON-NLS-1$
				.toList();
		List<Rename> fromTheirs = byTheirs.stream()
				.filter(r -> !oursFrom.contains(r.container() + "/" + r.from())).toList(); //$NON-NLS-1$
		List<Rename> all = new ArrayList<>(fromOurs);
		all.addAll(fromTheirs);
		return new Carried(apply(base, all), apply(ours, fromTheirs), apply(theirs, fromOurs));
	}

	static List<Rename> detect(Version base, Version side) {
		List<Rename> out = new ArrayList<>();
		for (List<String> c : CONTAINERS) {
			JsonPointer p = JsonPointer.of(c);
			if (!(Nodes.resolveAlias(p.resolve(base.root())) instanceof MappingNode bm)
					|| !(Nodes.resolveAlias(p.resolve(side.root())) instanceof MappingNode sm)) {
				continue;
			}
			String container = p.toString();
			Map<String, String> added = new LinkedHashMap<>();
			for (int i = 0; i < sm.size(); i++) {
				String k = sm.keyText(i);
				if (k != null && bm.indexOf(k) < 0) {
					added.put(k, Values.canonical(sm.value(i)));
				}
			}
			if (added.isEmpty()) {
				continue;
			}
			Map<String, List<String>> candidates = new HashMap<>();
			for (int i = 0; i < bm.size(); i++) {
				String k = bm.keyText(i);
				if (k == null || sm.indexOf(k) >= 0) {
					continue;
				}
				String canon = Values.canonical(bm.value(i));
				for (Map.Entry<String, String> a : added.entrySet()) {
					Rename r = new Rename(container, k, a.getKey());
					String renamed = canon.replace('"' + r.oldRef() + '"', '"' + r.newRef() + '"')
							.replace('"' + r.oldRef() + '/', '"' + r.newRef() + '/');
					if (renamed.equals(a.getValue())) {
						candidates.computeIfAbsent(k, x -> new ArrayList<>()).add(a.getKey());
					}
				}
			}
			Map<String, Integer> targetUse = new HashMap<>();
			candidates.values().forEach(l -> l.forEach(t -> targetUse.merge(t, Integer.valueOf(1), Integer::sum)));
			candidates.forEach((from, to) -> {
				if (to.size() == 1 && targetUse.get(to.get(0)).intValue() == 1
						&& !refersTo(side.root(), new Rename(container, from, to.get(0)).oldRef())) {
					out.add(new Rename(container, from, to.get(0)));
				}
			});
		}
		return out;
	}

	private static boolean refersTo(Node root, String ref) {
		List<String> found = new ArrayList<>();
		refs(root, new ArrayList<>(), (pointer, value) -> {
			if (value.equals(ref) || value.startsWith(ref + "/")) { //$NON-NLS-1$
				found.add(pointer);
			}
		});
		return !found.isEmpty();
	}

	/** Applies renames to a version: keys renamed, references rewritten. */
	static Version apply(Version v, List<Rename> renames) {
		if (renames.isEmpty()) {
			return v;
		}
		DocumentEditor editor = new DocumentEditor(v.doc);
		List<TextEdit> edits = new ArrayList<>();
		for (Rename r : renames) {
			if (Nodes.resolveAlias(JsonPointer.parse(r.container()).resolve(v.root())) instanceof MappingNode m
					&& m.indexOf(r.from()) >= 0 && m.indexOf(r.to()) < 0) {
				edits.add(editor.renameKey(r.container() + "/" + JsonPointer.escape(r.from()), r.to())); //$NON-NLS-1$
			}
		}
		refs(v.root(), new ArrayList<>(), (pointer, value) -> {
			for (Rename r : renames) {
				if (value.equals(r.oldRef()) || value.startsWith(r.oldRef() + "/")) { //$NON-NLS-1$
					edits.add(editor.setScalar(pointer, r.newRef() + value.substring(r.oldRef().length())));
					break;
				}
			}
		});
		if (edits.isEmpty()) {
			return v;
		}
		edits.sort(Emitter.ORDER);
		try {
			return new Version(v.side, v.doc.apply(edits));
		} catch (DocumentException | IllegalArgumentException e) {
			return v;
		}
	}

	/** Receives a {@code $ref}'s pointer and value. */
	private interface RefVisitor {
		void visit(String pointer, String value);
	}

	private static void refs(Node node, List<String> path, RefVisitor visitor) {
		Node n = Nodes.resolveAlias(node);
		if (n instanceof MappingNode m) {
			for (int i = 0; i < m.size(); i++) {
				String k = m.keyText(i);
				if (k == null) {
					continue;
				}
				path.add(k);
				Node v = Nodes.resolveAlias(m.value(i));
				if ("$ref".equals(k) && v instanceof ScalarNode s) { //$NON-NLS-1$
					visitor.visit(Emitter.pointer(path), Objects.requireNonNull(s.value()));
				} else if (!(v instanceof ScalarNode)) {
					refs(v, path, visitor);
				}
				path.remove(path.size() - 1);
			}
		} else if (n instanceof SequenceNode s) {
			for (int i = 0; i < s.size(); i++) {
				path.add(Integer.toString(i));
				refs(s.get(i), path, visitor);
				path.remove(path.size() - 1);
			}
		}
	}
}
