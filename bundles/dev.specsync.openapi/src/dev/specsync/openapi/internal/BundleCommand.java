package dev.specsync.openapi.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.document.AtomicFiles;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Severity;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;

/**
 * {@code specsync bundle ROOT [-o OUT]}: loads a multi-file API with {@link ApiFileSet} and writes it as one
 * document without references to other files (see {@link Bundler}), in the root's format and style, to
 * {@code OUT} (written to a temporary file beside it, then moved over it) or to standard output. Problems are
 * printed on standard error as {@code specsync validate} prints them. Exits with {@link ExitCode#OK} when
 * the bundle was written and nothing was found, {@link ExitCode#PROBLEMS} when anything was found (with
 * errors nothing is written; with warnings only, the bundle is written), {@link ExitCode#USAGE} for wrong
 * arguments, a root that cannot be read or an output that cannot be written.
 */
@Component(service = Command.class)
@CommandName(name = "bundle")
public final class BundleCommand implements Command {

	/** Creates the command; DS calls this. */
	public BundleCommand() {
	}

	@Override
	public String summary() {
		return Messages.BundleCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.BundleCommand_usage;
	}

	@Override
	public int run(CommandContext context) {
		String rootArgument = null;
		String outputArgument = null;
		boolean options = true;
		var arguments = context.arguments();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (options && argument.equals("--")) { //$NON-NLS-1$
				options = false;
			} else if (options && (argument.equals("-o") || argument.equals("--output"))) { //$NON-NLS-1$ //$NON-NLS-2$
				if (i + 1 >= arguments.size() || outputArgument != null) {
					context.err().println(Messages.BundleCommand_outputArgument);
					return ExitCode.USAGE;
				}
				outputArgument = arguments.get(++i);
			} else if (options && argument.startsWith("-") && argument.length() > 1) { //$NON-NLS-1$
				context.err().println(NLS.bind(Messages.BundleCommand_unknownOption, argument));
				return ExitCode.USAGE;
			} else if (rootArgument == null) {
				rootArgument = argument;
			} else {
				context.err().println(NLS.bind(Messages.BundleCommand_oneRoot, argument));
				return ExitCode.USAGE;
			}
		}
		if (rootArgument == null) {
			context.err().println(Messages.BundleCommand_noRoot);
			return ExitCode.USAGE;
		}
		Path root = context.workingDirectory().resolve(rootArgument).normalize();
		if (!Files.isRegularFile(root)) {
			context.err().println(NLS.bind(Messages.BundleCommand_notFound, rootArgument));
			return ExitCode.USAGE;
		}
		ApiFileSet set;
		try {
			set = ApiFileSet.load(root, rootArgument, ApiLoadOptions.defaults());
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.BundleCommand_unreadable, rootArgument, SpecFiles.reason(e)));
			return ExitCode.USAGE;
		} catch (DocumentException e) {
			print(context, e.diagnostics());
			context.err().println(Messages.BundleCommand_notBundled);
			return ExitCode.PROBLEMS;
		}
		print(context, set.diagnostics());
		if (set.hasErrors()) {
			context.err().println(Messages.BundleCommand_notBundled);
			return ExitCode.PROBLEMS;
		}
		byte[] bundled;
		try {
			bundled = new Bundler(set).bundle().toBytes();
		} catch (Bundler.BundleException e) {
			context.err().println(NLS.bind(Messages.BundleCommand_failed, rootArgument, e.getMessage()));
			return ExitCode.PROBLEMS;
		}
		if (outputArgument == null) {
			context.out().write(bundled, 0, bundled.length);
			context.out().flush();
		} else {
			Path output = context.workingDirectory().resolve(outputArgument).normalize();
			try {
				writeAtomically(output, bundled);
			} catch (IOException e) {
				context.err().println(NLS.bind(Messages.BundleCommand_unwritable, outputArgument, SpecFiles.reason(e)));
				return ExitCode.USAGE;
			}
		}
		return set.diagnostics().stream().anyMatch(d -> d.severity() != Severity.INFO) ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	private static void print(CommandContext context, Iterable<Diagnostic> diagnostics) {
		for (Diagnostic d : diagnostics) {
			if (d.severity() == Severity.INFO) {
				continue;
			}
			context.err().println(ValidateCommand.format(d.path(), d));
			if (d.hint() != null) {
				context.err().println(NLS.bind(Messages.ValidateCommand_hint, d.hint()));
			}
		}
	}

	/** Replaces {@code output} with {@link AtomicFiles#write}: temporary file, forced to disk, renamed. */
	static void writeAtomically(Path output, byte[] content) throws IOException {
		AtomicFiles.write(output, content);
	}
}
