package dev.specsync.diff.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
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
import dev.specsync.diff.Summary;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Severity;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;

/**
 * {@code specsync diff OLD NEW [--format text|json|markdown] [--fail-on breaking|potentially-breaking]}: each side
 * is a file set (a root and the files its {@code $ref}s reach) read from the file system or, for
 * {@code REVISION:PATH}, from a Git revision of the repository holding the working directory. The report goes to
 * standard output, a summary line to standard error. Exits with {@link ExitCode#OK}, with {@link ExitCode#PROBLEMS}
 * when a change is at least as severe as {@code --fail-on}, with {@link ExitCode#USAGE} for wrong arguments or a
 * file or revision that cannot be read, and with {@link #INVALID_INPUT} when a side cannot be compared (no report
 * is written in the last two cases).
 */
@Component(service = Command.class)
@CommandName(name = "diff")
public final class DiffCommand implements Command {

	/**
	 * The exit code for a version that cannot be compared: it does not parse, is not OpenAPI, or has a broken or
	 * looping reference ({@code EX_DATAERR} of sysexits.h, next to {@link ExitCode#INTERNAL_ERROR}'s 70).
	 */
	public static final int INVALID_INPUT = 65;

	private final SchemaDiffer differ;

	/**
	 * Creates the command; DS calls this.
	 *
	 * @param differ the differ to run
	 */
	@Activate
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
		List<GitRevisionFiles> extracted = new CopyOnWriteArrayList<>();
		try {
			// the two sides load in parallel: parsing is most of the time a diff takes
			CompletableFuture<Loaded> oldLoad = CompletableFuture.supplyAsync(() -> load(files.get(0), context, extracted));
			Loaded newApi = load(files.get(1), context, extracted);
			Loaded oldApi = oldLoad.join();
			for (Loaded side : List.of(oldApi, newApi)) {
				side.messages().forEach(context.err()::println);
			}
			if (oldApi.exit() != ExitCode.OK) {
				return oldApi.exit();
			}
			if (newApi.exit() != ExitCode.OK) {
				return newApi.exit();
			}
			DiffReport report;
			try {
				report = differ.diff(oldApi.set(), newApi.set());
			} catch (DiffException e) {
				context.err().println(NLS.bind(Messages.DiffCommand_unusable, e.getMessage()));
				return INVALID_INPUT;
			}
			context.out().print(differ.render(report, format));
			Summary s = report.summary();
			context.err().println(NLS.bind(Messages.DiffCommand_summaryLine, new Object[] { Integer.valueOf(s.changes()),
					Integer.valueOf(s.breaking()), Integer.valueOf(s.potentiallyBreaking()),
					Integer.valueOf(s.nonBreaking()), Integer.valueOf(s.documentation()),
					Integer.valueOf(s.changedOperations()), Integer.valueOf(s.breakingOperations()) }));
			if (failOn != null) {
				for (Change c : report.changes()) {
					if (c.severity().compareTo(failOn) <= 0) {
						return ExitCode.PROBLEMS;
					}
				}
			}
			return ExitCode.OK;
		} finally {
			for (GitRevisionFiles g : extracted) {
				try {
					g.close();
				} catch (IOException e) {
					// a temporary folder left behind; the system cleans it up
				}
			}
		}
	}

	/** A loaded side, or the exit code to stop with and the messages that say why. */
	private record Loaded(ApiFileSet set, int exit, List<String> messages) {
	}

	/**
	 * Loads one side: a file, or {@code REVISION:PATH} when no such file exists and it has that form. Prints
	 * nothing (the sides load in parallel); the messages come back in the result.
	 */
	private static Loaded load(String argument, CommandContext context, List<GitRevisionFiles> extracted) {
		List<String> messages = new ArrayList<>();
		Path path = context.workingDirectory().resolve(argument).normalize();
		ApiLoadOptions options = ApiLoadOptions.defaults();
		try {
			if (!Files.exists(path) && GitRevisionFiles.looksLikeRevisionPath(argument)) {
				GitRevisionFiles revision;
				try {
					revision = GitRevisionFiles.extract(context.workingDirectory(), argument);
				} catch (GitRevisionFiles.UnusableArgumentException e) {
					messages.add("specsync diff: " + e.getMessage()); //$NON-NLS-1$
					return new Loaded(null, ExitCode.USAGE, messages);
				}
				extracted.add(revision);
				path = revision.root();
				options = options.withBoundary(revision.folder());
			}
			ApiFileSet set = ApiFileSet.load(path, argument, options);
			boolean errors = false;
			for (Diagnostic d : set.diagnostics()) {
				if (d.severity() == Severity.ERROR) {
					messages.add(d.toString());
					errors = true;
				}
			}
			if (errors) {
				messages.add(NLS.bind(Messages.DiffCommand_invalid, argument));
				return new Loaded(null, INVALID_INPUT, messages);
			}
			return new Loaded(set, ExitCode.OK, messages);
		} catch (DocumentException e) {
			for (Diagnostic d : e.diagnostics()) {
				messages.add(d.toString());
			}
			messages.add(NLS.bind(Messages.DiffCommand_invalid, argument));
			return new Loaded(null, INVALID_INPUT, messages);
		} catch (IOException e) {
			String reason = e instanceof NoSuchFileException ? "no such file" //$NON-NLS-1$
					: e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage()); //$NON-NLS-1$
			messages.add(NLS.bind(Messages.DiffCommand_unreadable, argument, reason));
			return new Loaded(null, ExitCode.USAGE, messages);
		}
	}
}
