package dev.specsync.merge.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.specsync.merge.Choice;
import dev.specsync.merge.Conflict;
import dev.specsync.merge.ConflictSide;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.internal.JsonWriter;

/** Conflicts as text for people and as JSON for tools. Stateless. */
final class Report {
	private static final int MAX_VALUE = 200;

	private Report() {
	}

	/** One block per conflict: {@code path:line: kind at pointer: message}, then the three values. */
	static void text(String path, List<Conflict> conflicts, PrintStream out) {
		for (Conflict c : conflicts) {
			out.println(path + ":" + c.ours().line() + ": conflict (" + kind(c) + ") at " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ (c.pointer().isEmpty() ? "(whole file)" : c.pointer()) + ": " + c.message()); //$NON-NLS-1$ //$NON-NLS-2$
			out.println("    base:   " + value(c.base())); //$NON-NLS-1$
			out.println("    ours:   " + value(c.ours())); //$NON-NLS-1$
			out.println("    theirs: " + value(c.theirs())); //$NON-NLS-1$
			List<String> choices = new ArrayList<>();
			for (Choice ch : Choice.values()) {
				if (c.choices().contains(ch)) {
					choices.add(ch.name().toLowerCase(Locale.ROOT));
				}
			}
			out.println("    choices: " + String.join(", ", choices)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	static String kind(Conflict c) {
		return c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String value(ConflictSide s) {
		if (!s.present()) {
			return "(absent)"; //$NON-NLS-1$
		}
		String v = JsonWriter.write(s.value(), null);
		if (v.length() > MAX_VALUE) {
			v = v.substring(0, MAX_VALUE) + "... (" + v.length() + " chars)"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return v + (s.line() > 0 ? "  (line " + s.line() + ")" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The merge outcome as JSON: {@code clean}, {@code path}, {@code conflicts} with all their fields. */
	static String json(MergeResult result) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("path", result.request().path()); //$NON-NLS-1$
		root.put("clean", Boolean.valueOf(result.isClean())); //$NON-NLS-1$
		List<Object> list = new ArrayList<>();
		for (Conflict c : result.conflicts()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("pointer", c.pointer()); //$NON-NLS-1$
			m.put("kind", kind(c)); //$NON-NLS-1$
			m.put("message", c.message()); //$NON-NLS-1$
			m.put("base", side(c.base())); //$NON-NLS-1$
			m.put("ours", side(c.ours())); //$NON-NLS-1$
			m.put("theirs", side(c.theirs())); //$NON-NLS-1$
			List<Object> choices = new ArrayList<>();
			for (Choice ch : Choice.values()) {
				if (c.choices().contains(ch)) {
					choices.add(ch.name().toLowerCase(Locale.ROOT));
				}
			}
			m.put("choices", choices); //$NON-NLS-1$
			list.add(m);
		}
		root.put("conflicts", list); //$NON-NLS-1$
		return JsonWriter.write(root, "  "); //$NON-NLS-1$
	}

	private static Map<String, Object> side(ConflictSide s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("present", Boolean.valueOf(s.present())); //$NON-NLS-1$
		if (s.present()) {
			m.put("line", Integer.valueOf(s.line())); //$NON-NLS-1$
			m.put("value", s.value()); //$NON-NLS-1$
		}
		return m;
	}
}
