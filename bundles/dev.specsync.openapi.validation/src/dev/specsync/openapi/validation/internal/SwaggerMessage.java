package dev.specsync.openapi.validation.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message of swagger-parser, split into what it says and where. Its deserializers report
 * {@code attribute <location>.<key> is missing} (and {@code is unexpected}, {@code is not of type `T`},
 * {@code is repeated}, {@code is unsupported}, {@code is reserved by ...}), or a free-form warning
 * {@code <location>. <sentence>}; the location is a dotted path such as {@code paths.'/pets'(get).responses.200}.
 *
 * @param kind what is wrong
 * @param path the dotted path, the attribute's own key last for {@code attribute} messages
 * @param detail the expected type for {@link Kind#WRONG_TYPE}, the sentence for {@link Kind#OTHER}, else empty
 * @param text the message as swagger-parser wrote it
 */
record SwaggerMessage(Kind kind, String path, String detail, String text) {

	private static final Pattern ATTRIBUTE = Pattern.compile(
			"attribute (.*?) (is missing|is unexpected|is repeated|is unsupported|is reserved by The OpenAPI Initiative|is not of type `(.*)`)", //$NON-NLS-1$
			Pattern.DOTALL);
	private static final Pattern OTHER = Pattern.compile("(.*?)\\. (.*)", Pattern.DOTALL); //$NON-NLS-1$

	/** What a message says, by its wording. */
	enum Kind {
		/** A required field is absent: the path ends with its name, which is not in the document. */
		MISSING,
		/** A field the specification does not allow here. */
		UNEXPECTED,
		/** A field whose value has the wrong type. */
		WRONG_TYPE,
		/** A value that must be unique is not (operation ids, tags). */
		REPEATED,
		/** A field this version of the specification does not support. */
		UNSUPPORTED,
		/** A name the specification reserves. */
		RESERVED,
		/** Anything else: a sentence about the node at the path. */
		OTHER
	}

	/**
	 * Splits a message.
	 *
	 * @param text as swagger-parser returned it
	 * @return the parts; a message of unknown form is {@link Kind#OTHER} with an empty path
	 */
	static SwaggerMessage parse(String text) {
		Matcher m = ATTRIBUTE.matcher(text);
		if (m.matches()) {
			String verb = m.group(2);
			Kind kind;
			if (verb.equals("is missing")) { //$NON-NLS-1$
				kind = Kind.MISSING;
			} else if (verb.equals("is unexpected")) { //$NON-NLS-1$
				kind = Kind.UNEXPECTED;
			} else if (verb.equals("is repeated")) { //$NON-NLS-1$
				kind = Kind.REPEATED;
			} else if (verb.equals("is unsupported")) { //$NON-NLS-1$
				kind = Kind.UNSUPPORTED;
			} else if (verb.startsWith("is reserved")) { //$NON-NLS-1$
				kind = Kind.RESERVED;
			} else {
				kind = Kind.WRONG_TYPE;
			}
			return new SwaggerMessage(kind, m.group(1), kind == Kind.WRONG_TYPE ? m.group(3) : "", text); //$NON-NLS-1$
		}
		Matcher o = OTHER.matcher(text);
		if (o.matches() && looksLikeAPath(o.group(1))) {
			return new SwaggerMessage(Kind.OTHER, o.group(1), o.group(2).strip(), text);
		}
		return new SwaggerMessage(Kind.OTHER, "", text.strip(), text); //$NON-NLS-1$
	}

	private static boolean looksLikeAPath(String s) {
		return !s.isEmpty() && s.indexOf(' ') < 0 || s.startsWith("paths.'"); //$NON-NLS-1$
	}
}
