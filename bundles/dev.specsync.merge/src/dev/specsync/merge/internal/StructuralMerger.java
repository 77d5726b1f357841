package dev.specsync.merge.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.osgi.service.component.annotations.Component;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.JsonPointer;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.SourceDocument;
import dev.specsync.document.TextEdit;
import dev.specsync.merge.Choice;
import dev.specsync.merge.Conflict;
import dev.specsync.merge.ConflictKind;
import dev.specsync.merge.ConflictSide;
import dev.specsync.merge.MergeException;
import dev.specsync.merge.MergeRequest;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.Merger;
import dev.specsync.merge.Side;
import dev.specsync.merge.internal.Merged.Keep;
import dev.specsync.merge.internal.Merged.ListMerge;
import dev.specsync.merge.internal.Merged.MapMerge;
import dev.specsync.merge.internal.Merged.Put;
import dev.specsync.merge.internal.Merged.Take;

/**
 * The {@link Merger} service: parses the three sides with the lossless document model, merges the trees
 * ({@link TreeMerge}, after carrying component renames across with {@link Renames}), writes the plan as edits of
 * ours ({@link Emitter}), parses the result again, checks that it holds exactly the planned data, and checks its
 * references ({@link RefCheck}). Stateless and thread-safe.
 */
@Component(service = Merger.class)
public final class StructuralMerger implements Merger {
	private static final int PARALLEL_BYTES = 1 << 20;

	/** Creates the service; DS and tests call this. */
	public StructuralMerger() {
	}

	@Override
	public MergeResult merge(MergeRequest request) throws MergeException {
		Format format = Format.fromFileName(request.path());
		// Large files: the three sides parse in parallel (the parse dominates the time of a merge).
		boolean parallel = request.ours().length > PARALLEL_BYTES;
		CompletableFuture<Version> theirsLater = parallel
				? CompletableFuture.supplyAsync(() -> parseUnchecked(Side.THEIRS, request, request.theirs(), format))
				: null;
		CompletableFuture<Version> baseLater = parallel && request.base() != null
				? CompletableFuture.supplyAsync(() -> parseUnchecked(Side.BASE, request, request.base(), format))
				: null;
		Version vo = parse(Side.OURS, request, request.ours(), format);
		Version vt = theirsLater != null ? join(theirsLater) : parse(Side.THEIRS, request, request.theirs(), format);
		Version vb = request.base() == null ? null
				: baseLater != null ? join(baseLater) : parse(Side.BASE, request, request.base(), format);
		Renames.Carried carried = Renames.carry(vb, vo, vt);
		vb = carried.base();
		vt = carried.theirs();
		Version oursOriginal = vo;
		vo = carried.ours();
		TreeMerge tree = new TreeMerge(vb == null ? vo : vb, vo, vt);
		Merged plan = tree.merge(vb == null ? null : vb.root(), vo.root(), vt.root(), List.of());
		List<Conflict> conflicts = new ArrayList<>();
		SourceDocument merged;
		try {
			// Content taken from a side is copied as that side's text; should a copy not hold the planned data
			// (a construct the copy does not handle), the plan is written again from data in ours' style.
			merged = copied(plan, vo, vb);
			String mismatch = null;
			if (merged == null) {
				List<TextEdit> edits = new Emitter(vo, false, vb).emit(plan);
				merged = edits.isEmpty() ? vo.doc : vo.doc.withText(vo.doc.applyToText(edits));
				mismatch = verify(plan, vo.root(), vo, merged.root(), new Version(Side.OURS, merged), ""); //$NON-NLS-1$
			}
			if (mismatch != null) {
				throw new IllegalStateException("the written text does not hold the merged value at '" + mismatch //$NON-NLS-1$
						+ "'"); //$NON-NLS-1$
			}
		} catch (DocumentException | IllegalArgumentException | IllegalStateException e) {
			merged = oursOriginal.doc;
			conflicts.add(new Conflict("", ConflictKind.INVALID_RESULT, ConflictSide.ABSENT, //$NON-NLS-1$
					new ConflictSide(true, null, 1), new ConflictSide(true, null, 1),
					EnumSet.of(Choice.OURS, Choice.THEIRS, Choice.CUSTOM),
					"the merged file could not be written as valid " + format + " (" + e.getMessage() //$NON-NLS-1$ //$NON-NLS-2$
							+ "); choose a whole file")); //$NON-NLS-1$
			return new MergeResultImpl(request, oursOriginal, merged, conflicts, List.of(), Set.of());
		}
		for (TreeMerge.Found f : tree.conflicts) {
			conflicts.add(conflict(f, translate(f.path(), plan), vb, vo, vt));
		}
		return new MergeResultImpl(request, oursOriginal, merged, conflicts, List.of(), Set.of())
				.withReferenceConflicts(vb, vt);
	}

	/** The plan written as edits of ours copying taken content as text, or null when the written text does not hold the plan's data. */
	private static SourceDocument copied(Merged plan, Version vo, Version vb) {
		try {
			List<TextEdit> edits = new Emitter(vo, true, vb).emit(plan);
			SourceDocument merged = edits.isEmpty() ? vo.doc : vo.doc.withText(vo.doc.applyToText(edits));
			return verify(plan, vo.root(), vo, merged.root(), new Version(Side.OURS, merged), "") == null //$NON-NLS-1$
					? merged : null;
		} catch (DocumentException | IllegalArgumentException | IllegalStateException
				| StringIndexOutOfBoundsException e) {
			return null;
		}
	}

	private static Version parseUnchecked(Side side, MergeRequest request, byte[] bytes, Format format) {
		try {
			return parse(side, request, bytes, format);
		} catch (MergeException e) {
			throw new CompletionException(e);
		}
	}

	private static Version join(CompletableFuture<Version> future) throws MergeException {
		try {
			return future.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof MergeException m) {
				throw m;
			}
			throw e;
		}
	}

	private static Version parse(Side side, MergeRequest request, byte[] bytes, Format format)
			throws MergeException {
		String label = request.path() + " (" + side.name().toLowerCase(java.util.Locale.ROOT) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		try {
			return new Version(side, SourceDocument.parse(label, bytes, format, LoadOptions.defaults()));
		} catch (DocumentException e) {
			Diagnostic d = e.first();
			throw new MergeException(side, "cannot merge " + request.path() + ": the " //$NON-NLS-1$ //$NON-NLS-2$
					+ side.name().toLowerCase(java.util.Locale.ROOT) + " version is not valid " + format + ": " //$NON-NLS-1$ //$NON-NLS-2$
					+ d + ". Nothing was written; fix that version or merge the file as text.", //$NON-NLS-1$
					e.diagnostics());
		}
	}

	static Conflict conflict(TreeMerge.Found f, String pointer, Version vb, Version vo, Version vt) {
		ConflictSide b = side(f.base(), vb);
		ConflictSide o = side(f.ours(), vo);
		ConflictSide t = side(f.theirs(), vt);
		Set<Choice> choices = EnumSet.of(Choice.OURS, Choice.THEIRS, Choice.CUSTOM);
		boolean lists = f.ours() instanceof SequenceNode && f.theirs() instanceof SequenceNode;
		List<String> path = f.path();
		boolean example = f.kind() == ConflictKind.ADD_ADD && path.size() >= 2
				&& "examples".equals(path.get(path.size() - 2)); //$NON-NLS-1$
		if (lists || example) {
			choices.add(Choice.BOTH);
		}
		return new Conflict(pointer, f.kind(), b, o, t, choices, f.message());
	}

	static ConflictSide side(Node n, Version v) {
		return n == null || v == null ? ConflictSide.ABSENT : new ConflictSide(true, Nodes.toJava(n), v.line(n));
	}

	/** A pointer into ours as a pointer into the merged document. */
	static String translate(List<String> path, Merged root) {
		Merged m = root;
		List<String> out = new ArrayList<>(path.size());
		for (String token : path) {
			if (m instanceof MapMerge mm) {
				out.add(mm.renamed.getOrDefault(token, token));
				m = mm.children.getOrDefault(token, Merged.KEEP);
			} else if (m instanceof ListMerge lm) {
				int i = Integer.parseInt(token);
				out.add(Integer.toString(lm.mergedIndex(i)));
				m = i < lm.children.length ? lm.child(i) : Merged.KEEP;
			} else {
				out.add(token);
			}
		}
		return Emitter.pointer(out);
	}

	/** The pointer of the first place where the merged document does not hold the plan's value, or null. */
	static String verify(Merged m, Node ours, Version vo, Node merged, Version vm, String at) {
		Node o = Nodes.resolveAlias(ours);
		Node n = merged == null ? null : Nodes.resolveAlias(merged);
		if (n == null) {
			return at;
		}
		if (m instanceof Keep) {
			return Values.same(o, vo, n, vm) ? null : at;
		}
		if (m instanceof Take t) {
			return Values.same(t.target(), t.from(), n, vm) ? null : at;
		}
		if (m instanceof Put p) {
			return Values.sameJava(p.newValue(), Nodes.toJava(n)) ? null : at;
		}
		if (m instanceof MapMerge mm) {
			if (!(n instanceof MappingNode nm)) {
				return at;
			}
			MappingNode om = (MappingNode) o;
			int expected = mm.additions.size();
			for (int i = 0; i < om.size(); i++) {
				String k = om.keyText(i);
				if (k == null || mm.removed.contains(k)) {
					continue;
				}
				expected++;
				String name = mm.renamed.getOrDefault(k, k);
				String bad = verify(mm.children.getOrDefault(k, Merged.KEEP), om.value(i), vo, nm.get(name), vm,
						at + "/" + JsonPointer.escape(name)); //$NON-NLS-1$
				if (bad != null) {
					return bad;
				}
			}
			for (MapMerge.Addition a : mm.additions) {
				Node added = nm.get(a.key());
				if (added == null || !Values.sameJava(a.value(), Nodes.toJava(added))) {
					return at + "/" + JsonPointer.escape(a.key()); //$NON-NLS-1$
				}
			}
			return nm.size() == expected ? null : at;
		}
		ListMerge lm = (ListMerge) m;
		if (!(n instanceof SequenceNode ns)) {
			return at;
		}
		SequenceNode os = (SequenceNode) o;
		int idx = 0;
		for (int i = 0; i <= os.size(); i++) {
			for (ListMerge.Insertion in : lm.insertions) {
				if (in.before() == i) {
					if (idx >= ns.size() || !Values.sameJava(in.value(), Nodes.toJava(ns.get(idx)))) {
						return at + "/" + idx; //$NON-NLS-1$
					}
					idx++;
				}
			}
			if (i < os.size() && !lm.removed[i]) {
				if (idx >= ns.size()) {
					return at;
				}
				String bad = verify(lm.child(i), os.get(i), vo, ns.get(idx), vm, at + "/" + idx); //$NON-NLS-1$
				if (bad != null) {
					return bad;
				}
				idx++;
			}
		}
		return idx == ns.size() ? null : at;
	}

	/** Values at a pointer in a version, for reference conflicts. */
	static ConflictSide sideAt(Version v, String pointer) {
		if (v == null) {
			return ConflictSide.ABSENT;
		}
		Node n = v.doc.at(pointer).orElse(null);
		return side(n, v);
	}

	static Map<String, String> dangling(SourceDocument doc, MergeRequest request) {
		return new RefCheck(doc.root(), request.directory()).dangling();
	}
}
