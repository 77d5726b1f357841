package dev.specsync.cli.internal;

import java.util.Optional;
import java.util.SortedSet;

import dev.specsync.cli.Command;

/**
 * The commands available to the command line, by name. Implementations are thread-safe.
 */
public interface CommandCatalog {

	/**
	 * The names of all available commands.
	 *
	 * @return a sorted snapshot, never {@code null}
	 */
	SortedSet<String> names();

	/**
	 * Obtains a command, activating its component if needed.
	 *
	 * @param name the command name as typed
	 * @return the command, or empty when no command has that name
	 */
	Optional<Command> find(String name);
}
