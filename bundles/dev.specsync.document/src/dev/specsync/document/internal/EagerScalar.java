package dev.specsync.document.internal;

import dev.specsync.document.ScalarNode;
import dev.specsync.document.ScalarStyle;
import dev.specsync.document.ScalarType;

/** A scalar whose value is stored (YAML scalars, JSON keys). */
final class EagerScalar implements ScalarNode {
	private static final ScalarType[] TYPES = ScalarType.values();
	private static final ScalarStyle[] STYLES = ScalarStyle.values();

	private final int start;
	private final int end;
	private final byte type;
	private final byte style;
	private final String value;
	private final Props props;

	EagerScalar(int start, int end, ScalarType type, ScalarStyle style, String value, Props props) {
		this.start = start;
		this.end = end;
		this.type = (byte) type.ordinal();
		this.style = (byte) style.ordinal();
		this.value = value;
		this.props = props;
	}

	@Override
	public String value() {
		return value;
	}

	@Override
	public ScalarType type() {
		return TYPES[type];
	}

	@Override
	public ScalarStyle style() {
		return STYLES[style];
	}

	@Override
	public Object toJava() {
		return Scalars.toJava(value, type());
	}

	@Override
	public int start() {
		return start;
	}

	@Override
	public int end() {
		return end;
	}

	@Override
	public String anchor() {
		return props == null ? null : props.anchor();
	}

	@Override
	public String tag() {
		return props == null ? null : props.tag();
	}

	@Override
	public String toString() {
		return "Scalar[" + start + ".." + end + " " + type() + " " + value + "]";
	}
}
