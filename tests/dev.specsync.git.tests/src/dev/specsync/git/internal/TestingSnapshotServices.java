package dev.specsync.git.internal;

import java.time.Clock;

import dev.specsync.git.SnapshotServices;

/** Gives tests outside this package the factory's package-private constructor with a controllable clock. */
public final class TestingSnapshotServices {

	private TestingSnapshotServices() {
	}

	/**
	 * @param clock source of snapshot times and of "now" for pruning
	 * @return a factory whose services use {@code clock}
	 */
	public static SnapshotServices withClock(Clock clock) {
		return new JGitSnapshotServices(clock);
	}
}
