package dev.specsync.git.internal;

import dev.specsync.git.SyncOperation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Metadata stored as trailer lines in the message of a snapshot commit. The commit's parents keep
 * every commit named here alive; {@link #parse} rejects messages that name a non-parent.
 */
record SnapshotMetadata(Instant time, String reason, SyncOperation operation, String branch, ObjectId head,
		ObjectId index, ObjectId state, List<ObjectId> mergeHeads, List<ObjectId> keep) {

	static final int VERSION = 1;

	private static final String K_VERSION = "Specsync-Version";
	private static final String K_TIME = "Specsync-Time";
	private static final String K_REASON = "Specsync-Reason";
	private static final String K_OPERATION = "Specsync-Operation";
	private static final String K_BRANCH = "Specsync-Branch";
	private static final String K_HEAD = "Specsync-Head";
	private static final String K_INDEX = "Specsync-Index";
	private static final String K_STATE = "Specsync-State";
	private static final String K_MERGE_HEAD = "Specsync-Merge-Head";
	private static final String K_KEEP = "Specsync-Keep";
	private static final String NONE = "none";
	private static final int MAX_REASON = 200;

	SnapshotMetadata {
		reason = foldReason(reason);
		mergeHeads = List.copyOf(mergeHeads);
		keep = List.copyOf(keep);
	}

	static String foldReason(String reason) {
		String r = reason == null ? "" : reason.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
		if (r.isEmpty()) {
			r = "snapshot";
		}
		return r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r;
	}

	String format() {
		StringBuilder sb = new StringBuilder();
		sb.append("SpecSync snapshot: ").append(reason).append("\n\n");
		line(sb, K_VERSION, Integer.toString(VERSION));
		line(sb, K_TIME, time.toString());
		line(sb, K_REASON, reason);
		if (operation != null) {
			line(sb, K_OPERATION, operation.token());
		}
		line(sb, K_BRANCH, branch == null ? NONE : branch);
		line(sb, K_HEAD, head == null ? NONE : head.name());
		line(sb, K_INDEX, index.name());
		if (state != null) {
			line(sb, K_STATE, state.name());
		}
		mergeHeads.forEach(id -> line(sb, K_MERGE_HEAD, id.name()));
		keep.forEach(id -> line(sb, K_KEEP, id.name()));
		return sb.toString();
	}

	private static void line(StringBuilder sb, String key, String value) {
		sb.append(key).append(": ").append(value).append('\n');
	}

	/**
	 * @param message full commit message
	 * @param parents the commit's parents
	 * @return the metadata, empty if the message is not a readable snapshot message of a known version
	 */
	static Optional<SnapshotMetadata> parse(String message, Set<ObjectId> parents) {
		Instant time = null;
		String reason = null;
		SyncOperation operation = null;
		String branch = null;
		ObjectId head = null;
		ObjectId index = null;
		ObjectId state = null;
		boolean versionOk = false;
		boolean headSeen = false;
		List<ObjectId> mergeHeads = new ArrayList<>();
		List<ObjectId> keep = new ArrayList<>();
		try {
			for (String line : message.split("\n")) {
				int colon = line.indexOf(": ");
				if (colon < 0 || !line.startsWith("Specsync-")) {
					continue;
				}
				String key = line.substring(0, colon);
				String value = line.substring(colon + 2).strip();
				switch (key) {
					case K_VERSION -> versionOk = Integer.parseInt(value) == VERSION;
					case K_TIME -> time = Instant.parse(value);
					case K_REASON -> reason = value;
					case K_OPERATION -> operation = SyncOperation.fromToken(value).orElse(null);
					case K_BRANCH -> branch = NONE.equals(value) ? null : value;
					case K_HEAD -> {
						headSeen = true;
						head = NONE.equals(value) ? null : ObjectId.fromString(value);
					}
					case K_INDEX -> index = ObjectId.fromString(value);
					case K_STATE -> state = ObjectId.fromString(value);
					case K_MERGE_HEAD -> mergeHeads.add(ObjectId.fromString(value));
					case K_KEEP -> keep.add(ObjectId.fromString(value));
					default -> {
						// unknown keys from newer writers are ignored
					}
				}
			}
		} catch (DateTimeParseException | IllegalArgumentException e) {
			return Optional.empty();
		}
		if (!versionOk || time == null || reason == null || index == null || !headSeen) {
			return Optional.empty();
		}
		List<ObjectId> named = new ArrayList<>();
		named.add(index);
		if (head != null) {
			named.add(head);
		}
		if (state != null) {
			named.add(state);
		}
		named.addAll(mergeHeads);
		named.addAll(keep);
		if (!parents.containsAll(named)) {
			return Optional.empty();
		}
		return Optional.of(new SnapshotMetadata(time, reason, operation, branch, head, index, state, mergeHeads, keep));
	}
}
