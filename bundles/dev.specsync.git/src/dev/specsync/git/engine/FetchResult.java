package dev.specsync.git.engine;

import java.util.List;

/**
 * What a fetch changed.
 *
 * @param updatedRefs the remote-tracking refs that were created, moved or deleted, full names; unmodifiable
 * @param serverMessages text the server sent for the user (lines without the {@code remote:} prefix); unmodifiable
 */
public record FetchResult(List<String> updatedRefs, List<String> serverMessages) {

	/** Copies the lists. */
	public FetchResult {
		updatedRefs = List.copyOf(updatedRefs);
		serverMessages = List.copyOf(serverMessages);
	}
}
