package dev.specsync.ui.explorer.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * One row of the Explorer tree. Immutable; two items are equal when their {@link #id()} is, so that the
 * tree keeps its expansion and selection when the model is rebuilt after a change.
 *
 * @param id a stable id: the kind and the path (and the item within a collection)
 * @param kind what the row stands for
 * @param label the main text
 * @param detail grey text after the label (status, branch, "root"), or empty
 * @param file the file the row opens, or null
 * @param line the line to open the file at (1-based), or 0 for the top
 * @param method the HTTP method of a request, or null
 * @param git the file's Git state, or null when unchanged or not a file
 * @param problems how many errors the row's files have
 * @param children the rows below, in order
 */
public record ExplorerItem(String id, Kind kind, String label, String detail, Path file, int line, String method,
		GitState git, int problems, List<ExplorerItem> children) {

	/** What a row stands for; decides its icon. */
	public enum Kind {
		/** The workspace (the Git working tree). */
		WORKSPACE,
		/** An API of the manifest. */
		API,
		/** The group of an API's definition files. */
		DEFINITION,
		/** The group of an API's collections. */
		COLLECTIONS,
		/** A definition file (the root or a file reached by {@code $ref}). */
		FILE,
		/** A Postman collection file. */
		COLLECTION,
		/** A folder of a collection. */
		FOLDER,
		/** A request of a collection. */
		REQUEST,
		/** A message instead of content (nothing found, or why something cannot be shown). */
		MESSAGE
	}

	/** The Git state of a changed file. */
	public enum GitState {
		/** Changed and not committed. */
		MODIFIED,
		/** New and not committed (added or untracked). */
		ADDED,
		/** In conflict after a merge. */
		CONFLICT
	}

	/**
	 * Copies the children.
	 *
	 * @param id the id
	 * @param kind the kind
	 * @param label the label
	 * @param detail the detail
	 * @param file the file or null
	 * @param line the line
	 * @param method the method or null
	 * @param git the Git state or null
	 * @param problems the error count
	 * @param children the children
	 */
	public ExplorerItem {
		children = List.copyOf(children);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ExplorerItem item && item.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return detail.isEmpty() ? label : label + ' ' + detail;
	}
}
