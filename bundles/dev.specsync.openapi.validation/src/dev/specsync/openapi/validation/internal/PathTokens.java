package dev.specsync.openapi.validation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a swagger-parser location such as {@code paths.'/pets/{id}'(get).parameters.[limit].schemas}:
 * names separated by dots, quoted names ({@code '/pets/{id}'}, {@code 'application/json'}), an operation's
 * method in parentheses, and a parameter by its {@code name} in brackets. Plain names may themselves hold
 * dots (a schema named {@code com.example.Pet} gives three plain steps), which {@link Locator} joins back.
 */
final class PathTokens {

	/** How a step was written. */
	enum Type {
		/** {@code name}: one dot-separated part, maybe of a name holding dots. */
		PLAIN,
		/** {@code 'name'}: a whole name. */
		QUOTED,
		/** {@code (get)}: an operation below a path item. */
		METHOD,
		/** {@code [name]}: the item of a list whose {@code name} field is this. */
		NAMED_ITEM
	}

	/**
	 * One step.
	 *
	 * @param type how it was written
	 * @param text the name without quotes, parentheses or brackets
	 */
	record Token(Type type, String text) {
	}

	private PathTokens() {
	}

	/**
	 * Splits a location.
	 *
	 * @param path as swagger-parser writes it; may be empty
	 * @return the steps in order, empty for the document's root
	 */
	static List<Token> split(String path) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = path.length();
		while (i < n) {
			char c = path.charAt(i);
			if (c == '.') {
				i++;
			} else if (c == '\'') {
				int end = closingQuote(path, i + 1);
				tokens.add(new Token(Type.QUOTED, path.substring(i + 1, end)));
				i = Math.min(n, end + 1);
			} else if (c == '(') {
				int end = path.indexOf(')', i);
				end = end < 0 ? n : end;
				tokens.add(new Token(Type.METHOD, path.substring(i + 1, end)));
				i = Math.min(n, end + 1);
			} else if (c == '[') {
				int end = path.indexOf(']', i);
				end = end < 0 ? n : end;
				tokens.add(new Token(Type.NAMED_ITEM, path.substring(i + 1, end)));
				i = Math.min(n, end + 1);
			} else {
				int end = i;
				while (end < n && ".('[".indexOf(path.charAt(end)) < 0) { //$NON-NLS-1$
					end++;
				}
				tokens.add(new Token(Type.PLAIN, path.substring(i, end)));
				i = end;
			}
		}
		return tokens;
	}

	/** The quote that ends a quoted name: one followed by a separator or the end (names may hold quotes). */
	private static int closingQuote(String path, int from) {
		int q = path.indexOf('\'', from);
		while (q >= 0) {
			if (q + 1 == path.length() || ".(['".indexOf(path.charAt(q + 1)) >= 0) { //$NON-NLS-1$
				return q;
			}
			q = path.indexOf('\'', q + 1);
		}
		return path.length();
	}
}
