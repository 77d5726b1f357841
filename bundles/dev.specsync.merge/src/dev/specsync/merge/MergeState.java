package dev.specsync.merge;

import java.util.List;
import java.util.Objects;

/**
 * A merge in progress as {@link MergeStateStore} keeps it: the three sides and the resolutions chosen so far.
 * Merging the request again gives the same conflicts, so the resolutions apply again after a restart.
 *
 * @param request the three sides and the file's path, never {@code null}
 * @param resolutions the resolutions chosen so far, in order, never {@code null}
 */
public record MergeState(MergeRequest request, List<Resolution> resolutions) {

	/**
	 * Checks and copies the values.
	 *
	 * @throws NullPointerException when a value is {@code null}
	 */
	public MergeState {
		Objects.requireNonNull(request, "request"); //$NON-NLS-1$
		resolutions = List.copyOf(resolutions);
	}
}
