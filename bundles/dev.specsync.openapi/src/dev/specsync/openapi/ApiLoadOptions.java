package dev.specsync.openapi;

import java.nio.file.Path;
import java.util.Objects;

import dev.specsync.document.LoadOptions;

/**
 * Limits and policies for loading an {@link ApiFileSet}. Immutable; start from {@link #defaults()}.
 *
 * @param documents the limits every file is loaded with; the set as a whole reads at most
 *        {@link LoadOptions#maxBytes()} bytes in total, so a set is bounded like one large file
 * @param boundary the folder no reference may leave (files outside it are never read), or {@code null} for
 *        the Git working tree holding the root (the nearest folder above it with a {@code .git}), else the
 *        root's folder
 * @param remoteReferences {@link RemoteReferences#OFF} to refuse {@code http(s)://} references with an error
 * @param maxFiles the most files one set may read, the root included
 */
public record ApiLoadOptions(LoadOptions documents, Path boundary, RemoteReferences remoteReferences, int maxFiles) {

	/** Default {@link #maxFiles()}: 10,000 files. */
	public static final int DEFAULT_MAX_FILES = 10_000;

	/**
	 * Checks the values.
	 *
	 * @param documents the per-file limits
	 * @param boundary the folder references must stay in, or {@code null}
	 * @param remoteReferences the remote policy
	 * @param maxFiles the most files, at least 1
	 * @throws NullPointerException when {@code documents} or {@code remoteReferences} is {@code null}
	 * @throws IllegalArgumentException when {@code maxFiles} is below 1
	 */
	public ApiLoadOptions {
		Objects.requireNonNull(documents, "documents"); //$NON-NLS-1$
		Objects.requireNonNull(remoteReferences, "remoteReferences"); //$NON-NLS-1$
		if (maxFiles < 1) {
			throw new IllegalArgumentException("maxFiles must be at least 1"); //$NON-NLS-1$
		}
	}

	/**
	 * {@link LoadOptions#defaults()}, the Git working tree as boundary, remote references off, 10,000 files.
	 *
	 * @return the defaults
	 */
	public static ApiLoadOptions defaults() {
		return new ApiLoadOptions(LoadOptions.defaults(), null, RemoteReferences.OFF, DEFAULT_MAX_FILES);
	}

	/**
	 * A copy with other per-file limits.
	 *
	 * @param value the limits, not {@code null}
	 * @return new options; this instance is unchanged
	 */
	public ApiLoadOptions withDocuments(LoadOptions value) {
		return new ApiLoadOptions(value, boundary, remoteReferences, maxFiles);
	}

	/**
	 * A copy with another boundary.
	 *
	 * @param value the folder references must stay in, or {@code null} for the default
	 * @return new options; this instance is unchanged
	 */
	public ApiLoadOptions withBoundary(Path value) {
		return new ApiLoadOptions(documents, value, remoteReferences, maxFiles);
	}

	/**
	 * A copy with another remote policy.
	 *
	 * @param value the policy, not {@code null}
	 * @return new options; this instance is unchanged
	 */
	public ApiLoadOptions withRemoteReferences(RemoteReferences value) {
		return new ApiLoadOptions(documents, boundary, value, maxFiles);
	}

	/**
	 * A copy with another file limit.
	 *
	 * @param value the most files, at least 1
	 * @return new options; this instance is unchanged
	 */
	public ApiLoadOptions withMaxFiles(int value) {
		return new ApiLoadOptions(documents, boundary, remoteReferences, value);
	}

	/** What to do with {@code http://} and {@code https://} references. */
	public enum RemoteReferences {
		/** Refuse them: each is an error saying that remote references are off and how to allow them. */
		OFF,
		/**
		 * Allow them: they are kept as they are and reported as warnings, because this version does not fetch
		 * them yet; their targets are not checked.
		 */
		ALLOW
	}
}
