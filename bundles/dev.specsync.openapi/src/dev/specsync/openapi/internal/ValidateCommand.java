package dev.specsync.openapi.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Nodes;
import dev.specsync.document.Severity;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;
import dev.specsync.openapi.SchemaValidator;

/**
 * {@code specsync validate FILE|DIR...}: loads every given file, and every JSON or YAML file under every given
 * folder, with the document model and prints each diagnostic as {@code file:line:column: severity: message}
 * on standard output (its hint, if any, on the next line), then a count on standard error. Exits with
 * {@link ExitCode#OK} when nothing was found, {@link ExitCode#PROBLEMS} when any file has an error or a
 * warning, and {@link ExitCode#USAGE} when the arguments are wrong or a file or folder cannot be read (the
 * other arguments are still checked). A file that declares {@code openapi} or {@code swagger} is loaded as the
 * root of an {@link ApiFileSet}, so its version and the references of every file it reaches are checked too,
 * and the problems are named by the file they are in; other files are checked for syntax only. A problem met
 * from two arguments is printed once. An API root is also checked against the OpenAPI schema of its version by
 * the {@link SchemaValidator} service, unless {@code --no-schema} is given. That service is obtained only then
 * (it loads swagger-parser), and it is optional: without it the schema is not checked and a note says so.
 */
@Component(service = Command.class)
@CommandName(name = "validate")
public final class ValidateCommand implements Command {

	/**
	 * The schema validator, not obtained (so not activated) until an API root is checked; {@code null} when
	 * no bundle provides one.
	 */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile ComponentServiceObjects<SchemaValidator> schemaValidators;

	/** Creates the command; DS calls this. */
	public ValidateCommand() {
	}

	@Override
	public String summary() {
		return Messages.ValidateCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.ValidateCommand_usage;
	}

	@Override
	public int run(CommandContext context) {
		List<String> arguments = new ArrayList<>();
		boolean options = true;
		boolean schema = true;
		for (String argument : context.arguments()) {
			if (options && argument.equals("--")) { //$NON-NLS-1$
				options = false;
			} else if (options && argument.equals("--no-schema")) { //$NON-NLS-1$
				schema = false;
			} else if (options && argument.startsWith("-") && argument.length() > 1) { //$NON-NLS-1$
				context.err().println(NLS.bind(Messages.ValidateCommand_unknownOption, argument));
				return ExitCode.USAGE;
			} else {
				arguments.add(argument);
			}
		}
		if (arguments.isEmpty()) {
			context.err().println(Messages.ValidateCommand_noArguments);
			return ExitCode.USAGE;
		}
		Tally tally = new Tally();
		ComponentServiceObjects<SchemaValidator> validators = schema ? schemaValidators : null;
		Schema checker = new Schema(validators);
		try {
			for (String argument : arguments) {
				try {
					for (SpecFile file : SpecFiles.expand(argument, context.workingDirectory())) {
						check(file, context, tally, schema ? checker : null);
					}
				} catch (SpecFiles.UnusableArgument e) {
					context.err().println(e.getMessage());
					tally.unusable = true;
				}
			}
		} finally {
			checker.release();
		}
		if (schema && validators == null && checker.wanted) {
			context.err().println(Messages.ValidateCommand_noSchemaValidator);
		}
		context.err().println(NLS.bind(Messages.ValidateCommand_counts, new Object[] { Integer.valueOf(tally.files),
				Integer.valueOf(tally.errors), Integer.valueOf(tally.warnings) }));
		if (tally.unusable) {
			return ExitCode.USAGE;
		}
		return tally.errors + tally.warnings > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	private static void check(SpecFile file, CommandContext context, Tally tally, Schema schema) {
		List<Diagnostic> diagnostics;
		try {
			ApiFileSet set = ApiFileSet.load(file.path(), file.label(), ApiLoadOptions.defaults());
			if (!declaresVersion(set)) {
				diagnostics = set.root().document().diagnostics();
			} else if (schema == null || set.version().isEmpty()) {
				diagnostics = set.diagnostics();
			} else {
				diagnostics = new ArrayList<>(set.diagnostics());
				diagnostics.addAll(schema.validate(set));
			}
		} catch (DocumentException e) {
			diagnostics = e.diagnostics();
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.ValidateCommand_unreadable, file.label(), SpecFiles.reason(e)));
			tally.unusable = true;
			return;
		}
		tally.files++;
		for (Diagnostic d : diagnostics) {
			if (!tally.printed.add(d)) {
				continue;
			}
			if (d.severity() == Severity.ERROR) {
				tally.errors++;
			} else if (d.severity() == Severity.WARNING) {
				tally.warnings++;
			}
			context.out().println(format(d.path(), d));
			if (d.hint() != null) {
				context.out().println(NLS.bind(Messages.ValidateCommand_hint, d.hint()));
			}
		}
	}

	/**
	 * Whether a file is an API's root: it names its version at the top level. Other files are parts of an API
	 * (a schema, a path item), checked for syntax here and for their references from their root.
	 */
	private static boolean declaresVersion(ApiFileSet set) {
		return Nodes.resolveAlias(set.root().document().root()) instanceof MappingNode m
				&& (m.indexOf("openapi") >= 0 || m.indexOf("swagger") >= 0); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * One diagnostic as compilers print it, so editors and CI annotate the line.
	 *
	 * @param label the file as the user named it
	 * @param d the diagnostic
	 * @return {@code label:line:column: severity: message}, or {@code label: severity: message} when the
	 *         diagnostic has no position
	 */
	static String format(String label, Diagnostic d) {
		StringBuilder line = new StringBuilder(label);
		if (d.line() > 0) {
			line.append(':').append(d.line()).append(':').append(d.column());
		}
		return line.append(": ").append(d.severity().name().toLowerCase(Locale.ROOT)).append(": ") //$NON-NLS-1$ //$NON-NLS-2$
				.append(d.message()).toString();
	}

	/** The schema validator of one run: obtained on first use, released at the end. */
	private static final class Schema {
		private final ComponentServiceObjects<SchemaValidator> objects;
		private SchemaValidator validator;
		boolean wanted;

		Schema(ComponentServiceObjects<SchemaValidator> objects) {
			this.objects = objects;
		}

		List<Diagnostic> validate(ApiFileSet set) {
			wanted = true;
			if (objects == null) {
				return List.of();
			}
			if (validator == null) {
				validator = objects.getService();
				if (validator == null) {
					return List.of();
				}
			}
			return validator.validate(set);
		}

		void release() {
			if (validator != null) {
				try {
					objects.ungetService(validator);
				} catch (IllegalStateException | IllegalArgumentException e) {
					// the validator went away during the run: nothing to release
				}
			}
		}
	}

	/** What one run found, across all arguments. */
	static final class Tally {
		int files;
		int errors;
		int warnings;
		boolean unusable;
		final Set<Diagnostic> printed = new HashSet<>();
	}
}
