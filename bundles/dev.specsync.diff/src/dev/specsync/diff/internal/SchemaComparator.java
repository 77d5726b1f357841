package dev.specsync.diff.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.specsync.document.Node;

/**
 * The one schema comparison. It walks two schemas side by side and reports each difference as an aspect (type
 * widened, enum value removed, property became required...) in the direction the schema is used in; the rule
 * catalogue decides what that means for clients. Pairs of referenced schemas are compared once per direction
 * and their findings reused; a pair met again while it is being compared (a recursive schema) is skipped, the
 * comparison in progress covers it. A pair written the same in both versions ({@link Sameness}) is not walked at
 * all: it can have no findings. Not thread-safe: one instance per diff.
 */
final class SchemaComparator {

	private final Spec oldSpec;
	private final Spec newSpec;
	private final Map<PairKey, List<Finding>> cache = new HashMap<>();
	private final Set<PairKey> inProgress = new HashSet<>();
	final Sameness sameness;

	/** A pair of schema nodes (compared by identity: nodes do not override equals) in a direction. */
	private record PairKey(Direction direction, Node oldNode, Node newNode) {
	}

	SchemaComparator(Spec oldSpec, Spec newSpec) {
		this.oldSpec = oldSpec;
		this.newSpec = newSpec;
		this.sameness = new Sameness(oldSpec, newSpec);
	}

	/**
	 * Compares two schemas.
	 *
	 * @param direction where the schemas are used
	 * @param where how to name the schemas' place in sentences, for example {@code request body 'application/json'}
	 * @param o the old schema, or null (nothing is compared)
	 * @param n the new schema, or null (nothing is compared)
	 * @param out receives the findings
	 */
	void compare(Direction direction, String where, At o, At n, List<Finding> out) {
		if (o == null || n == null) {
			return;
		}
		String oldRef = Spec.ref(o);
		String newRef = Spec.ref(n);
		At od = oldSpec.deref(o);
		At nd = newSpec.deref(n);
		PairKey key = new PairKey(direction, od.node(), nd.node());
		if (oldRef != null && newRef != null) {
			List<Finding> cached = cache.get(key);
			if (cached != null) {
				out.addAll(cached);
				return;
			}
			if (sameness.same(od, nd)) {
				cache.put(key, List.of());
				return;
			}
			if (!inProgress.add(key)) {
				return;
			}
			List<Finding> found = new ArrayList<>();
			compareResolved(direction, "schema '" + newSpec.refName(n) + "'", "", od, nd, found); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			inProgress.remove(key);
			cache.put(key, found);
			out.addAll(found);
			return;
		}
		if (sameness.same(od, nd) || !inProgress.add(key)) {
			return;
		}
		compareResolved(direction, where, "", od, nd, out); //$NON-NLS-1$
		inProgress.remove(key);
	}

	private void compareResolved(Direction d, String base, String path, At o, At n, List<Finding> out) {
		SchemaView ov = SchemaView.of(oldSpec, o);
		SchemaView nv = SchemaView.of(newSpec, n);
		String where = path.isEmpty() ? base : base + " property '" + path + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		if (!Objects.equals(ov.description, nv.description)) {
			emit(out, d, "description.changed", where, o, n, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		types(d, where, ov, nv, out);
		if (!Objects.equals(ov.format, nv.format)) {
			String aspect = ov.format == null ? "format.added" //$NON-NLS-1$
					: nv.format == null ? "format.removed" : "format.changed"; //$NON-NLS-1$ //$NON-NLS-2$
			emit(out, d, aspect, where, o, n, ov.format, nv.format);
		}
		enums(d, where, ov, nv, out);
		if (ov.nullable != nv.nullable) {
			emit(out, d, nv.nullable ? "nullable.added" : "nullable.removed", where, o, n, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		if (!Objects.equals(ov.pattern, nv.pattern)) {
			String aspect = ov.pattern == null ? "pattern.added" //$NON-NLS-1$
					: nv.pattern == null ? "pattern.removed" : "pattern.changed"; //$NON-NLS-1$ //$NON-NLS-2$
			emit(out, d, aspect, where, o, n, ov.pattern, nv.pattern);
		}
		multipleOf(d, where, ov, nv, out);
		if (ov.uniqueItems != nv.uniqueItems) {
			emit(out, d, nv.uniqueItems ? "uniqueItems.added" : "uniqueItems.removed", where, o, n, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		if (!Objects.equals(ov.constValue, nv.constValue)) {
			String aspect = ov.constValue == null ? "const.added" //$NON-NLS-1$
					: nv.constValue == null ? "const.removed" : "const.changed"; //$NON-NLS-1$ //$NON-NLS-2$
			emit(out, d, aspect, where, o, n, ov.constValue, nv.constValue);
		}
		for (String bound : Rules.LOWER_BOUNDS) {
			bound(d, where, bound, ov, nv, out);
		}
		for (String bound : Rules.UPPER_BOUNDS) {
			bound(d, where, bound, ov, nv, out);
		}
		if (ov.deprecated != nv.deprecated) {
			emit(out, d, nv.deprecated ? "deprecated.added" : "deprecated.removed", where, o, n, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		if (!Objects.equals(ov.example, nv.example)) {
			emit(out, d, "example.changed", where, o, n, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!Objects.equals(ov.defaultValue, nv.defaultValue)) {
			String aspect = ov.defaultValue == null ? "default.added" //$NON-NLS-1$
					: nv.defaultValue == null ? "default.removed" : "default.changed"; //$NON-NLS-1$ //$NON-NLS-2$
			emit(out, d, aspect, where, o, n, ov.defaultValue, nv.defaultValue);
		}
		extensions(d, where, o, n, ov.extensions, nv.extensions, out);
		discriminator(d, where, o, n, ov, nv, out);
		additionalProperties(d, base, path, ov, nv, out);
		properties(d, base, path, ov, nv, out);
		if (ov.items != null && nv.items != null) {
			child(d, base, path + "[]", ov.items, nv.items, out); //$NON-NLS-1$
		}
		alternatives(d, base, path, "oneOf", ov.oneOf, nv.oneOf, o, n, out); //$NON-NLS-1$
		alternatives(d, base, path, "anyOf", ov.anyOf, nv.anyOf, o, n, out); //$NON-NLS-1$
		if (ov.not != null || nv.not != null) {
			if (ov.not == null) {
				emit(out, d, "not.added", where, o, nv.not, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (nv.not == null) {
				emit(out, d, "not.removed", where, ov.not, n, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (!sameness.same(oldSpec.deref(ov.not), newSpec.deref(nv.not))) {
				// what a 'not' excludes is the opposite of what it describes: no direction-aware walk inside it
				emit(out, d, "not.changed", where, ov.not, nv.not, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		prefixItems(d, base, path, where, o, n, ov, nv, out);
		optional(d, base, path, where, "contains", ov.contains, nv.contains, o, n, out); //$NON-NLS-1$
		conditional(d, base, path, where, o, n, ov, nv, out);
		dependentRequired(d, where, o, n, ov, nv, out);
		keyed(d, base, path, where, "dependentSchemas", ov.dependentSchemas, nv.dependentSchemas, o, n, out); //$NON-NLS-1$
		keyed(d, base, path, where, "patternProperties", ov.patternProperties, nv.patternProperties, o, n, out); //$NON-NLS-1$
	}

	/**
	 * Compares the schemas of a whole request or response body, parameter or header: like
	 * {@link #compare(Direction, String, At, At, List)}, and also whether the schema itself became read-only or
	 * write-only (a property's flags are compared with the property).
	 */
	void compareTop(Direction d, String where, At o, At n, List<Finding> out) {
		if (o != null && n != null) {
			At od = oldSpec.deref(o);
			At nd = newSpec.deref(n);
			boolean oldRo = Spec.flag(od, "readOnly"); //$NON-NLS-1$
			boolean newRo = Spec.flag(nd, "readOnly"); //$NON-NLS-1$
			if (oldRo != newRo) {
				emit(out, d, newRo ? "body.became-read-only" : "body.became-not-read-only", where, od, nd, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			boolean oldWo = Spec.flag(od, "writeOnly"); //$NON-NLS-1$
			boolean newWo = Spec.flag(nd, "writeOnly"); //$NON-NLS-1$
			if (oldWo != newWo) {
				emit(out, d, newWo ? "body.became-write-only" : "body.became-not-write-only", where, od, nd, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		compare(d, where, o, n, out);
	}

	/** {@code prefixItems} by position: positions added or removed, the others compared. */
	private void prefixItems(Direction d, String base, String path, String where, At o, At n, SchemaView ov,
			SchemaView nv, List<Finding> out) {
		List<At> a = ov.prefixItems == null ? List.of() : ov.prefixItems;
		List<At> b = nv.prefixItems == null ? List.of() : nv.prefixItems;
		for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
			if (i >= b.size()) {
				emit(out, d, "prefixItems.removed", where, a.get(i), n, Integer.toString(i), ""); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (i >= a.size()) {
				emit(out, d, "prefixItems.added", where, o, b.get(i), "", Integer.toString(i)); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				child(d, base, path + "[" + i + "]", a.get(i), b.get(i), out); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** A sub-schema keyword that constrains the same values ({@code contains}): added, removed or compared. */
	private void optional(Direction d, String base, String path, String where, String keyword, At a, At b, At o, At n,
			List<Finding> out) {
		if (a == null && b == null) {
			return;
		}
		if (a == null) {
			emit(out, d, keyword + ".added", where, o, b, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (b == null) {
			emit(out, d, keyword + ".removed", where, a, n, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else {
			child(d, base, path + '<' + keyword + '>', a, b, out);
		}
	}

	/**
	 * {@code if}/{@code then}/{@code else}: the whole conditional added or removed; a changed condition (which values
	 * the branches apply to) is reported as such; branches added or removed, or compared like the schema itself.
	 */
	private void conditional(Direction d, String base, String path, String where, At o, At n, SchemaView ov,
			SchemaView nv, List<Finding> out) {
		if (ov.ifSchema == null && nv.ifSchema == null) {
			return;
		}
		if (ov.ifSchema == null) {
			emit(out, d, "conditional.added", where, o, nv.ifSchema, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		if (nv.ifSchema == null) {
			emit(out, d, "conditional.removed", where, ov.ifSchema, n, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		if (!sameness.same(oldSpec.deref(ov.ifSchema), newSpec.deref(nv.ifSchema))) {
			emit(out, d, "conditional.if.changed", where, ov.ifSchema, nv.ifSchema, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		branch(d, base, path, where, "then", ov.thenSchema, nv.thenSchema, o, n, out); //$NON-NLS-1$
		branch(d, base, path, where, "else", ov.elseSchema, nv.elseSchema, o, n, out); //$NON-NLS-1$
	}

	private void branch(Direction d, String base, String path, String where, String name, At a, At b, At o, At n,
			List<Finding> out) {
		if (a == null && b == null) {
			return;
		}
		if (a == null) {
			emit(out, d, "conditional.branch.added", where, o, b, "", name); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (b == null) {
			emit(out, d, "conditional.branch.removed", where, a, n, name, ""); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			child(d, base, path + '<' + name + '>', a, b, out);
		}
	}

	/** {@code dependentRequired}: each property name made required by the presence of another, added or removed. */
	private void dependentRequired(Direction d, String where, At o, At n, SchemaView ov, SchemaView nv,
			List<Finding> out) {
		if (ov.dependentRequired.equals(nv.dependentRequired)) {
			return;
		}
		At oldAt = Spec.child(o, "dependentRequired") == null ? o : Spec.child(o, "dependentRequired"); //$NON-NLS-1$ //$NON-NLS-2$
		At newAt = Spec.child(n, "dependentRequired") == null ? n : Spec.child(n, "dependentRequired"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Map.Entry<String, Set<String>> e : ov.dependentRequired.entrySet()) {
			Set<String> other = nv.dependentRequired.getOrDefault(e.getKey(), Set.of());
			for (String name : e.getValue()) {
				if (!other.contains(name)) {
					emit(out, d, "dependentRequired.removed", where, oldAt, newAt, "'" + name + "'", "", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				}
			}
		}
		for (Map.Entry<String, Set<String>> e : nv.dependentRequired.entrySet()) {
			Set<String> other = ov.dependentRequired.getOrDefault(e.getKey(), Set.of());
			for (String name : e.getValue()) {
				if (!other.contains(name)) {
					emit(out, d, "dependentRequired.added", where, oldAt, newAt, "", "'" + name + "'", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				}
			}
		}
	}

	/** Sub-schemas keyed by a name or pattern ({@code dependentSchemas}, {@code patternProperties}). */
	private void keyed(Direction d, String base, String path, String where, String keyword, Map<String, At> a,
			Map<String, At> b, At o, At n, List<Finding> out) {
		if (a.isEmpty() && b.isEmpty()) {
			return;
		}
		for (Map.Entry<String, At> e : a.entrySet()) {
			At other = b.get(e.getKey());
			if (other == null) {
				emit(out, d, keyword + ".removed", where, e.getValue(), n, e.getKey(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				child(d, base, path + '<' + keyword + ' ' + e.getKey() + '>', e.getValue(), other, out);
			}
		}
		for (Map.Entry<String, At> e : b.entrySet()) {
			if (!a.containsKey(e.getKey())) {
				emit(out, d, keyword + ".added", where, o, e.getValue(), "", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** A sub-schema: through the cache when both sides are references, inline otherwise. */
	private void child(Direction d, String base, String path, At o, At n, List<Finding> out) {
		if (Spec.ref(o) != null && Spec.ref(n) != null) {
			compare(d, base, o, n, out);
			return;
		}
		At od = oldSpec.deref(o);
		At nd = newSpec.deref(n);
		PairKey key = new PairKey(d, od.node(), nd.node());
		if (sameness.same(od, nd) || !inProgress.add(key)) {
			return;
		}
		compareResolved(d, base, path, od, nd, out);
		inProgress.remove(key);
	}

	private void extensions(Direction d, String where, At o, At n, Map<String, String> a, Map<String, String> b,
			List<Finding> out) {
		if (a.equals(b)) {
			return;
		}
		for (Map.Entry<String, String> e : a.entrySet()) {
			String other = b.get(e.getKey());
			if (other == null) {
				emit(out, d, "extension.removed", where, o, n, e.getKey(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (!other.equals(e.getValue())) {
				emit(out, d, "extension.changed", where, o, n, e.getKey(), e.getKey()); //$NON-NLS-1$
			}
		}
		for (String k : b.keySet()) {
			if (!a.containsKey(k)) {
				emit(out, d, "extension.added", where, o, n, "", k); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private void discriminator(Direction d, String where, At o, At n, SchemaView ov, SchemaView nv, List<Finding> out) {
		if (ov.discriminator == null && nv.discriminator == null) {
			return;
		}
		if (ov.discriminator == null) {
			emit(out, d, "discriminator.added", where, o, n, "", nv.discriminator); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		if (nv.discriminator == null) {
			emit(out, d, "discriminator.removed", where, o, n, ov.discriminator, ""); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		if (!ov.discriminator.equals(nv.discriminator)) {
			emit(out, d, "discriminator.property.changed", where, o, n, ov.discriminator, nv.discriminator); //$NON-NLS-1$
		}
		for (Map.Entry<String, String> e : ov.discriminatorMapping.entrySet()) {
			String other = nv.discriminatorMapping.get(e.getKey());
			if (other == null) {
				emit(out, d, "discriminator.mapping.removed", where, o, n, e.getKey(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (!other.equals(e.getValue())) {
				emit(out, d, "discriminator.mapping.changed", where, o, n, e.getKey(), e.getKey()); //$NON-NLS-1$
			}
		}
		for (String k : nv.discriminatorMapping.keySet()) {
			if (!ov.discriminatorMapping.containsKey(k)) {
				emit(out, d, "discriminator.mapping.added", where, o, n, "", k); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private void types(Direction d, String where, SchemaView ov, SchemaView nv, List<Finding> out) {
		if (ov.types.equals(nv.types)) {
			return;
		}
		boolean wider = nv.typesCover(ov);
		boolean narrower = ov.typesCover(nv);
		String aspect = wider ? "type.widened" : narrower ? "type.narrowed" : "type.changed"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		emit(out, d, aspect, where, ov.at, nv.at, ov.typeText(), nv.typeText());
	}

	private void enums(Direction d, String where, SchemaView ov, SchemaView nv, List<Finding> out) {
		if (ov.enumValues == null && nv.enumValues == null) {
			return;
		}
		if (ov.enumValues == null) {
			emit(out, d, "enum.added", where, ov.at, nv.at, "", nv.enumValues.toString()); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		if (nv.enumValues == null) {
			emit(out, d, "enum.removed", where, ov.at, nv.at, ov.enumValues.toString(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		Set<String> newValues = new LinkedHashSet<>(nv.enumValues);
		Set<String> oldValues = new LinkedHashSet<>(ov.enumValues);
		for (String v : ov.enumValues) {
			if (!newValues.contains(v)) {
				emit(out, d, "enum.value.removed", where, ov.at, nv.at, v, ""); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (String v : nv.enumValues) {
			if (!oldValues.contains(v)) {
				emit(out, d, "enum.value.added", where, ov.at, nv.at, "", v); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private void bound(Direction d, String where, String keyword, SchemaView ov, SchemaView nv, List<Finding> out) {
		BigDecimal a = ov.bounds.get(keyword);
		BigDecimal b = nv.bounds.get(keyword);
		if (a == null && b == null || a != null && b != null && a.compareTo(b) == 0) {
			return;
		}
		String change = a == null ? "added" : b == null ? "removed" : b.compareTo(a) > 0 ? "increased" : "decreased"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		emit(out, d, keyword + '.' + change, where, ov.at, nv.at, keyword, b == null ? "" : b.toPlainString(), //$NON-NLS-1$
				a == null ? "" : a.toPlainString()); //$NON-NLS-1$
	}

	/**
	 * {@code multipleOf}: the values allowed by a new factor that is a multiple of the old one are a subset of the
	 * old values (narrowed); by one that divides the old one, a superset (widened); otherwise the sets overlap.
	 */
	private void multipleOf(Direction d, String where, SchemaView ov, SchemaView nv, List<Finding> out) {
		BigDecimal a = ov.multipleOf;
		BigDecimal b = nv.multipleOf;
		if (a == null && b == null || a != null && b != null && a.compareTo(b) == 0) {
			return;
		}
		String aspect;
		if (a == null) {
			aspect = "multipleOf.added"; //$NON-NLS-1$
		} else if (b == null) {
			aspect = "multipleOf.removed"; //$NON-NLS-1$
		} else if (isMultiple(b, a)) {
			aspect = "multipleOf.narrowed"; //$NON-NLS-1$
		} else if (isMultiple(a, b)) {
			aspect = "multipleOf.widened"; //$NON-NLS-1$
		} else {
			aspect = "multipleOf.changed"; //$NON-NLS-1$
		}
		emit(out, d, aspect, where, ov.at, nv.at, a == null ? "" : a.stripTrailingZeros().toPlainString(), //$NON-NLS-1$
				b == null ? "" : b.stripTrailingZeros().toPlainString()); //$NON-NLS-1$
	}

	/** Whether {@code x} is an integer multiple of {@code y} (both positive). */
	private static boolean isMultiple(BigDecimal x, BigDecimal y) {
		return x.remainder(y).signum() == 0;
	}

	private void additionalProperties(Direction d, String base, String path, SchemaView ov, SchemaView nv,
			List<Finding> out) {
		String a = ov.additional;
		String b = nv.additional;
		if (a == SchemaView.TYPED && b == SchemaView.TYPED) {
			child(d, base, path + "{}", ov.additionalSchema, nv.additionalSchema, out); //$NON-NLS-1$
			return;
		}
		if (a == b) {
			return;
		}
		boolean narrowed = b == SchemaView.CLOSED || a == SchemaView.OPEN;
		String where = path.isEmpty() ? base : base + " property '" + path + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		emit(out, d, narrowed ? "additionalProperties.narrowed" : "additionalProperties.widened", where, ov.at, nv.at, //$NON-NLS-1$ //$NON-NLS-2$
				a, b);
	}

	private void properties(Direction d, String base, String path, SchemaView ov, SchemaView nv, List<Finding> out) {
		String where = path.isEmpty() ? base : base + " property '" + path + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		for (Map.Entry<String, At> e : ov.properties.entrySet()) {
			String name = e.getKey();
			At op = e.getValue();
			At np = nv.properties.get(name);
			boolean oldRequired = ov.required.contains(name);
			if (np == null) {
				if (!skipped(d, op, null)) {
					emit(out, d, oldRequired ? "property.required.removed" : "property.removed", where, op, nv.at, //$NON-NLS-1$ //$NON-NLS-2$
							name, ""); //$NON-NLS-1$
				}
				continue;
			}
			boolean newRequired = nv.required.contains(name);
			flips(d, where, name, op, np, oldRequired, newRequired, out);
			if (skipped(d, op, null) || skipped(d, null, np)) {
				continue; // not sent in this direction in one version at least: the flip says it all
			}
			if (oldRequired != newRequired) {
				emit(out, d, newRequired ? "property.became-required" : "property.became-optional", where, op, np, //$NON-NLS-1$ //$NON-NLS-2$
						name, name);
			}
			child(d, base, path.isEmpty() ? name : path + '.' + name, op, np, out);
		}
		for (Map.Entry<String, At> e : nv.properties.entrySet()) {
			String name = e.getKey();
			if (!ov.properties.containsKey(name) && !skipped(d, null, e.getValue())) {
				emit(out, d, nv.required.contains(name) ? "property.required.added" : "property.added", where, ov.at, //$NON-NLS-1$ //$NON-NLS-2$
						e.getValue(), "", name); //$NON-NLS-1$
			}
		}
	}

	/**
	 * A property that became (or stopped being) read-only or write-only: it enters or leaves requests or responses.
	 * Reported in both directions; the catalogue says what it means in each, and whether the property is required
	 * matters where it now has to be sent (read-only no more, in a request) or stops coming (write-only, in a
	 * response).
	 */
	private void flips(Direction d, String where, String name, At op, At np, boolean oldRequired, boolean newRequired,
			List<Finding> out) {
		At o = oldSpec.deref(op);
		At n = newSpec.deref(np);
		boolean oldRo = Spec.flag(o, "readOnly"); //$NON-NLS-1$
		boolean newRo = Spec.flag(n, "readOnly"); //$NON-NLS-1$
		if (oldRo != newRo) {
			String aspect = newRo ? "property.became-read-only" //$NON-NLS-1$
					: newRequired ? "property.required.became-not-read-only" : "property.became-not-read-only"; //$NON-NLS-1$ //$NON-NLS-2$
			emit(out, d, aspect, where, op, np, name, name);
		}
		boolean oldWo = Spec.flag(o, "writeOnly"); //$NON-NLS-1$
		boolean newWo = Spec.flag(n, "writeOnly"); //$NON-NLS-1$
		if (oldWo != newWo) {
			String aspect = !newWo ? "property.became-not-write-only" //$NON-NLS-1$
					: oldRequired ? "property.required.became-write-only" : "property.became-write-only"; //$NON-NLS-1$ //$NON-NLS-2$
			emit(out, d, aspect, where, op, np, name, name);
		}
	}

	/** Whether a property does not travel in this direction: read-only in requests, write-only in responses. */
	private boolean skipped(Direction d, At o, At n) {
		String flag = d == Direction.REQUEST ? "readOnly" : "writeOnly"; //$NON-NLS-1$ //$NON-NLS-2$
		boolean oldSkipped = o == null || Spec.flag(oldSpec.deref(o), flag);
		boolean newSkipped = n == null || Spec.flag(newSpec.deref(n), flag);
		return oldSkipped && newSkipped;
	}

	private void alternatives(Direction d, String base, String path, String keyword, List<At> o, List<At> n,
			At oldAt, At newAt, List<Finding> out) {
		if (o == null && n == null) {
			return;
		}
		List<At> olds = o == null ? List.of() : o;
		List<At> news = n == null ? List.of() : n;
		At[] pairs = new At[olds.size()];
		boolean[] used = new boolean[news.size()];
		String[] newNames = new String[news.size()];
		for (int j = 0; j < news.size(); j++) {
			newNames[j] = newSpec.refName(news.get(j));
		}
		for (int i = 0; i < olds.size(); i++) {
			String r = oldSpec.refName(olds.get(i));
			for (int j = 0; r != null && j < news.size(); j++) {
				if (!used[j] && r.equals(newNames[j])) {
					pairs[i] = news.get(j);
					used[j] = true;
					break;
				}
			}
		}
		int next = 0;
		for (int i = 0; i < olds.size(); i++) {
			if (pairs[i] != null) {
				continue;
			}
			while (next < news.size() && used[next]) {
				next++;
			}
			if (next < news.size() && Spec.ref(olds.get(i)) == null || next < news.size()
					&& Spec.ref(news.get(next)) == null) {
				pairs[i] = news.get(next);
				used[next] = true;
			}
		}
		String where = path.isEmpty() ? base : base + " property '" + path + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < olds.size(); i++) {
			if (pairs[i] == null) {
				emit(out, d, keyword + ".removed", where, olds.get(i), newAt, name(oldSpec, olds.get(i), i), ""); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				child(d, base, path + '<' + keyword + '#' + i + '>', olds.get(i), pairs[i], out);
			}
		}
		for (int j = 0; j < news.size(); j++) {
			if (!used[j]) {
				emit(out, d, keyword + ".added", where, oldAt, news.get(j), "", name(newSpec, news.get(j), j)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static String name(Spec spec, At alternative, int index) {
		String r = spec.refName(alternative);
		return r != null ? r : "#" + index; //$NON-NLS-1$
	}

	private void emit(List<Finding> out, Direction d, String aspect, String where, At o, At n, String oldValue,
			String newValue) {
		emit(out, d, aspect, where, o, n, oldValue, newValue, ""); //$NON-NLS-1$
	}

	private void emit(List<Finding> out, Direction d, String aspect, String where, At o, At n, String a1, String a2,
			String a3) {
		Rule rule = Rules.schema(d, aspect);
		String message = MessageFormat.format(rule.template(), where, a1 == null ? "" : a1, a2 == null ? "" : a2, //$NON-NLS-1$ //$NON-NLS-2$
				a3);
		out.add(new Finding(rule, capitalise(message), oldSpec.location(o), newSpec.location(n)));
	}

	static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
