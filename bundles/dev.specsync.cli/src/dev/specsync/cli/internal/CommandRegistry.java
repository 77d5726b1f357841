package dev.specsync.cli.internal;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandName;

/**
 * Tracks every {@link Command} service by its {@link CommandName} property. Binding a command does not
 * activate it: only {@link #find(String)} does, so the command line pays only for the command it runs.
 * Commands of bundles installed or removed at run time appear and disappear.
 */
@Component(service = CommandCatalog.class)
public final class CommandRegistry implements CommandCatalog {

	private final Map<String, ComponentServiceObjects<Command>> commands = new ConcurrentHashMap<>();

	/** Creates an empty registry; DS binds the commands. */
	public CommandRegistry() {
	}

	@Reference(service = Command.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addCommand(ComponentServiceObjects<Command> command, Map<String, Object> properties) {
		if (properties.get(CommandName.PROPERTY) instanceof String name && !name.isBlank()) {
			commands.putIfAbsent(name, command);
		}
	}

	void removeCommand(ComponentServiceObjects<Command> command, Map<String, Object> properties) {
		if (properties.get(CommandName.PROPERTY) instanceof String name) {
			commands.remove(name, command);
		}
	}

	@Override
	public SortedSet<String> names() {
		return new TreeSet<>(commands.keySet());
	}

	@Override
	public Optional<Command> find(String name) {
		ComponentServiceObjects<Command> objects = commands.get(name);
		return objects == null ? Optional.empty() : Optional.ofNullable(objects.getService());
	}
}
