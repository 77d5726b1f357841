package dev.specsync.diff.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.ScalarType;

/**
 * The meaning of one schema as the comparison reads it, with {@code allOf} members merged in (their properties
 * and required names joined, other keywords taken from the first place that sets them), {@code nullable},
 * {@code x-nullable} and a {@code "null"} type folded into one flag, and enum values in a canonical text so that
 * JSON and YAML spellings of the same number compare equal.
 */
final class SchemaView {

	/** {@code additionalProperties} absent, {@code true} or {@code {}}. */
	static final String OPEN = "allowed"; //$NON-NLS-1$
	/** {@code additionalProperties: false}. */
	static final String CLOSED = "not allowed"; //$NON-NLS-1$
	/** {@code additionalProperties} with a schema. */
	static final String TYPED = "a schema"; //$NON-NLS-1$

	final At at;
	final Set<String> types = new TreeSet<>();
	boolean nullable;
	String format;
	List<String> enumValues;
	String pattern;
	/** {@code multipleOf}, or null. */
	BigDecimal multipleOf;
	/** Whether {@code uniqueItems: true}. */
	boolean uniqueItems;
	/** The {@code const} value in canonical text, or null. */
	String constValue;
	final Map<String, BigDecimal> bounds = new HashMap<>();
	final Map<String, At> properties = new LinkedHashMap<>();
	final Set<String> required = new HashSet<>();
	At items;
	String additional = OPEN;
	At additionalSchema;
	List<At> oneOf;
	List<At> anyOf;
	/** JSON Schema 2020-12 applicators (OpenAPI 3.1), null or empty when absent. */
	At not;
	List<At> prefixItems;
	At contains;
	At ifSchema;
	At thenSchema;
	At elseSchema;
	/** {@code dependentRequired}: property name to the names it makes required. */
	final Map<String, Set<String>> dependentRequired = new TreeMap<>();
	final Map<String, At> dependentSchemas = new LinkedHashMap<>();
	final Map<String, At> patternProperties = new LinkedHashMap<>();
	String description;
	boolean readOnly;
	boolean writeOnly;
	boolean deprecated;
	String example;
	String defaultValue;
	final Map<String, String> extensions = new TreeMap<>();
	String discriminator;
	final Map<String, String> discriminatorMapping = new TreeMap<>();

	private SchemaView(At at) {
		this.at = at;
	}

	static SchemaView of(Spec spec, At at) {
		SchemaView v = new SchemaView(at);
		v.read(spec, at, Collections.newSetFromMap(new IdentityHashMap<>()), true);
		return v;
	}

	private void read(Spec spec, At schema, Set<Node> visited, boolean top) {
		if (!(schema.node() instanceof MappingNode m) || !visited.add(m)) {
			return;
		}
		Node type = m.get("type"); //$NON-NLS-1$
		if (type != null && types.isEmpty()) {
			for (At t : Spec.items(Spec.child(schema, "type"))) { //$NON-NLS-1$
				addType(t.node());
			}
			addType(Nodes.resolveAlias(type));
		}
		nullable |= Spec.flag(schema, "nullable") || Spec.flag(schema, "x-nullable"); //$NON-NLS-1$ //$NON-NLS-2$
		if (format == null) {
			format = Spec.text(schema, "format"); //$NON-NLS-1$
		}
		if (pattern == null) {
			pattern = Spec.text(schema, "pattern"); //$NON-NLS-1$
		}
		if (multipleOf == null) {
			At mo = Spec.child(schema, "multipleOf"); //$NON-NLS-1$
			if (mo != null && mo.node() instanceof ScalarNode s && s.type() == ScalarType.NUMBER) {
				try {
					BigDecimal d = new BigDecimal(s.value());
					multipleOf = d.signum() > 0 ? d : null;
				} catch (NumberFormatException ex) {
					// not a plain number: left out
				}
			}
		}
		uniqueItems |= Spec.flag(schema, "uniqueItems"); //$NON-NLS-1$
		if (constValue == null && m.get("const") != null) { //$NON-NLS-1$
			constValue = canonicalTree(m.get("const")); //$NON-NLS-1$
		}
		if (top && description == null) {
			description = normalise(Spec.text(schema, "description")); //$NON-NLS-1$
		}
		if (top) {
			deprecated = Spec.flag(schema, "deprecated"); //$NON-NLS-1$
			Node ex = m.get("example"); //$NON-NLS-1$
			if (ex == null) {
				ex = m.get("examples"); //$NON-NLS-1$
			}
			example = ex == null ? null : canonicalTree(ex);
			for (int i = 0; i < m.size(); i++) {
				String k = m.keyText(i);
				if (k != null && k.startsWith("x-") && !k.equals("x-nullable")) { //$NON-NLS-1$ //$NON-NLS-2$
					extensions.putIfAbsent(k, canonicalTree(m.value(i)));
				}
			}
		}
		if (defaultValue == null && m.get("default") != null) { //$NON-NLS-1$
			defaultValue = canonicalTree(m.get("default")); //$NON-NLS-1$
		}
		At disc = Spec.child(schema, "discriminator"); //$NON-NLS-1$
		if (disc != null && discriminator == null) {
			discriminator = disc.node() instanceof ScalarNode s ? s.value() : Spec.text(disc, "propertyName"); //$NON-NLS-1$
			if (discriminator != null) {
				for (Map.Entry<String, At> e : Spec.entries(Spec.child(disc, "mapping")).entrySet()) { //$NON-NLS-1$
					if (e.getValue().node() instanceof ScalarNode target) {
						String t = target.value();
						discriminatorMapping.put(e.getKey(), t.substring(t.lastIndexOf('/') + 1));
					}
				}
			}
		}
		readOnly |= Spec.flag(schema, "readOnly"); //$NON-NLS-1$
		writeOnly |= Spec.flag(schema, "writeOnly"); //$NON-NLS-1$
		At e = Spec.child(schema, "enum"); //$NON-NLS-1$
		if (e != null && enumValues == null) {
			Set<String> values = new LinkedHashSet<>();
			for (At item : Spec.items(e)) {
				String c = canonical(item.node());
				if (!"null".equals(c)) { //$NON-NLS-1$
					values.add(c);
				} else {
					nullable = true;
				}
			}
			enumValues = new ArrayList<>(values);
		}
		for (String bound : Rules.LOWER_BOUNDS) {
			bound(schema, bound);
		}
		for (String bound : Rules.UPPER_BOUNDS) {
			bound(schema, bound);
		}
		exclusive(schema, "exclusiveMinimum", "minimum"); //$NON-NLS-1$ //$NON-NLS-2$
		exclusive(schema, "exclusiveMaximum", "maximum"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Map.Entry<String, At> p : Spec.entries(Spec.child(schema, "properties")).entrySet()) { //$NON-NLS-1$
			properties.putIfAbsent(p.getKey(), p.getValue());
		}
		for (At r : Spec.items(Spec.child(schema, "required"))) { //$NON-NLS-1$
			if (r.node() instanceof ScalarNode s) {
				required.add(s.value());
			}
		}
		if (items == null) {
			items = Spec.child(schema, "items"); //$NON-NLS-1$
		}
		At ap = Spec.child(schema, "additionalProperties"); //$NON-NLS-1$
		if (ap != null && additional == OPEN) {
			if (ap.node() instanceof ScalarNode s) {
				additional = Boolean.FALSE.equals(s.toJava()) ? CLOSED : OPEN;
			} else if (ap.node() instanceof MappingNode am && am.size() > 0) {
				additional = TYPED;
				additionalSchema = ap;
			}
		}
		if (oneOf == null && Spec.child(schema, "oneOf") != null) { //$NON-NLS-1$
			oneOf = Spec.items(Spec.child(schema, "oneOf")); //$NON-NLS-1$
		}
		if (anyOf == null && Spec.child(schema, "anyOf") != null) { //$NON-NLS-1$
			anyOf = Spec.items(Spec.child(schema, "anyOf")); //$NON-NLS-1$
		}
		if (not == null) {
			not = Spec.child(schema, "not"); //$NON-NLS-1$
		}
		if (prefixItems == null && Spec.child(schema, "prefixItems") != null) { //$NON-NLS-1$
			prefixItems = Spec.items(Spec.child(schema, "prefixItems")); //$NON-NLS-1$
		}
		if (contains == null) {
			contains = Spec.child(schema, "contains"); //$NON-NLS-1$
		}
		if (ifSchema == null && Spec.child(schema, "if") != null) { //$NON-NLS-1$
			ifSchema = Spec.child(schema, "if"); //$NON-NLS-1$
			thenSchema = Spec.child(schema, "then"); //$NON-NLS-1$
			elseSchema = Spec.child(schema, "else"); //$NON-NLS-1$
		}
		for (Map.Entry<String, At> dr : Spec.entries(Spec.child(schema, "dependentRequired")).entrySet()) { //$NON-NLS-1$
			Set<String> names = dependentRequired.computeIfAbsent(dr.getKey(), k -> new TreeSet<>());
			for (At r : Spec.items(dr.getValue())) {
				if (r.node() instanceof ScalarNode s) {
					names.add(s.value());
				}
			}
		}
		for (Map.Entry<String, At> ds : Spec.entries(Spec.child(schema, "dependentSchemas")).entrySet()) { //$NON-NLS-1$
			dependentSchemas.putIfAbsent(ds.getKey(), ds.getValue());
		}
		for (Map.Entry<String, At> pp : Spec.entries(Spec.child(schema, "patternProperties")).entrySet()) { //$NON-NLS-1$
			patternProperties.putIfAbsent(pp.getKey(), pp.getValue());
		}
		for (At member : Spec.items(Spec.child(schema, "allOf"))) { //$NON-NLS-1$
			read(spec, spec.deref(member), visited, false);
		}
	}

	private void addType(Node t) {
		if (t instanceof ScalarNode s && s.type() == ScalarType.STRING) {
			if ("null".equals(s.value())) { //$NON-NLS-1$
				nullable = true;
			} else {
				types.add(s.value());
			}
		}
	}

	/**
	 * Swagger 2.0 and OpenAPI 3.0 make a bound exclusive with a boolean beside it; read that as the 3.1 number, so
	 * that both spellings compare equal and a bound turned exclusive is reported.
	 */
	private void exclusive(At schema, String exclusive, String bound) {
		if (Spec.flag(schema, exclusive) && Spec.child(schema, bound) != null && bounds.containsKey(bound)) {
			bounds.putIfAbsent(exclusive, bounds.remove(bound));
		}
	}

	private void bound(At schema, String keyword) {
		At b = Spec.child(schema, keyword);
		if (b != null && b.node() instanceof ScalarNode s && s.type() == ScalarType.NUMBER) {
			try {
				bounds.putIfAbsent(keyword, new BigDecimal(s.value()));
			} catch (NumberFormatException e) {
				// not a plain number: the bound is left out
			}
		}
	}

	/** The value in a canonical text: numbers without trailing zeros, strings quoted. */
	static String canonical(Node node) {
		Node n = Nodes.resolveAlias(node);
		if (n instanceof ScalarNode s) {
			switch (s.type()) {
				case NUMBER:
					try {
						BigDecimal d = new BigDecimal(s.value()).stripTrailingZeros();
						return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
					} catch (NumberFormatException e) {
						return s.value();
					}
				case STRING:
					return '"' + s.value() + '"';
				case BOOLEAN:
					return String.valueOf(s.toJava());
				default:
					return "null"; //$NON-NLS-1$
			}
		}
		return String.valueOf(Nodes.toJava(n));
	}

	/**
	 * A value in a canonical text: mappings with their keys sorted, sequences in order, scalars as
	 * {@link #canonical(Node)}; so that the same value written in JSON or YAML, in any key order, compares equal.
	 */
	static String canonicalTree(Node node) {
		StringBuilder b = new StringBuilder();
		canonicalTree(Nodes.resolveAlias(node), b, 0);
		return b.toString();
	}

	private static void canonicalTree(Node n, StringBuilder b, int depth) {
		if (depth > 64) {
			b.append("..."); //$NON-NLS-1$
		} else if (n instanceof MappingNode m) {
			Map<String, Node> sorted = new TreeMap<>();
			for (int i = 0; i < m.size(); i++) {
				String k = m.keyText(i);
				sorted.putIfAbsent(k == null ? "?" : k, m.value(i)); //$NON-NLS-1$
			}
			b.append('{');
			for (Map.Entry<String, Node> e : sorted.entrySet()) {
				b.append('"').append(e.getKey()).append("\":"); //$NON-NLS-1$
				canonicalTree(Nodes.resolveAlias(e.getValue()), b, depth + 1);
				b.append(',');
			}
			b.append('}');
		} else if (n instanceof dev.specsync.document.SequenceNode s) {
			b.append('[');
			for (int i = 0; i < s.size(); i++) {
				canonicalTree(Nodes.resolveAlias(s.get(i)), b, depth + 1);
				b.append(',');
			}
			b.append(']');
		} else {
			b.append(canonical(n));
		}
	}

	/** Text with runs of white space made one space, so that YAML folding and JSON escapes compare equal. */
	static String normalise(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		int n = t.length();
		int i = 0;
		for (; i < n; i++) {
			char c = t.charAt(i);
			if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(t.charAt(i + 1)))) {
				break;
			}
		}
		if (i == n) {
			return t; // the common case: nothing to collapse, no copy
		}
		StringBuilder b = new StringBuilder(n).append(t, 0, i);
		while (i < n) {
			char c = t.charAt(i);
			if (isSpace(c)) {
				b.append(' ');
				while (i < n && isSpace(t.charAt(i))) {
					i++;
				}
			} else {
				b.append(c);
				i++;
			}
		}
		return b.toString();
	}

	/** The white space of the regular expression {@code \s}. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** The types for a sentence: {@code string}, {@code [integer, string]} or {@code any}. */
	String typeText() {
		return types.isEmpty() ? "any" : types.size() == 1 ? types.iterator().next() : types.toString(); //$NON-NLS-1$
	}

	/** Whether every value of {@code other}'s types is a value of this one's ({@code integer} is a number). */
	boolean typesCover(SchemaView other) {
		if (types.isEmpty()) {
			return true;
		}
		if (other.types.isEmpty()) {
			return false;
		}
		for (String t : other.types) {
			if (!types.contains(t) && !("integer".equals(t) && types.contains("number"))) { //$NON-NLS-1$ //$NON-NLS-2$
				return false;
			}
		}
		return true;
	}
}
