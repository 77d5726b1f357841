package dev.specsync.diff.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.specsync.diff.Change;
import dev.specsync.diff.ChangeSeverity;
import dev.specsync.diff.DiffReport;
import dev.specsync.diff.Location;
import dev.specsync.diff.Summary;

/** The three report formats. The JSON layout is documented in REPORT.md and only grows. */
final class Renderers {

	private Renderers() {
	}

	static String json(DiffReport r) {
		Summary s = r.summary();
		StringBuilder b = new StringBuilder(256 + r.changes().size() * 300);
		b.append("{\n  \"old\": ").append(quote(r.oldPath())).append(",\n  \"new\": ").append(quote(r.newPath())); //$NON-NLS-1$ //$NON-NLS-2$
		b.append(",\n  \"summary\": {\"changes\": ").append(s.changes()) //$NON-NLS-1$
				.append(", \"breaking\": ").append(s.breaking()) //$NON-NLS-1$
				.append(", \"potentiallyBreaking\": ").append(s.potentiallyBreaking()) //$NON-NLS-1$
				.append(", \"nonBreaking\": ").append(s.nonBreaking()) //$NON-NLS-1$
				.append(", \"documentation\": ").append(s.documentation()) //$NON-NLS-1$
				.append(", \"changedOperations\": ").append(s.changedOperations()) //$NON-NLS-1$
				.append(", \"breakingOperations\": ").append(s.breakingOperations()).append("},\n  \"changes\": ["); //$NON-NLS-1$ //$NON-NLS-2$
		String sep = "\n"; //$NON-NLS-1$
		for (Change c : r.changes()) {
			quote(b.append(sep).append("    {\"rule\": "), c.ruleId()); //$NON-NLS-1$
			quote(b.append(", \"kind\": "), c.kind().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
			quote(b.append(", \"severity\": "), severity(c.severity())); //$NON-NLS-1$
			quote(b.append(", \"message\": "), c.message()).append(", \"operation\": "); //$NON-NLS-1$ //$NON-NLS-2$
			if (c.operation() == null) {
				b.append("null"); //$NON-NLS-1$
			} else {
				quote(b.append("{\"method\": "), c.operation().method()).append(", \"path\": "); //$NON-NLS-1$ //$NON-NLS-2$
				quote(b, c.operation().path()).append('}');
			}
			b.append(", \"old\": "); //$NON-NLS-1$
			location(b, c.oldLocation());
			b.append(", \"new\": "); //$NON-NLS-1$
			location(b, c.newLocation());
			b.append('}');
			sep = ",\n"; //$NON-NLS-1$
		}
		b.append(r.changes().isEmpty() ? "]\n}\n" : "\n  ]\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$
		return b.toString();
	}

	static String text(DiffReport r) {
		StringBuilder b = new StringBuilder();
		b.append(summaryLine(r)).append('\n');
		for (Change c : r.changes()) {
			b.append(severity(c.severity())).append(' ').append(c.ruleId()).append(' ');
			if (c.operation() != null) {
				b.append(c.operation()).append(": "); //$NON-NLS-1$
			}
			b.append(c.message()).append(" [old "); //$NON-NLS-1$
			position(b, c.oldLocation());
			b.append(", new "); //$NON-NLS-1$
			position(b, c.newLocation());
			b.append("]\n"); //$NON-NLS-1$
		}
		return b.toString();
	}

	static String markdown(DiffReport r) {
		Summary s = r.summary();
		StringBuilder b = new StringBuilder();
		b.append(Messages.Report_markdownTitle).append("\n\n"); //$NON-NLS-1$
		b.append(Messages.Report_markdownTableHead).append('\n');
		b.append("|---|---:|\n"); //$NON-NLS-1$
		row(b, Messages.Report_changes, s.changes());
		row(b, Messages.Report_breaking, s.breaking());
		row(b, Messages.Report_potentiallyBreaking, s.potentiallyBreaking());
		row(b, Messages.Report_nonBreaking, s.nonBreaking());
		row(b, Messages.Report_documentation, s.documentation());
		row(b, Messages.Report_changedOperations, s.changedOperations());
		row(b, Messages.Report_breakingOperations, s.breakingOperations());
		for (ChangeSeverity severity : ChangeSeverity.values()) {
			boolean heading = false;
			for (Change c : r.changes()) {
				if (c.severity() != severity) {
					continue;
				}
				if (!heading) {
					b.append("\n### ").append(severity(severity)).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
					heading = true;
				}
				b.append("- `").append(c.ruleId()).append("` "); //$NON-NLS-1$ //$NON-NLS-2$
				if (c.operation() != null) {
					b.append("**").append(c.operation()).append("**: "); //$NON-NLS-1$ //$NON-NLS-2$
				}
				b.append(c.message().replace("|", "\\|")).append(" (`").append(c.newLocation().pointer()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.append("` in `").append(c.newLocation().file()).append(':').append(c.newLocation().line()) //$NON-NLS-1$
						.append("`)\n"); //$NON-NLS-1$
			}
		}
		return b.toString();
	}

	static String summaryLine(DiffReport r) {
		Summary s = r.summary();
		return NLS.bind(Messages.Report_summaryLine, new Object[] { Integer.valueOf(s.changes()),
				Integer.valueOf(s.breaking()), Integer.valueOf(s.potentiallyBreaking()), Integer.valueOf(s.nonBreaking()),
				Integer.valueOf(s.documentation()), Integer.valueOf(s.changedOperations()),
				Integer.valueOf(s.breakingOperations()) });
	}

	private static void row(StringBuilder b, String label, int count) {
		b.append("| ").append(label).append(" | ").append(count).append(" |\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The severity as the reports spell it: {@code breaking}, {@code potentially-breaking}... */
	static String severity(ChangeSeverity s) {
		return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static void position(StringBuilder b, Location l) {
		b.append(l.file()).append(':').append(l.line()).append(':').append(l.column());
	}

	private static void location(StringBuilder b, Location l) {
		quote(b.append("{\"file\": "), l.file()).append(", \"pointer\": "); //$NON-NLS-1$ //$NON-NLS-2$
		quote(b, l.pointer())
				.append(", \"line\": ").append(l.line()) //$NON-NLS-1$
				.append(", \"column\": ").append(l.column()).append('}'); //$NON-NLS-1$
	}

	static String quote(String s) {
		return quote(new StringBuilder(s.length() + 2), s).toString();
	}

	/** Appends {@code s} as a JSON string; text without characters to escape is copied at once. */
	static StringBuilder quote(StringBuilder b, String s) {
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (c < 0x20 || c == '"' || c == '\\') {
				break;
			}
			i++;
		}
		if (i == s.length()) {
			return b.append('"').append(s).append('"');
		}
		b.append('"').append(s, 0, i);
		for (; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\""); //$NON-NLS-1$
				case '\\' -> b.append("\\\\"); //$NON-NLS-1$
				case '\n' -> b.append("\\n"); //$NON-NLS-1$
				case '\r' -> b.append("\\r"); //$NON-NLS-1$
				case '\t' -> b.append("\\t"); //$NON-NLS-1$
				default -> {
					if (c < 0x20) {
						b.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"');
	}
}
