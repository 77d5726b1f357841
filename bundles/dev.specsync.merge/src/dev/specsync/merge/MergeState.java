package dev.specsync.merge;

import java.util.List;
import java.util.Objects;

/**
 * A merge in progress as {@link MergeStateStore} keeps it: the three sides, the resolutions chosen so far, and the
 * choices that cover the whole file. Merging the request again gives the same conflicts, so the resolutions apply
 * again after a restart.
 * <p>
 * The whole-file choice and the edited result take precedence over the resolutions, which are kept so that going
 * back to merging conflict by conflict finds them: with {@code edited} set the result is exactly those bytes (the
 * user's own text), otherwise with {@code wholeFile} set it is that side's file.
 *
 * @param request the three sides and the file's path, never {@code null}
 * @param resolutions the resolutions chosen so far, in order, never {@code null}
 * @param wholeFile the side whose whole file is kept ({@link Side#OURS} or {@link Side#THEIRS}), or {@code null}
 *        when merged conflict by conflict
 * @param edited the result as the user edited it by hand, or {@code null}; compared by identity in
 *        {@link #equals(Object)}, like every array component of a record
 */
public record MergeState(MergeRequest request, List<Resolution> resolutions, Side wholeFile, byte[] edited) {

	/**
	 * Checks and copies the values.
	 *
	 * @throws NullPointerException when the request or the resolutions are {@code null}
	 * @throws IllegalArgumentException when {@code wholeFile} is {@link Side#BASE}
	 */
	public MergeState {
		Objects.requireNonNull(request, "request"); //$NON-NLS-1$
		resolutions = List.copyOf(resolutions);
		if (wholeFile == Side.BASE) {
			throw new IllegalArgumentException("the whole file is kept from ours or theirs, not the base"); //$NON-NLS-1$
		}
		edited = edited == null ? null : edited.clone();
	}

	/**
	 * A state merged conflict by conflict, without a whole-file choice or an edited result.
	 *
	 * @param request the three sides and the file's path, never {@code null}
	 * @param resolutions the resolutions chosen so far, in order, never {@code null}
	 */
	public MergeState(MergeRequest request, List<Resolution> resolutions) {
		this(request, resolutions, null, null);
	}

	/**
	 * The result as the user edited it by hand.
	 *
	 * @return a copy of the bytes, or {@code null} when not edited
	 */
	@Override
	public byte[] edited() {
		return edited == null ? null : edited.clone();
	}
}
