package dev.specsync.document.internal;

import dev.specsync.document.ScalarNode;
import dev.specsync.document.ScalarStyle;
import dev.specsync.document.ScalarType;

/** A JSON value scalar that decodes its value from the source text on demand, so loading stores no strings. */
final class JsonScalar implements ScalarNode {
	static final byte STRING = 0;
	static final byte ESCAPED_STRING = 1;
	static final byte NUMBER = 2;
	static final byte BOOLEAN = 3;
	static final byte NULL = 4;

	private final String source;
	private final int start;
	private final int end;
	private final byte kind;

	JsonScalar(String source, int start, int end, byte kind) {
		this.source = source;
		this.start = start;
		this.end = end;
		this.kind = kind;
	}

	@Override
	public String value() {
		return switch (kind) {
			case STRING -> source.substring(start + 1, end - 1);
			case ESCAPED_STRING -> JsonStrings.unescape(source, start + 1, end - 1);
			default -> source.substring(start, end);
		};
	}

	@Override
	public ScalarType type() {
		return switch (kind) {
			case STRING, ESCAPED_STRING -> ScalarType.STRING;
			case NUMBER -> ScalarType.NUMBER;
			case BOOLEAN -> ScalarType.BOOLEAN;
			default -> ScalarType.NULL;
		};
	}

	@Override
	public ScalarStyle style() {
		return kind <= ESCAPED_STRING ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN;
	}

	@Override
	public Object toJava() {
		return Scalars.toJava(value(), type());
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
		return null;
	}

	@Override
	public String tag() {
		return null;
	}

	@Override
	public String toString() {
		return "Scalar[" + start + ".." + end + " " + type() + " " + value() + "]";
	}
}
