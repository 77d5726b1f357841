package dev.specsync.git;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it is shown to a user or written to a log.
 *
 * <p>Stateless and thread-safe. Replaces the user-info part of URLs ({@code scheme://user:secret@host}
 * becomes {@code scheme://***@host}), values of {@code token=}, {@code password=}, {@code access_token=}
 * style query or key-value pairs, {@code Authorization:} header values, and well-known token formats
 * (GitHub {@code ghp_...}/{@code github_pat_...}, GitLab {@code glpat-...}, bearer tokens).
 */
public final class Redactor {

	private static final String MASK = "***";

	private static final Pattern URL_USERINFO =
			Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@]+@");
	private static final Pattern KEY_VALUE = Pattern.compile(
			"(?i)\\b(access_token|private_token|token|password|passwd|pwd|secret|api[_-]?key|auth)(\\s*[=:]\\s*)[^\\s&;,\"']+");
	private static final Pattern AUTH_HEADER =
			Pattern.compile("(?i)\\b(authorization\\s*:\\s*)(basic|bearer|token)?\\s*[^\\s\"']+");
	private static final Pattern KNOWN_TOKENS = Pattern.compile(
			"\\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,})\\b");

	private Redactor() {
	}

	/**
	 * Masks every secret this class knows in {@code text}.
	 *
	 * @param text any text, may be {@code null}
	 * @return the text with secrets masked, {@code null} if {@code text} was {@code null}
	 */
	public static String redact(String text) {
		if (text == null) {
			return null;
		}
		String s = URL_USERINFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
		s = AUTH_HEADER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
		s = KEY_VALUE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
		s = KNOWN_TOKENS.matcher(s).replaceAll(MASK);
		return s;
	}
}
