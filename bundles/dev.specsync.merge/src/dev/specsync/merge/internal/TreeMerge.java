package dev.specsync.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.ScalarType;
import dev.specsync.document.SequenceNode;
import dev.specsync.merge.ConflictKind;
import dev.specsync.merge.internal.Merged.ListMerge;
import dev.specsync.merge.internal.Merged.MapMerge;
import dev.specsync.merge.internal.Merged.Put;
import dev.specsync.merge.internal.Merged.Take;

/**
 * The three-way merge of node trees into a {@link Merged} plan on ours' structure, collecting conflicts. Maps merge
 * by key ({@code paths} by path template, so {@code /users/{id}} and {@code /users/{userId}} are one path),
 * arrays by the identity {@link Identity} finds for their items (parameters by name and location, collection items
 * by id, tags by name, scalars as ordered sets) or else position by position, multi-line strings line by line.
 * Also used with base = ours as a two-way diff, for patching ours into a node of another version. Not
 * thread-safe: one instance per merge.
 */
final class TreeMerge {
	/** The same path-template rule as the semantic differ: parameter names do not identify a path. */
	private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^}/]*\\}"); //$NON-NLS-1$

	/** A conflict found, with a pointer into ours (tokens) and the three nodes. */
	record Found(List<String> path, ConflictKind kind, Node base, Node ours, Node theirs, String message) {
	}

	private final Version vb;
	private final Version vo;
	private final Version vt;
	final List<Found> conflicts = new ArrayList<>();

	TreeMerge(Version base, Version ours, Version theirs) {
		this.vb = base;
		this.vo = ours;
		this.vt = theirs;
	}

	/** A two-way diff from {@code ours} to {@code target}: the plan that makes ours equal to it. */
	static Merged patch(Node ours, Version vo, Node target, Version vt, List<String> path) {
		TreeMerge diff = new TreeMerge(vo, vo, vt);
		Node o = Nodes.resolveAlias(ours);
		Node t = Nodes.resolveAlias(target);
		if (o instanceof MappingNode om && t instanceof MappingNode tm) {
			return diff.mergeMaps(om, om, tm, path);
		}
		if (o instanceof SequenceNode os && t instanceof SequenceNode ts) {
			return diff.mergeLists(os, os, ts, path);
		}
		return new Take(t, vt);
	}

	Merged merge(Node base, Node ours, Node theirs, List<String> path) {
		Node b = base == null ? null : Nodes.resolveAlias(base);
		Node o = Nodes.resolveAlias(ours);
		Node t = Nodes.resolveAlias(theirs);
		if (Values.same(o, vo, t, vt)) {
			return Merged.KEEP;
		}
		if (b != null && Values.same(b, vb, o, vo)) {
			return new Take(t, vt);
		}
		if (b != null && Values.same(b, vb, t, vt)) {
			return Merged.KEEP;
		}
		if (o instanceof MappingNode om && t instanceof MappingNode tm) {
			return mergeMaps(b instanceof MappingNode bm ? bm : null, om, tm, path);
		}
		if (o instanceof SequenceNode os && t instanceof SequenceNode ts) {
			return mergeLists(b instanceof SequenceNode bs ? bs : null, os, ts, path);
		}
		if (b instanceof ScalarNode bs && o instanceof ScalarNode os && t instanceof ScalarNode ts
				&& bs.type() == ScalarType.STRING && os.type() == ScalarType.STRING && ts.type() == ScalarType.STRING
				&& (bs.value().indexOf('\n') >= 0 || os.value().indexOf('\n') >= 0 || ts.value().indexOf('\n') >= 0)) {
			String merged = Diff3.mergeLines(bs.value(), os.value(), ts.value());
			if (merged != null) {
				return merged.equals(os.value()) ? Merged.KEEP : new Put(merged);
			}
			conflicts.add(new Found(path, ConflictKind.BOTH_MODIFIED, b, o, t,
					"both sides changed the same lines of this text differently")); //$NON-NLS-1$
			return Merged.KEEP;
		}
		conflicts.add(new Found(path, b == null ? ConflictKind.ADD_ADD : ConflictKind.BOTH_MODIFIED, b, o, t,
				b == null ? "both sides added this with different values" //$NON-NLS-1$
						: "both sides changed this value differently")); //$NON-NLS-1$
		return Merged.KEEP;
	}

	MapMerge mergeMaps(MappingNode bm, MappingNode om, MappingNode tm, List<String> path) {
		Function<String, String> norm = keyRule(bm, om, tm, path);
		Map<String, Integer> bIdx = index(bm, norm);
		Map<String, Integer> oIdx = index(om, norm);
		Map<String, Integer> tIdx = index(tm, norm);
		MapMerge plan = new MapMerge(om);
		for (int i = 0; i < om.size(); i++) {
			String k = om.keyText(i);
			if (k == null) {
				continue;
			}
			String nk = norm.apply(k);
			Integer bi = bIdx.get(nk);
			Integer ti = tIdx.get(nk);
			Node bv = bi == null ? null : bm.value(bi.intValue());
			List<String> child = append(path, k);
			if (ti != null) {
				Merged m = merge(bv, om.value(i), tm.value(ti.intValue()), child);
				if (m != Merged.KEEP) {
					plan.children.put(k, m);
				}
				String tk = tm.keyText(ti.intValue());
				String bk = bi == null ? null : bm.keyText(bi.intValue());
				if (!k.equals(tk) && k.equals(bk)) {
					plan.renamed.put(k, tk);
				}
			} else if (bv != null) {
				if (Values.same(bv, vb, om.value(i), vo)) {
					plan.removed.add(k);
				} else {
					conflicts.add(new Found(child, ConflictKind.MODIFY_DELETE, bv, om.value(i), null,
							"ours changed this, theirs deleted it")); //$NON-NLS-1$
				}
			}
		}
		int anchor = -1;
		for (int j = 0; j < tm.size(); j++) {
			String k = tm.keyText(j);
			if (k == null) {
				continue;
			}
			String nk = norm.apply(k);
			Integer oi = oIdx.get(nk);
			if (oi != null) {
				if (!plan.removed.contains(om.keyText(oi.intValue()))) {
					anchor = oi.intValue();
				}
				continue;
			}
			Integer bi = bIdx.get(nk);
			if (bi == null) {
				int after = anchor;
				while (after + 1 < om.size() && oursOnly(om.keyText(after + 1), norm, bIdx, tIdx)) {
					after++;
				}
				plan.additions.add(new MapMerge.Addition(after < 0 ? null : om.keyText(after), k,
						Nodes.toJava(tm.value(j)), tm.key(j), tm.value(j), vt));
			} else if (!Values.same(bm.value(bi.intValue()), vb, tm.value(j), vt)) {
				conflicts.add(new Found(append(path, k), ConflictKind.MODIFY_DELETE, bm.value(bi.intValue()), null,
						tm.value(j), "ours deleted this, theirs changed it")); //$NON-NLS-1$
			}
		}
		return plan;
	}

	private static boolean oursOnly(String key, Function<String, String> norm, Map<String, Integer> bIdx,
			Map<String, Integer> tIdx) {
		if (key == null) {
			return false;
		}
		String nk = norm.apply(key);
		return !bIdx.containsKey(nk) && !tIdx.containsKey(nk);
	}

	/** Keys of {@code paths} match by template when that is unambiguous on every side; other keys as they are. */
	private static Function<String, String> keyRule(MappingNode bm, MappingNode om, MappingNode tm,
			List<String> path) {
		Function<String, String> exact = Function.identity();
		if (path.size() != 1 || !"paths".equals(path.get(0))) { //$NON-NLS-1$
			return exact;
		}
		Function<String, String> template = k -> TEMPLATE_PARAMETER.matcher(k).replaceAll("{}"); //$NON-NLS-1$
		for (MappingNode m : new MappingNode[] { bm, om, tm }) {
			if (m != null && index(m, template).size() != index(m, exact).size()) {
				return exact;
			}
		}
		return template;
	}

	private static Map<String, Integer> index(MappingNode m, Function<String, String> norm) {
		Map<String, Integer> idx = new HashMap<>();
		if (m != null) {
			for (int i = 0; i < m.size(); i++) {
				String k = m.keyText(i);
				if (k != null) {
					idx.putIfAbsent(norm.apply(k), Integer.valueOf(i));
				}
			}
		}
		return idx;
	}

	Merged mergeLists(SequenceNode bs, SequenceNode os, SequenceNode ts, List<String> path) {
		Identity identity = Identity.choose(bs, os, ts);
		if (identity != null) {
			return mergeKeyed(bs, os, ts, identity, path);
		}
		return mergePositional(bs, os, ts, path);
	}

	private Merged mergeKeyed(SequenceNode bs, SequenceNode os, SequenceNode ts, Identity id, List<String> path) {
		Map<String, Integer> bIdx = id.index(bs);
		Map<String, Integer> oIdx = id.index(os);
		Map<String, Integer> tIdx = id.index(ts);
		// An item ours deleted and theirs changed cannot be shown inside ours: the array is the conflict.
		for (int j = 0; j < ts.size(); j++) {
			String k = id.of(ts.get(j));
			Integer bi = bIdx.get(k);
			if (!oIdx.containsKey(k) && bi != null && !Values.same(bs.get(bi.intValue()), vb, ts.get(j), vt)) {
				return listConflict(bs, os, ts, path, ConflictKind.MODIFY_DELETE,
						"ours deleted an item of this list that theirs changed"); //$NON-NLS-1$
			}
		}
		ListMerge plan = new ListMerge(os);
		for (int i = 0; i < os.size(); i++) {
			String k = id.of(os.get(i));
			Integer bi = bIdx.get(k);
			Integer ti = tIdx.get(k);
			Node bv = bi == null ? null : bs.get(bi.intValue());
			if (ti != null) {
				Merged m = merge(bv, os.get(i), ts.get(ti.intValue()), append(path, Integer.toString(i)));
				if (m != Merged.KEEP) {
					plan.children[i] = m;
				}
			} else if (bv != null) {
				if (Values.same(bv, vb, os.get(i), vo)) {
					plan.removed[i] = true;
				} else {
					conflicts.add(new Found(append(path, Integer.toString(i)), ConflictKind.MODIFY_DELETE, bv,
							os.get(i), null, "ours changed this item, theirs deleted it")); //$NON-NLS-1$
				}
			}
		}
		int anchor = -1;
		for (int j = 0; j < ts.size(); j++) {
			String k = id.of(ts.get(j));
			Integer oi = oIdx.get(k);
			if (oi != null) {
				if (!plan.removed[oi.intValue()]) {
					anchor = oi.intValue();
				}
				continue;
			}
			if (!bIdx.containsKey(k)) {
				int after = anchor;
				while (after + 1 < os.size() && !bIdx.containsKey(id.of(os.get(after + 1)))
						&& !tIdx.containsKey(id.of(os.get(after + 1)))) {
					after++;
				}
				plan.insertions.add(new ListMerge.Insertion(after + 1, Nodes.toJava(ts.get(j)), ts.get(j), vt));
			}
		}
		plan.insertions.sort((a, b) -> Integer.compare(a.before(), b.before()));
		return plan;
	}

	private Merged mergePositional(SequenceNode bs, SequenceNode os, SequenceNode ts, List<String> path) {
		Diff3.Symbols symbols = new Diff3.Symbols();
		List<String> bc = new ArrayList<>();
		if (bs != null) {
			bs.items().forEach(n -> bc.add(Values.canonical(n)));
		}
		List<String> oc = new ArrayList<>();
		os.items().forEach(n -> oc.add(Values.canonical(n)));
		List<String> tc = new ArrayList<>();
		ts.items().forEach(n -> tc.add(Values.canonical(n)));
		List<Diff3.Chunk> chunks = Diff3.merge(symbols.of(bc), symbols.of(oc), symbols.of(tc));
		ListMerge plan = new ListMerge(os);
		int conflictsBefore = conflicts.size();
		for (Diff3.Chunk c : chunks) {
			int bl = c.baseTo() - c.baseFrom();
			int ol = c.oursTo() - c.oursFrom();
			int tl = c.theirsTo() - c.theirsFrom();
			switch (c.kind()) {
			case STABLE, OURS -> {
				// ours stays
			}
			case THEIRS -> {
				if (ol == tl) {
					for (int x = 0; x < ol; x++) {
						plan.children[c.oursFrom() + x] = new Take(ts.get(c.theirsFrom() + x), vt);
					}
				} else {
					for (int x = c.oursFrom(); x < c.oursTo(); x++) {
						plan.removed[x] = true;
					}
					for (int x = c.theirsFrom(); x < c.theirsTo(); x++) {
						plan.insertions.add(new ListMerge.Insertion(c.oursTo(), Nodes.toJava(ts.get(x)), ts.get(x), vt));
					}
				}
			}
			case CONFLICT -> {
				if (bs != null && bl == ol && ol == tl) {
					for (int x = 0; x < ol; x++) {
						Merged m = merge(bs.get(c.baseFrom() + x), os.get(c.oursFrom() + x),
								ts.get(c.theirsFrom() + x), append(path, Integer.toString(c.oursFrom() + x)));
						if (m != Merged.KEEP) {
							plan.children[c.oursFrom() + x] = m;
						}
					}
				} else {
					while (conflicts.size() > conflictsBefore) {
						conflicts.remove(conflicts.size() - 1);
					}
					return listConflict(bs, os, ts, path, bs == null ? ConflictKind.ADD_ADD : ConflictKind.BOTH_MODIFIED,
							"both sides changed the same items of this list differently"); //$NON-NLS-1$
				}
			}
			}
		}
		return plan;
	}

	private Merged listConflict(SequenceNode bs, SequenceNode os, SequenceNode ts, List<String> path,
			ConflictKind kind, String message) {
		conflicts.add(new Found(path, kind, bs, os, ts, message));
		return Merged.KEEP;
	}

	static List<String> append(List<String> path, String token) {
		List<String> out = new ArrayList<>(path.size() + 1);
		out.addAll(path);
		out.add(token);
		return out;
	}
}
