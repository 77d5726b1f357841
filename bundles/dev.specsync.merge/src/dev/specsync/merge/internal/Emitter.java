package dev.specsync.merge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.specsync.document.CollectionStyle;
import dev.specsync.document.DocumentEditor;
import dev.specsync.document.JsonPointer;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.TextEdit;
import dev.specsync.merge.internal.Merged.Keep;
import dev.specsync.merge.internal.Merged.ListMerge;
import dev.specsync.merge.internal.Merged.MapMerge;
import dev.specsync.merge.internal.Merged.Put;
import dev.specsync.merge.internal.Merged.Take;

/**
 * Writes a {@link Merged} plan as {@link TextEdit}s of ours through {@link DocumentEditor}, so that only the lines
 * of changed entries change and new content follows ours' style. Edits of one collection that would overlap (a
 * rare mix of removals and insertions at one place) are replaced by one replacement of that collection. Not
 * thread-safe: one instance per merge.
 */
final class Emitter {
	/** Orders edits by offset, insertions before replacements at the same offset, keeping emission order. */
	static final Comparator<TextEdit> ORDER = Comparator.comparingInt(TextEdit::offset)
			.thenComparingInt(e -> e.length() == 0 ? 0 : 1);

	private final Version ours;
	private final DocumentEditor editor;
	private final String text;
	private final boolean copy;
	private final Version base;

	/**
	 * @param ours the version the edits apply to
	 * @param copy whether content taken from another side is copied as its source text (else written from its
	 *            data in ours' style)
	 * @param base the common ancestor, or null: tells whether a comment on a taken value's line was changed
	 */
	Emitter(Version ours, boolean copy, Version base) {
		this.ours = ours;
		this.copy = copy;
		this.base = base;
		this.editor = new DocumentEditor(ours.doc);
		this.text = ours.text;
	}

	/** The edits for the whole document. */
	List<TextEdit> emit(Merged root) {
		List<TextEdit> out = new ArrayList<>();
		emit(root, ours.root(), new ArrayList<>(), out);
		out.sort(ORDER);
		return out;
	}

	private void emit(Merged m, Node node, List<String> path, List<TextEdit> out) {
		Node o = Nodes.resolveAlias(node);
		if (m instanceof Keep) {
			return;
		}
		if (m instanceof Take take) {
			if (Values.same(o, ours, take.target(), take.from())) {
				return;
			}
			Merged plan = TreeMerge.patch(o, ours, take.target(), take.from(), path);
			if (plan instanceof Take) {
				TextEdit copied = copy ? Splice.value(ours, node, take.target(), take.from(), baseComment(path))
						: null;
				out.add(copied != null ? copied : editor.replace(pointer(path), Nodes.toJava(take.target())));
			} else {
				emit(plan, o, path, out);
			}
			return;
		}
		if (m instanceof Put put) {
			if (o instanceof ScalarNode || !(put.newValue() instanceof Map || put.newValue() instanceof List)) {
				out.add(editor.replace(pointer(path), put.newValue()));
			} else {
				Version v = Parsing.version(put.newValue());
				emit(new Take(v.root(), v), o, path, out);
			}
			return;
		}
		List<TextEdit> local = new ArrayList<>();
		try {
			if (m instanceof MapMerge mm) {
				emitMap(mm, (MappingNode) o, path, local);
			} else if (m instanceof ListMerge lm) {
				emitList(lm, (SequenceNode) o, path, local);
			}
			local.sort(ORDER);
			for (int i = 1; i < local.size(); i++) {
				TextEdit a = local.get(i - 1);
				if (local.get(i).offset() < a.offset() + a.length()) {
					throw new IllegalArgumentException("overlapping edits"); //$NON-NLS-1$
				}
			}
		} catch (IllegalArgumentException e) {
			local.clear();
			local.add(editor.replace(pointer(path), m.value(o)));
		}
		out.addAll(local);
	}

	private void emitMap(MapMerge mm, MappingNode o, List<String> path, List<TextEdit> out) {
		if (mm.isEmpty()) {
			return;
		}
		String ptr = pointer(path);
		List<Integer> kept = new ArrayList<>();
		for (int i = 0; i < o.size(); i++) {
			if (!mm.removed.contains(o.keyText(i))) {
				kept.add(Integer.valueOf(i));
			}
		}
		if (kept.isEmpty()) {
			out.add(editor.replace(ptr, mm.value(o)));
			return;
		}
		boolean flow = ours.json || o.style() == CollectionStyle.FLOW;
		// removals
		if (flow) {
			removeRuns(o.size(), i -> mm.removed.contains(o.keyText(i)), i -> o.key(i), i -> o.value(i), out);
		} else {
			for (int i = 0; i < o.size(); i++) {
				if (mm.removed.contains(o.keyText(i))) {
					out.add(editor.removeEntry(pointer(TreeMerge.append(path, o.keyText(i)))));
				}
			}
		}
		// renames and changed entries
		for (int i : kept) {
			String k = o.keyText(i);
			if (k == null) {
				continue;
			}
			String newKey = mm.renamed.get(k);
			if (newKey != null) {
				out.add(editor.renameKey(pointer(TreeMerge.append(path, k)), newKey));
			}
			Merged child = mm.children.get(k);
			if (child != null) {
				emit(child, o.value(i), TreeMerge.append(path, k), out);
			}
		}
		// additions
		String lastKept = o.keyText(kept.get(kept.size() - 1).intValue());
		for (MapMerge.Addition a : mm.additions) {
			if (a.afterKey() != null) {
				out.add(copied(editor.addEntry(ptr, a.key(), a.value(), a.afterKey()), a, o, flow));
				continue;
			}
			Node first = o.key(kept.get(0).intValue());
			TextEdit after = copied(editor.addEntry(ptr, a.key(), a.value(), o.keyText(kept.get(0).intValue())), a, o,
					flow);
			int lineStart = ours.doc.lineStartOffset(ours.doc.start(first).line());
			String lines = after.replacement();
			if (flow && lines.startsWith(",")) { //$NON-NLS-1$
				// before the first entry: "entry," and the separator, where the editor wrote ", separator entry"
				int i = 1;
				while (i < lines.length() && Character.isWhitespace(lines.charAt(i))) {
					i++;
				}
				out.add(new TextEdit(first.start(), 0, lines.substring(i) + "," + lines.substring(1, i))); //$NON-NLS-1$
				continue;
			}
			if (!flow && text.substring(lineStart, first.start()).isBlank() && lines.endsWith("\n") //$NON-NLS-1$
					&& !lines.startsWith("\n") && !lines.startsWith("\r\n")) { //$NON-NLS-1$ //$NON-NLS-2$
				out.add(new TextEdit(lineStart, 0, after.replacement()));
			} else {
				out.add(copied(editor.addEntry(ptr, a.key(), a.value(), lastKept), a, o, flow));
			}
		}
	}

	private void emitList(ListMerge lm, SequenceNode o, List<String> path, List<TextEdit> out) {
		if (lm.isEmpty()) {
			return;
		}
		String ptr = pointer(path);
		boolean anyKept = false;
		for (int i = 0; i < o.size(); i++) {
			anyKept |= !lm.removed[i];
		}
		if (!anyKept) {
			out.add(editor.replace(ptr, lm.value(o)));
			return;
		}
		boolean flow = ours.json || o.style() == CollectionStyle.FLOW;
		if (flow) {
			removeRuns(o.size(), i -> lm.removed[i], o::get, o::get, out);
		} else {
			for (int i = 0; i < o.size(); i++) {
				if (lm.removed[i]) {
					out.add(editor.removeItem(pointer(TreeMerge.append(path, Integer.toString(i)))));
				}
			}
		}
		for (int i = 0; i < o.size(); i++) {
			if (!lm.removed[i] && lm.children[i] != null) {
				emit(lm.children[i], o.get(i), TreeMerge.append(path, Integer.toString(i)), out);
			}
		}
		for (ListMerge.Insertion in : lm.insertions) {
			int before = in.before();
			while (before < o.size() && lm.removed[before]) {
				before++;
			}
			out.add(copied(editor.insertItem(ptr, before, in.value()), in, o, flow));
		}
	}

	/**
	 * The added entry as written on its side instead of {@code rendered} (the editor's edit, which says where it
	 * goes and how it is separated from its neighbours), when it can be copied.
	 */
	private TextEdit copied(TextEdit rendered, MapMerge.Addition a, MappingNode o, boolean flow) {
		if (!copy || a.source() == null || !Splice.copyable(ours, a.from())) {
			return rendered;
		}
		Node firstKey = o.key(0);
		if (flow) {
			String indent = Splice.leadingWhitespace(text, Splice.lineStart(text, firstKey.start()));
			String entry = Splice.inline(ours, a.sourceKey(), a.source(), a.from(), indent);
			return entry == null ? rendered : inline(rendered, entry);
		}
		String lines = Splice.entryLines(ours, a.sourceKey(), a.source(), a.from(),
				ours.column(firstKey.start()) - 1, base);
		return lines == null ? rendered : wholeLines(rendered, lines);
	}

	/** The inserted item as written on its side instead of {@code rendered}, when it can be copied. */
	private TextEdit copied(TextEdit rendered, ListMerge.Insertion in, SequenceNode o, boolean flow) {
		if (!copy || in.source() == null || !Splice.copyable(ours, in.from())) {
			return rendered;
		}
		Node first = o.get(0);
		if (flow) {
			String indent = Splice.leadingWhitespace(text, Splice.lineStart(text, first.start()));
			String item = Splice.inline(ours, in.source(), in.source(), in.from(), indent);
			return item == null ? rendered : inline(rendered, item);
		}
		int dash = first.start() - 1;
		while (dash > 0 && text.charAt(dash) != '-') {
			dash--;
		}
		String lines = Splice.itemLines(ours, in.source(), in.from(), ours.column(dash) - 1, base);
		return lines == null ? rendered : wholeLines(rendered, lines);
	}

	/** {@code rendered} (",", separator, new text; or new text, ",", separator) with {@code copied} as new text. */
	private static TextEdit inline(TextEdit rendered, String copied) {
		String r = rendered.replacement();
		if (r.startsWith(",")) { //$NON-NLS-1$
			int i = 1;
			while (i < r.length() && Character.isWhitespace(r.charAt(i))) {
				i++;
			}
			return new TextEdit(rendered.offset(), rendered.length(), r.substring(0, i) + copied);
		}
		int comma = r.lastIndexOf(',');
		if (comma < 0 || !r.substring(comma + 1).isBlank()) {
			return rendered;
		}
		return new TextEdit(rendered.offset(), rendered.length(), copied + r.substring(comma));
	}

	/** {@code rendered} (whole new lines, or a line break and lines at the end of a file) with {@code lines}. */
	private TextEdit wholeLines(TextEdit rendered, String lines) {
		String nl = ours.doc.style().lineEnding().text();
		String r = rendered.replacement();
		if (r.endsWith(nl)) {
			return new TextEdit(rendered.offset(), rendered.length(), lines);
		}
		if (r.startsWith(nl)) {
			return new TextEdit(rendered.offset(), rendered.length(),
					nl + lines.substring(0, lines.length() - nl.length()));
		}
		return rendered;
	}

	/** The comment the base has after the value at {@code path}, or null. */
	private String baseComment(List<String> path) {
		return base == null ? null : Splice.comment(base, base.doc.at(pointer(path)).orElse(null));
	}

	/** Functional view of entry i's first and last node. */
	private interface At {
		Node at(int i);
	}

	/** Predicate on an index. */
	private interface Removed {
		boolean test(int i);
	}

	/**
	 * Removes runs of entries of a JSON or flow collection with the separators between them: a run followed by a
	 * kept entry up to that entry, a final run from the end of the kept entry before it.
	 */
	private static void removeRuns(int size, Removed removed, At first, At last, List<TextEdit> out) {
		int i = 0;
		while (i < size) {
			if (!removed.test(i)) {
				i++;
				continue;
			}
			int j = i;
			while (j + 1 < size && removed.test(j + 1)) {
				j++;
			}
			int from;
			int to;
			if (j + 1 < size) {
				from = first.at(i).start();
				to = first.at(j + 1).start();
			} else {
				from = last.at(i - 1).end();
				to = last.at(j).end();
			}
			out.add(new TextEdit(from, to - from, "")); //$NON-NLS-1$
			i = j + 1;
		}
	}

	static String pointer(List<String> path) {
		if (path.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder sb = new StringBuilder();
		for (String t : path) {
			sb.append('/').append(JsonPointer.escape(t));
		}
		return sb.toString();
	}
}
