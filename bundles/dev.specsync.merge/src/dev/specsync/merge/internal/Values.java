package dev.specsync.merge.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.ScalarType;
import dev.specsync.document.SequenceNode;

/** Equality and canonical forms of node values across documents: data, not text. Stateless. */
final class Values {
	private Values() {
	}

	/** Whether two nodes (either may be null: absent) hold the same data; key order is ignored. */
	static boolean same(Node a, Version va, Node b, Version vb) {
		if (a == null || b == null) {
			return a == b;
		}
		a = Nodes.resolveAlias(a);
		b = Nodes.resolveAlias(b);
		if (sameText(a, va, b, vb)) {
			return true;
		}
		if (a instanceof ScalarNode sa && b instanceof ScalarNode sb) {
			return sameScalar(sa, sb);
		}
		if (a instanceof MappingNode ma && b instanceof MappingNode mb) {
			if (ma.size() != mb.size()) {
				return false;
			}
			for (int i = 0; i < ma.size(); i++) {
				String k = ma.keyText(i);
				if (k == null) {
					return Nodes.toJava(ma).equals(Nodes.toJava(mb));
				}
				int j = mb.indexOf(k);
				if (j < 0 || !same(ma.value(i), va, mb.value(j), vb)) {
					return false;
				}
			}
			return true;
		}
		if (a instanceof SequenceNode sa && b instanceof SequenceNode sb) {
			if (sa.size() != sb.size()) {
				return false;
			}
			for (int i = 0; i < sa.size(); i++) {
				if (!same(sa.get(i), va, sb.get(i), vb)) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * Identical text means identical data when both sides have the same syntax and, for YAML text over several
	 * lines, the same start column (indentation is part of YAML's syntax).
	 */
	private static boolean sameText(Node a, Version va, Node b, Version vb) {
		int len = a.end() - a.start();
		if (len != b.end() - b.start() || va.json != vb.json || a.kind() != b.kind()
				|| !va.text.regionMatches(a.start(), vb.text, b.start(), len)) {
			return false;
		}
		if (va.json) {
			return true;
		}
		int newline = va.text.indexOf('\n', a.start());
		return newline < 0 || newline >= a.end() || va.column(a.start()) == vb.column(b.start());
	}

	static boolean sameScalar(ScalarNode a, ScalarNode b) {
		if (a.type() != b.type()) {
			return false;
		}
		if (a.type() == ScalarType.NUMBER) {
			return sameJava(a.toJava(), b.toJava());
		}
		return a.type() == ScalarType.NULL || a.value().equals(b.value());
	}

	/** Equality of plain Java values, numbers compared by value. */
	static boolean sameJava(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y) {
			try {
				return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
			} catch (NumberFormatException e) {
				return x.toString().equals(y.toString());
			}
		}
		if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (Map.Entry<?, ?> e : x.entrySet()) {
				if (!y.containsKey(e.getKey()) || !sameJava(e.getValue(), y.get(e.getKey()))) {
					return false;
				}
			}
			return true;
		}
		if (a instanceof List<?> x && b instanceof List<?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				if (!sameJava(x.get(i), y.get(i))) {
					return false;
				}
			}
			return true;
		}
		return a == null ? b == null : a.equals(b);
	}

	/** A string equal for equal data (keys sorted), for matching array items by content. */
	static String canonical(Node n) {
		return JsonWriter.write(sorted(Nodes.toJava(n)), null);
	}

	private static Object sorted(Object v) {
		if (v instanceof Map<?, ?> m) {
			Map<String, Object> s = new TreeMap<>();
			m.forEach((k, x) -> s.put(String.valueOf(k), sorted(x)));
			return s;
		}
		if (v instanceof List<?> l) {
			List<Object> s = new ArrayList<>(l.size());
			l.forEach(x -> s.add(sorted(x)));
			return s;
		}
		if (v instanceof Number num) {
			try {
				return "\u0000" + new BigDecimal(num.toString()).stripTrailingZeros().toPlainString(); //$NON-NLS-1$
			} catch (NumberFormatException e) {
				return "\u0000" + num; //$NON-NLS-1$
			}
		}
		return v;
	}
}
