package dev.specsync.git.engine;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads history newest first (see {@link GitWorkspace#log()}).
 */
@ProviderType
public interface LogOperation extends GitOperation<List<LogEntry>> {
	/**
	 * Starts at this ref instead of HEAD.
	 *
	 * @param ref any ref or commit id
	 * @return this operation
	 */
	LogOperation setStart(String ref);

	/**
	 * Lists only commits that change this file (its history).
	 *
	 * @param path the file's path relative to the working tree, with {@code /} separators
	 * @return this operation
	 */
	LogOperation setPath(String path);

	/**
	 * Limits the number of commits; the default is 100.
	 *
	 * @param max a positive number
	 * @return this operation
	 */
	LogOperation setMaxCount(int max);
}
