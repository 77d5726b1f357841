package dev.specsync.diff.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.diff.Change;
import dev.specsync.diff.ChangeSeverity;
import dev.specsync.diff.DiffException;
import dev.specsync.diff.DiffReport;
import dev.specsync.diff.ReportFormat;
import dev.specsync.diff.SchemaDiffer;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.SourceDocument;

/**
 * {@code specsync diff OLD NEW [--format text|json|markdown] [--fail-on breaking|potentially-breaking]}: the
 * report on standard output, a summary line on standard error. Exits with {@link ExitCode#OK}, with
 * {@link ExitCode#PROBLEMS} when a change is at least as severe as {@code --fail-on}, and with
 * {@link ExitCode#USAGE} for wrong arguments or a file that cannot be loaded or is not OpenAPI (no report then).
 */
@Component(service = Command.class)
@CommandName(name = "diff")
public final class DiffCommand implements Command {

	private final SchemaDiffer differ;

	/**
	 * Creates the command; DS calls this.
	 *
	 * @param differ the differ to run
	 */
	@org.osgi.service.component.annotations.Activate
	public DiffCommand(@Reference SchemaDiffer differ) {
		this.differ = differ;
	}

	@Override
	public String summary() {
		return Messages.DiffCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.DiffCommand_usage;
	}

	@Override
	public int run(CommandContext context) {
		List<String> files = new ArrayList<>();
		ReportFormat format = ReportFormat.TEXT;
		ChangeSeverity failOn = null;
		List<String> args = context.arguments();
		boolean options = true;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (options && a.equals("--")) { //$NON-NLS-1$
				options = false;
			} else if (options && (a.equals("--format") || a.equals("--fail-on"))) { //$NON-NLS-1$ //$NON-NLS-2$
				if (i + 1 >= args.size()) {
					context.err().println(NLS.bind(Messages.DiffCommand_missingValue, a));
					return ExitCode.USAGE;
				}
				String value = args.get(++i);
				if (a.equals("--format")) { //$NON-NLS-1$
					try {
						format = ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
					} catch (IllegalArgumentException e) {
						context.err().println(NLS.bind(Messages.DiffCommand_badFormat, value));
						return ExitCode.USAGE;
					}
				} else if (value.equals("breaking")) { //$NON-NLS-1$
					failOn = ChangeSeverity.BREAKING;
				} else if (value.equals("potentially-breaking")) { //$NON-NLS-1$
					failOn = ChangeSeverity.POTENTIALLY_BREAKING;
				} else {
					context.err().println(NLS.bind(Messages.DiffCommand_badFailOn, value));
					return ExitCode.USAGE;
				}
			} else if (options && a.startsWith("-") && a.length() > 1) { //$NON-NLS-1$
				context.err().println(NLS.bind(Messages.DiffCommand_unknownOption, a));
				return ExitCode.USAGE;
			} else {
				files.add(a);
			}
		}
		if (files.size() != 2) {
			context.err().println(Messages.DiffCommand_twoFiles);
			return ExitCode.USAGE;
		}
		SourceDocument oldDocument = load(files.get(0), context);
		SourceDocument newDocument = load(files.get(1), context);
		if (oldDocument == null || newDocument == null) {
			return ExitCode.USAGE;
		}
		DiffReport report;
		try {
			report = differ.diff(oldDocument, newDocument);
		} catch (DiffException e) {
			context.err().println(NLS.bind(Messages.DiffCommand_unusable, e.getMessage()));
			return ExitCode.USAGE;
		}
		context.out().print(differ.render(report, format));
		context.err().println("specsync diff: " + Renderers.summaryLine(report)); //$NON-NLS-1$
		if (failOn != null) {
			for (Change c : report.changes()) {
				if (c.severity().compareTo(failOn) <= 0) {
					return ExitCode.PROBLEMS;
				}
			}
		}
		return ExitCode.OK;
	}

	/** Loads a file, or prints why it cannot be used and returns null. */
	private static SourceDocument load(String argument, CommandContext context) {
		Path path = context.workingDirectory().resolve(argument).normalize();
		try {
			return SourceDocument.load(path, LoadOptions.defaults());
		} catch (DocumentException e) {
			for (Diagnostic d : e.diagnostics()) {
				context.err().println(argument + (d.line() > 0 ? ":" + d.line() + ':' + d.column() : "") + ": error: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ d.message());
			}
			return null;
		} catch (IOException e) {
			String reason = e instanceof NoSuchFileException ? "no such file" //$NON-NLS-1$
					: e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage()); //$NON-NLS-1$
			context.err().println(NLS.bind(Messages.DiffCommand_unreadable, argument, reason));
			return null;
		}
	}
}
