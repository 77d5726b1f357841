package dev.specsync.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SourceDocument;

/**
 * A row of the outline: a section (Paths, Schemas...), a path, an operation or a named element, with the line
 * it starts at.
 *
 * @param label the main text
 * @param method the HTTP method of an operation, or null
 * @param detail grey text (an operation's summary), or empty
 * @param line the 1-based line to reveal
 * @param children the rows below
 */
record OutlineNode(String label, String method, String detail, int line, List<OutlineNode> children) {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/**
	 * The outline of a definition: paths with their operations, and the reusable schemas, responses and
	 * parameters; for a file without these (a schema of its own), its properties or its top-level keys.
	 *
	 * @param document the parsed file
	 * @return the top-level rows
	 */
	static List<OutlineNode> of(SourceDocument document) {
		List<OutlineNode> sections = new ArrayList<>();
		if (!(Nodes.resolveAlias(document.root()) instanceof MappingNode root)) {
			return sections;
		}
		MappingNode paths = mapping(root.get("paths")); //$NON-NLS-1$
		if (paths != null) {
			List<OutlineNode> rows = new ArrayList<>();
			for (int i = 0; i < paths.size(); i++) {
				List<OutlineNode> operations = new ArrayList<>();
				MappingNode item = mapping(paths.value(i));
				if (item != null) {
					for (int k = 0; k < item.size(); k++) {
						String key = item.keyText(k);
						if (key != null && METHODS.contains(key)) {
							MappingNode operation = mapping(item.value(k));
							String summary = operation == null ? "" : text(operation.get("summary")); //$NON-NLS-1$ //$NON-NLS-2$
							operations.add(new OutlineNode(summary.isEmpty() ? text(operation == null ? null : operation.get("operationId")) : summary, //$NON-NLS-1$
									key.toUpperCase(Locale.ROOT), "", line(document, item.key(k)), List.of())); //$NON-NLS-1$
						}
					}
				}
				rows.add(new OutlineNode(String.valueOf(paths.keyText(i)), null, "", line(document, paths.key(i)), operations)); //$NON-NLS-1$
			}
			sections.add(new OutlineNode(Messages.Outline_paths, null, count(rows), line(document, root.key(root.indexOf("paths"))), rows)); //$NON-NLS-1$
		}
		MappingNode components = mapping(root.get("components")); //$NON-NLS-1$
		if (components != null) {
			section(document, sections, components, "schemas", Messages.Outline_schemas); //$NON-NLS-1$
			section(document, sections, components, "responses", Messages.Outline_responses); //$NON-NLS-1$
			section(document, sections, components, "parameters", Messages.Outline_parameters); //$NON-NLS-1$
			section(document, sections, components, "requestBodies", Messages.Outline_requestBodies); //$NON-NLS-1$
		}
		section(document, sections, root, "definitions", Messages.Outline_schemas); //$NON-NLS-1$
		if (sections.isEmpty()) {
			MappingNode properties = mapping(root.get("properties")); //$NON-NLS-1$
			if (properties != null) {
				section(document, sections, root, "properties", Messages.Outline_properties); //$NON-NLS-1$
			} else {
				for (int i = 0; i < root.size(); i++) {
					sections.add(new OutlineNode(String.valueOf(root.keyText(i)), null, "", line(document, root.key(i)), List.of())); //$NON-NLS-1$
				}
			}
		}
		return sections;
	}

	private static void section(SourceDocument document, List<OutlineNode> sections, MappingNode parent, String key, String label) {
		MappingNode named = mapping(parent.get(key));
		if (named == null) {
			return;
		}
		List<OutlineNode> rows = new ArrayList<>();
		for (int i = 0; i < named.size(); i++) {
			rows.add(new OutlineNode(String.valueOf(named.keyText(i)), null, "", line(document, named.key(i)), List.of())); //$NON-NLS-1$
		}
		sections.add(new OutlineNode(label, null, count(rows), line(document, parent.key(parent.indexOf(key))), rows));
	}

	private static String count(List<OutlineNode> rows) {
		return Integer.toString(rows.size());
	}

	private static MappingNode mapping(Node node) {
		return node != null && Nodes.resolveAlias(node) instanceof MappingNode m ? m : null;
	}

	private static String text(Node node) {
		return node != null && Nodes.resolveAlias(node) instanceof ScalarNode s ? s.value() : ""; //$NON-NLS-1$
	}

	private static int line(SourceDocument document, Node node) {
		return document.start(node).line();
	}
}
