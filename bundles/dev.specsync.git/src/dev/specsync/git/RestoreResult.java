package dev.specsync.git;

import java.util.Objects;

/**
 * Outcome of a restore.
 *
 * @param restored the snapshot whose state is now in the working tree; never {@code null}
 * @param safety the snapshot of the state just before restoring ("before restore"); restore it to undo; never {@code null}
 */
public record RestoreResult(Snapshot restored, Snapshot safety) {
	/**
	 * Checks that both snapshots are present.
	 *
	 * @throws NullPointerException if {@code restored} or {@code safety} is {@code null}
	 */
	public RestoreResult {
		Objects.requireNonNull(restored, "restored");
		Objects.requireNonNull(safety, "safety");
	}
}
