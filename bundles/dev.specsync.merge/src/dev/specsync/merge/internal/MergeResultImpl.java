package dev.specsync.merge.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.specsync.document.DocumentEditor;
import dev.specsync.document.DocumentException;
import dev.specsync.document.JsonPointer;
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
import dev.specsync.merge.Resolution;
import dev.specsync.merge.Side;

/**
 * A {@link MergeResult}: the merged document (always parsable), the open conflicts and the resolutions applied.
 * Resolutions are applied as edits of the merged document, like the merge itself. Immutable.
 */
final class MergeResultImpl implements MergeResult {
	private final MergeRequest request;
	private final Version oursOriginal;
	private final SourceDocument merged;
	private final List<Conflict> conflicts;
	private final List<Resolution> resolutions;
	/** Pointers of references the user chose to keep although they lead nowhere. */
	private final Set<String> acceptedDangling;

	MergeResultImpl(MergeRequest request, Version oursOriginal, SourceDocument merged, List<Conflict> conflicts,
			List<Resolution> resolutions, Set<String> acceptedDangling) {
		this.request = request;
		this.oursOriginal = oursOriginal;
		this.merged = merged;
		this.conflicts = List.copyOf(conflicts);
		this.resolutions = List.copyOf(resolutions);
		this.acceptedDangling = Set.copyOf(acceptedDangling);
	}

	/** This result with a conflict for every reference that leads nowhere now but did in ours. */
	MergeResultImpl withReferenceConflicts(Version base, Version theirs) {
		List<Conflict> kept = new ArrayList<>();
		for (Conflict c : conflicts) {
			if (c.kind() != ConflictKind.RENAME_REFERENCE) {
				kept.add(c);
			}
		}
		Map<String, String> now = StructuralMerger.dangling(merged, request);
		if (!now.isEmpty()) {
			Set<String> before = new HashSet<>(StructuralMerger.dangling(oursOriginal.doc, request).values());
			Version vm = new Version(Side.OURS, merged);
			for (Map.Entry<String, String> d : now.entrySet()) {
				if (before.contains(d.getValue()) || acceptedDangling.contains(d.getKey())) {
					continue;
				}
				boolean inBase = base != null && new RefCheck(base.root(), request.directory()).resolves(d.getValue());
				kept.add(new Conflict(d.getKey(), ConflictKind.RENAME_REFERENCE, StructuralMerger.sideAt(base, d.getKey()),
						StructuralMerger.sideAt(oursOriginal, d.getKey()),
						theirs == null ? new ConflictSide(true, d.getValue(), vm.line(merged.at(d.getKey()).orElse(null)))
								: StructuralMerger.sideAt(theirs, d.getKey()),
						EnumSet.of(Choice.OURS, Choice.THEIRS, Choice.CUSTOM),
						"$ref '" + d.getValue() + "' points nowhere after the merge" //$NON-NLS-1$ //$NON-NLS-2$
								+ (inBase ? ": one side renamed or removed its target, the other refers to it" //$NON-NLS-1$
										: ""))); //$NON-NLS-1$
			}
		}
		kept.sort((a, b) -> Integer.compare(line(a), line(b)));
		return new MergeResultImpl(request, oursOriginal, merged, kept, resolutions, acceptedDangling);
	}

	private int line(Conflict c) {
		Node n = merged.at(c.pointer()).orElse(null);
		return n == null ? c.ours().line() : merged.start(n).line();
	}

	@Override
	public MergeRequest request() {
		return request;
	}

	@Override
	public byte[] bytes() {
		return merged.toBytes();
	}

	@Override
	public String text() {
		return merged.text();
	}

	@Override
	public List<Conflict> conflicts() {
		return conflicts;
	}

	@Override
	public List<Resolution> resolutions() {
		return resolutions;
	}

	@Override
	public byte[] wholeFile(Side side) {
		byte[] b = switch (side) {
		case OURS -> request.ours();
		case THEIRS -> request.theirs();
		case BASE -> request.base() == null ? new byte[0] : request.base();
		};
		return b.clone();
	}

	@Override
	public MergeResult resolve(Collection<Resolution> chosen) throws MergeException {
		Map<String, Conflict> open = new LinkedHashMap<>();
		conflicts.forEach(c -> open.put(c.pointer(), c));
		Map<String, ConflictSide> values = new LinkedHashMap<>();
		Set<String> accepted = new HashSet<>(acceptedDangling);
		for (Resolution r : chosen) {
			Conflict c = open.get(r.pointer());
			if (c == null) {
				throw new MergeException(null, "no open conflict at '" + r.pointer() + "'; the open ones are: " //$NON-NLS-1$ //$NON-NLS-2$
						+ String.join(", ", open.keySet()), List.of()); //$NON-NLS-1$
			}
			if (!c.choices().contains(r.choice())) {
				throw new MergeException(null, "the conflict at '" + r.pointer() + "' cannot be resolved with " //$NON-NLS-1$ //$NON-NLS-2$
						+ r.choice() + "; its choices are " + c.choices(), List.of()); //$NON-NLS-1$
			}
			if (c.kind() == ConflictKind.RENAME_REFERENCE && r.choice() == Choice.THEIRS) {
				accepted.add(c.pointer());
				continue;
			}
			if (r.choice() == Choice.BOTH && !(c.ours().value() instanceof List)) {
				values.put(c.pointer(), c.ours());
				values.put(c.pointer() + "-theirs", c.theirs()); //$NON-NLS-1$
				continue;
			}
			values.put(c.pointer(), valueFor(c, r));
		}
		SourceDocument doc = merged;
		if (values.containsKey("")) { //$NON-NLS-1$
			doc = wholeDocument(values.get(""), chosen); //$NON-NLS-1$
		} else if (!values.isEmpty()) {
			doc = applyAll(doc, values);
		}
		List<Conflict> remaining = new ArrayList<>();
		for (Conflict c : conflicts) {
			if (!values.containsKey(c.pointer()) && !accepted.contains(c.pointer())) {
				remaining.add(c);
			}
		}
		if (values.containsKey("")) { //$NON-NLS-1$
			remaining.clear();
		}
		List<Resolution> all = new ArrayList<>(resolutions);
		all.addAll(chosen);
		return new MergeResultImpl(request, oursOriginal, doc, remaining, all, accepted).withReferenceConflicts(null,
				null);
	}

	private SourceDocument wholeDocument(ConflictSide value, Collection<Resolution> chosen) throws MergeException {
		Resolution r = chosen.stream().filter(x -> x.pointer().isEmpty()).findFirst().orElseThrow();
		try {
			if (r.choice() == Choice.OURS) {
				return oursOriginal.doc;
			}
			if (r.choice() == Choice.THEIRS) {
				return oursOriginal.doc.withText(new String(stripBom(request.theirs()), StandardCharsets.UTF_8));
			}
			return applyAll(oursOriginal.doc, Map.of("", value)); //$NON-NLS-1$
		} catch (DocumentException e) {
			throw new MergeException(Side.THEIRS, e.getMessage(), e.diagnostics());
		}
	}

	private static byte[] stripBom(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
			return java.util.Arrays.copyOfRange(b, 3, b.length);
		}
		return b;
	}

	private static ConflictSide valueFor(Conflict c, Resolution r) {
		return switch (r.choice()) {
		case OURS -> c.ours();
		case THEIRS -> c.theirs();
		case CUSTOM -> new ConflictSide(true, r.value(), 0);
		case BOTH -> new ConflictSide(true, both(c), 0);
		};
	}

	/** Ours' items then theirs' that ours lacks. */
	private static Object both(Conflict c) {
		if (c.ours().value() instanceof List<?> o && c.theirs().value() instanceof List<?> t) {
			List<Object> out = new ArrayList<>(o);
			for (Object x : t) {
				if (out.stream().noneMatch(y -> Values.sameJava(x, y))) {
					out.add(x);
				}
			}
			return out;
		}
		return c.ours().value();
	}

	/** Applies new values at pointers as edits of one document; one by one when they cannot be combined. */
	private SourceDocument applyAll(SourceDocument doc, Map<String, ConflictSide> values) throws MergeException {
		try {
			List<TextEdit> edits = new ArrayList<>();
			DocumentEditor editor = new DocumentEditor(doc);
			for (Map.Entry<String, ConflictSide> e : values.entrySet()) {
				edits.addAll(edits(doc, editor, e.getKey(), e.getValue()));
			}
			edits.sort(Emitter.ORDER);
			try {
				return edits.isEmpty() ? doc : doc.apply(edits);
			} catch (IllegalArgumentException overlapping) {
				SourceDocument d = doc;
				for (Map.Entry<String, ConflictSide> e : values.entrySet()) {
					List<TextEdit> one = edits(d, new DocumentEditor(d), e.getKey(), e.getValue());
					d = one.isEmpty() ? d : d.apply(one);
				}
				return d;
			}
		} catch (DocumentException | IllegalArgumentException e) {
			throw new MergeException(null, "the resolution could not be written: " + e.getMessage(), List.of()); //$NON-NLS-1$
		}
	}

	private List<TextEdit> edits(SourceDocument doc, DocumentEditor editor, String pointer, ConflictSide value) {
		List<TextEdit> out = new ArrayList<>();
		JsonPointer p = JsonPointer.parse(pointer);
		Node current = doc.at(p).orElse(null);
		Node parent = p.isRoot() ? null : Nodes.resolveAlias(p.parent().resolve(doc.root()));
		if (value.present()) {
			if (current != null) {
				if (!Values.sameJava(Nodes.toJava(current), value.value())) {
					out.add(editor.replace(pointer, value.value()));
				}
			} else if (parent instanceof MappingNode) {
				out.add(editor.addEntry(p.parent().toString(), p.last(), value.value(), null));
			} else if (parent instanceof SequenceNode s) {
				int i = Math.min(s.size(), Integer.parseInt(p.last()));
				out.add(editor.insertItem(p.parent().toString(), i, value.value()));
			} else {
				throw new IllegalArgumentException("nothing at '" + p.parent() + "' to hold the value"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} else if (current != null) {
			out.add(parent instanceof SequenceNode ? editor.removeItem(pointer) : editor.removeEntry(pointer));
		}
		return out;
	}

	/** For tests: the merged document. */
	SourceDocument document() {
		return merged;
	}
}
