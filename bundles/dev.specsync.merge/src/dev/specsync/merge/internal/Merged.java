package dev.specsync.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.SequenceNode;

/**
 * The plan of a merge for one node of "ours": what it becomes. The tree mirrors ours' structure, so a pointer into
 * ours can be followed through it. Built by {@link TreeMerge}, written by {@link Emitter}.
 */
sealed interface Merged {

	/** Ours stays as it is. */
	Merged KEEP = new Keep();

	/**
	 * The merged value as plain Java.
	 *
	 * @param ours ours' node here
	 */
	Object value(Node ours);

	/** Ours stays as it is. */
	record Keep() implements Merged {
		@Override
		public Object value(Node ours) {
			return Nodes.toJava(ours);
		}
	}

	/** Ours becomes equal to a node of another version (written as a two-way patch, line by line). */
	record Take(Node target, Version from) implements Merged {
		@Override
		public Object value(Node ours) {
			return Nodes.toJava(target);
		}
	}

	/** Ours becomes a computed value (a line-merged text, a resolution). */
	record Put(Object newValue) implements Merged {
		@Override
		public Object value(Node ours) {
			return newValue;
		}
	}

	/** A mapping merged entry by entry. */
	final class MapMerge implements Merged {
		final MappingNode ours;
		final Map<String, Merged> children = new HashMap<>();
		final Set<String> removed = new HashSet<>();
		final Map<String, String> renamed = new HashMap<>();
		/** Added entries, each after an ours key that stays ({@code null}: before the first). */
		final List<Addition> additions = new ArrayList<>();

		MapMerge(MappingNode ours) {
			this.ours = ours;
		}

		/**
		 * An entry added after {@code afterKey}; {@code sourceKey}/{@code source} in {@code from} are the entry as
		 * written on the side it comes from (null: a value that exists on no side).
		 */
		record Addition(String afterKey, String key, Object value, Node sourceKey, Node source, Version from) {
		}

		boolean isEmpty() {
			return children.isEmpty() && removed.isEmpty() && renamed.isEmpty() && additions.isEmpty();
		}

		@Override
		public Object value(Node node) {
			Map<String, Object> out = new LinkedHashMap<>();
			for (Addition a : additions) {
				if (a.afterKey() == null) {
					out.put(a.key(), a.value());
				}
			}
			for (int i = 0; i < ours.size(); i++) {
				String k = ours.keyText(i);
				if (k == null) {
					out.put(String.valueOf(Nodes.toJava(ours.key(i))), Nodes.toJava(ours.value(i)));
					continue;
				}
				if (removed.contains(k) || out.containsKey(renamed.getOrDefault(k, k))) {
					continue;
				}
				out.put(renamed.getOrDefault(k, k), children.getOrDefault(k, KEEP).value(ours.value(i)));
				for (Addition a : additions) {
					if (k.equals(a.afterKey())) {
						out.put(a.key(), a.value());
					}
				}
			}
			return out;
		}
	}

	/** A sequence merged item by item. */
	final class ListMerge implements Merged {
		final SequenceNode ours;
		final Merged[] children;
		final boolean[] removed;
		/** Items inserted before ours' item {@code before} ({@code ours.size()}: at the end), in order. */
		final List<Insertion> insertions = new ArrayList<>();

		ListMerge(SequenceNode ours) {
			this.ours = ours;
			this.children = new Merged[ours.size()];
			this.removed = new boolean[ours.size()];
		}

		/**
		 * An item inserted before ours' item {@code before}; {@code source} in {@code from} is the item as written
		 * on the side it comes from (null: a value that exists on no side).
		 */
		record Insertion(int before, Object value, Node source, Version from) {
		}

		boolean isEmpty() {
			if (!insertions.isEmpty()) {
				return false;
			}
			for (int i = 0; i < children.length; i++) {
				if (removed[i] || children[i] != null) {
					return false;
				}
			}
			return true;
		}

		Merged child(int i) {
			return children[i] == null ? KEEP : children[i];
		}

		/** The index ours' item {@code index} has in the merged sequence. */
		int mergedIndex(int index) {
			int n = 0;
			for (Insertion in : insertions) {
				if (in.before() <= index) {
					n++;
				}
			}
			for (int i = 0; i < index && i < removed.length; i++) {
				if (!removed[i]) {
					n++;
				}
			}
			return n;
		}

		@Override
		public Object value(Node node) {
			List<Object> out = new ArrayList<>();
			for (int i = 0; i <= ours.size(); i++) {
				for (Insertion in : insertions) {
					if (in.before() == i) {
						out.add(in.value());
					}
				}
				if (i < ours.size() && !removed[i]) {
					out.add(child(i).value(ours.get(i)));
				}
			}
			return out;
		}
	}
}
