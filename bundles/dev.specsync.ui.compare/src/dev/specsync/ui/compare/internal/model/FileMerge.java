package dev.specsync.ui.compare.internal.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.osgi.util.NLS;

import dev.specsync.diff.DiffReport;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.SourceDocument;
import dev.specsync.merge.Choice;
import dev.specsync.merge.Conflict;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.MergeState;
import dev.specsync.merge.Resolution;
import dev.specsync.merge.Side;
import dev.specsync.ui.compare.internal.Messages;

/**
 * One conflicting file of an unfinished merge as the view shows it: local (ours) and remote (theirs) text, the
 * line regions where they differ, the semantic changes from local to remote, every conflict the structural merge
 * found with the choice made for it, and the merged result so far (the merge with those choices, one side's
 * whole file, or the text the user edited by hand, in that order of precedence from last to first). Immutable: a choice gives a new value (see
 * {@link MergeSession}). Safe to hand from the job that made it to the UI thread.
 */
public final class FileMerge {

	private final MergeState state;
	private final List<Conflict> conflicts;
	private final MergeResult result;
	private final Side wholeFile;
	private final String editProblem;
	private final List<Edit> regions;
	private final DiffReport changes;
	private final String changesProblem;
	private final String apiRoot;
	private final List<Edit> resultRegions;

	FileMerge(MergeState state, List<Conflict> conflicts, MergeResult result, List<Edit> regions, DiffReport changes,
			String changesProblem) {
		this(state, conflicts, result, regions, changes, changesProblem, null);
	}

	private FileMerge(MergeState state, List<Conflict> conflicts, MergeResult result, List<Edit> regions,
			DiffReport changes, String changesProblem, String apiRoot) {
		this.apiRoot = apiRoot;
		this.state = state;
		this.conflicts = List.copyOf(conflicts);
		this.result = result;
		this.wholeFile = state.wholeFile();
		this.editProblem = state.edited() == null ? null : problemOf(state.request().path(), state.edited());
		this.regions = List.copyOf(regions);
		this.changes = changes;
		this.changesProblem = changesProblem;
		this.resultRegions = List.copyOf(new HistogramDiff().diff(RawTextComparator.DEFAULT,
				new RawText(state.request().ours()), new RawText(mergedBytes())));
	}

	FileMerge with(MergeState newState, MergeResult newResult) {
		return new FileMerge(newState, conflicts, newResult, regions, changes, changesProblem, apiRoot);
	}

	FileMerge withApiChanges(String root, DiffReport report) {
		return new FileMerge(state, conflicts, result, regions, report, null, root);
	}

	/**
	 * The root definition of the API this file is part of, when {@link #changes()} are the whole API's (every file
	 * reachable from the root by {@code $ref}, each change's location naming its file).
	 *
	 * @return the root's path in the working tree, or empty when the changes are this file's alone
	 */
	public Optional<String> apiRoot() {
		return Optional.ofNullable(apiRoot);
	}

	/** Why a hand-edited text cannot be written: it does not parse (the first problem, with its line), or null. */
	private static String problemOf(String path, byte[] text) {
		try {
			SourceDocument.parse(path, text, Format.fromFileName(path), LoadOptions.defaults());
			return null;
		} catch (DocumentException e) {
			return NLS.bind(Messages.Session_editProblem, Integer.valueOf(e.first().line()), e.first().message());
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	MergeState state() {
		return state;
	}

	/** @return the file's path in the working tree, {@code /} separated */
	public String path() {
		return state.request().path();
	}

	/** @return the local version (ours, index stage 2) */
	public String oursText() {
		return new String(state.request().ours(), StandardCharsets.UTF_8);
	}

	/** @return the remote version (theirs, index stage 3) */
	public String theirsText() {
		return new String(state.request().theirs(), StandardCharsets.UTF_8);
	}

	/**
	 * The line regions where local and remote differ, in order; lines are 0-based, {@code A} is local and
	 * {@code B} remote.
	 *
	 * @return the regions, unmodifiable
	 */
	public List<Edit> regions() {
		return regions;
	}

	/**
	 * The line regions where the merged result differs from the local version, in order; {@code A} is local and
	 * {@code B} the result. Computed when this value is made (in the session's job).
	 *
	 * @return the regions, unmodifiable
	 */
	public List<Edit> resultRegions() {
		return resultRegions;
	}

	/**
	 * Every conflict the structural merge found between local and remote, in document order, resolved or not.
	 *
	 * @return the conflicts, unmodifiable
	 */
	public List<Conflict> conflicts() {
		return conflicts;
	}

	/**
	 * The choice made for a conflict.
	 *
	 * @param conflict one of {@link #conflicts()}
	 * @return the choice, or empty while it is open; a whole-file choice counts for every conflict, and an edit by
	 *         hand of the result as a custom value for every conflict
	 */
	public Optional<Choice> choice(Conflict conflict) {
		if (state.edited() != null) {
			return Optional.of(Choice.CUSTOM);
		}
		if (wholeFile != null) {
			return Optional.of(wholeFile == Side.THEIRS ? Choice.THEIRS : Choice.OURS);
		}
		for (Resolution r : state.resolutions()) {
			if (r.pointer().equals(conflict.pointer())) {
				return Optional.of(r.choice());
			}
		}
		return Optional.empty();
	}

	/** @return the whole file kept ({@link Side#OURS} or {@link Side#THEIRS}), or empty when merged by conflict */
	public Optional<Side> wholeFile() {
		return Optional.ofNullable(wholeFile);
	}

	/**
	 * The semantic changes from local to remote: of the whole API the file is part of (see {@link #apiRoot()}),
	 * else of this file alone.
	 *
	 * @return the changes, or empty when they could not be computed
	 */
	public Optional<DiffReport> changes() {
		return Optional.ofNullable(changes);
	}

	/** @return why there are no semantic changes (not an OpenAPI description, a side that does not parse), or empty */
	public Optional<String> changesProblem() {
		return Optional.ofNullable(changesProblem);
	}

	/** @return the merged file as it would be written now (the local file when only comparing) */
	public byte[] mergedBytes() {
		if (result == null) {
			return state.request().ours();
		}
		byte[] edited = state.edited();
		if (edited != null) {
			return edited;
		}
		return wholeFile != null ? result.wholeFile(wholeFile) : result.bytes();
	}

	/**
	 * The merged file as the choices make it, leaving out an edit by hand: what the preview goes back to when the
	 * edit is undone.
	 *
	 * @return the bytes
	 */
	public byte[] chosenBytes() {
		if (result == null) {
			return state.request().ours();
		}
		return wholeFile != null ? result.wholeFile(wholeFile) : result.bytes();
	}

	/** @return whether the result is a text the user edited by hand (it then wins over every choice) */
	public boolean isEdited() {
		return state.edited() != null;
	}

	/**
	 * Why the text edited by hand cannot be written: the first parse problem with its line.
	 *
	 * @return the problem, or empty when the result is not edited or parses
	 */
	public Optional<String> editProblem() {
		return Optional.ofNullable(editProblem);
	}

	/** @return whether this is a comparison without a merge (Compare with Remote): no conflicts, nothing to apply */
	public boolean isComparison() {
		return result == null;
	}

	/** @return the merged text as it would be written now */
	public String mergedText() {
		return new String(mergedBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * What is still wrong with the merged result: conflicts still open and problems the merge found in its result
	 * (a text that would not parse, a {@code $ref} that points nowhere).
	 *
	 * @return the open conflicts of the result; empty when it can be applied
	 */
	public List<Conflict> openConflicts() {
		return wholeFile != null || result == null || state.edited() != null ? List.of() : result.conflicts();
	}

	/**
	 * The problems in the result that are not among the conflicts found between the sides (they come from a
	 * choice, such as a reference that points nowhere after it).
	 *
	 * @return the new problems, unmodifiable
	 */
	public List<Conflict> newProblems() {
		List<Conflict> fresh = new ArrayList<>();
		for (Conflict c : openConflicts()) {
			if (conflicts.stream().noneMatch(known -> known.pointer().equals(c.pointer()))) {
				fresh.add(c);
			}
		}
		return List.copyOf(fresh);
	}

	/** @return whether the result can be written: no conflict is left open, and a text edited by hand parses */
	public boolean isResolved() {
		return openConflicts().isEmpty() && editProblem == null;
	}
}
