package dev.specsync.ui.compare.internal.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import dev.specsync.diff.DiffReport;
import dev.specsync.merge.Choice;
import dev.specsync.merge.Conflict;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.MergeState;
import dev.specsync.merge.Resolution;
import dev.specsync.merge.Side;

/**
 * One conflicting file of an unfinished merge as the view shows it: local (ours) and remote (theirs) text, the
 * line regions where they differ, the semantic changes from local to remote, every conflict the structural merge
 * found with the choice made for it, and the merged result so far. Immutable: a choice gives a new value (see
 * {@link MergeSession}). Safe to hand from the job that made it to the UI thread.
 */
public final class FileMerge {

	private final MergeState state;
	private final List<Conflict> conflicts;
	private final MergeResult result;
	private final Side wholeFile;
	private final List<Edit> regions;
	private final DiffReport changes;
	private final String changesProblem;
	private final List<Edit> resultRegions;

	FileMerge(MergeState state, List<Conflict> conflicts, MergeResult result, Side wholeFile, List<Edit> regions,
			DiffReport changes, String changesProblem) {
		this.state = state;
		this.conflicts = List.copyOf(conflicts);
		this.result = result;
		this.wholeFile = wholeFile;
		this.regions = List.copyOf(regions);
		this.changes = changes;
		this.changesProblem = changesProblem;
		this.resultRegions = List.copyOf(new HistogramDiff().diff(RawTextComparator.DEFAULT,
				new RawText(state.request().ours()), new RawText(mergedBytes())));
	}

	FileMerge with(MergeState newState, MergeResult newResult, Side newWholeFile) {
		return new FileMerge(newState, conflicts, newResult, newWholeFile, regions, changes, changesProblem);
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
	 * @return the choice, or empty while it is open; a whole-file choice counts for every conflict
	 */
	public Optional<Choice> choice(Conflict conflict) {
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

	/** @return the semantic changes from local to remote, or empty when they could not be computed */
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
		return wholeFile != null ? result.wholeFile(wholeFile) : result.bytes();
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
		return wholeFile != null || result == null ? List.of() : result.conflicts();
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

	/** @return whether the result can be written: no conflict is left open */
	public boolean isResolved() {
		return openConflicts().isEmpty();
	}
}
