package dev.specsync.openapi.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.Position;
import dev.specsync.document.Severity;
import dev.specsync.openapi.ApiFile;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.OpenApiVersion;
import dev.specsync.openapi.SchemaValidator;
import dev.specsync.openapi.validation.internal.Locator.Place;
import dev.specsync.openapi.validation.internal.SwaggerMessage.Kind;

/**
 * The {@link SchemaValidator} service on swagger-parser. A delayed component: DS creates it, and the bundle's
 * class loader opens the embedded jars, only when a caller first obtains the service; swagger-parser's classes
 * load on the first {@link #validate}. Each validation runs on a thread of its own with a large stack (deeply
 * nested schemas recurse in swagger-parser), so the caller's stack does not bound it.
 */
@Component(service = SchemaValidator.class)
public final class SwaggerSchemaValidator implements SchemaValidator {
	/**
	 * The most nodes the composed tree may have: about 8 times GitHub's description (11 MB, 258,000 nodes),
	 * 3 times Microsoft Graph's. swagger-parser needs about 1 KB of heap per node, so this bounds its memory.
	 */
	static final long DEFAULT_MAX_NODES = 2_000_000L;
	private static final long STACK_BYTES = 512L * 1024 * 1024;

	private final long maxNodes;

	/** Creates the validator; DS calls this. */
	public SwaggerSchemaValidator() {
		this(DEFAULT_MAX_NODES);
	}

	SwaggerSchemaValidator(long maxNodes) {
		this.maxNodes = maxNodes;
	}

	@Override
	public List<Diagnostic> validate(ApiFileSet set) {
		Optional<OpenApiVersion> version = set.version();
		if (version.isEmpty()) {
			return List.of();
		}
		Inlining inlining = new Inlining(set);
		AtomicReference<List<String>> messages = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread worker = new Thread(null, () -> {
			try {
				messages.set(SwaggerRun.messages(version.get(), ComposedTree.of(inlining, maxNodes)));
			} catch (Throwable t) { // reported as a diagnostic, never thrown at the caller
				failure.set(t);
			}
		}, "specsync-schema-validation", STACK_BYTES); //$NON-NLS-1$
		worker.setDaemon(true);
		worker.start();
		try {
			worker.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return List.of();
		}
		Throwable t = failure.get();
		if (t != null) {
			return List.of(notChecked(set, t));
		}
		return diagnostics(set, version.get(), new Locator(inlining), messages.get());
	}

	private Diagnostic notChecked(ApiFileSet set, Throwable t) {
		ApiFile root = set.root();
		Position p = root.document().start(root.document().root());
		if (t instanceof ComposedTree.TooLarge) {
			String limit = String.format(Locale.ROOT, "%,d", Long.valueOf(maxNodes)); //$NON-NLS-1$
			return new Diagnostic(Severity.WARNING, root.label(), p.line(), p.column(),
					NLS.bind(Messages.SchemaValidator_tooLarge, limit), Messages.SchemaValidator_tooLargeHint);
		}
		if (t instanceof StackOverflowError) {
			return new Diagnostic(Severity.WARNING, root.label(), p.line(), p.column(), Messages.SchemaValidator_tooDeep,
					null);
		}
		if (t instanceof VirtualMachineError v) {
			throw v; // out of memory and the like are not the document's problem
		}
		return new Diagnostic(Severity.WARNING, root.label(), p.line(), p.column(),
				NLS.bind(Messages.SchemaValidator_failed, t.toString()), null);
	}

	static List<Diagnostic> diagnostics(ApiFileSet set, OpenApiVersion version, Locator locator,
			List<String> messages) {
		Set<Diagnostic> found = new LinkedHashSet<>();
		for (String text : messages) {
			SwaggerMessage m = SwaggerMessage.parse(text);
			Place place = locator.locate(m.path());
			if (KnownFalsePositives.matches(m, place, set, version)) {
				continue;
			}
			found.add(new Diagnostic(m.kind() == Kind.OTHER ? Severity.WARNING : Severity.ERROR, place.file().label(),
					place.position().line(), place.position().column(), describe(m, version), hint(m)));
		}
		List<ApiFile> files = set.files();
		List<Diagnostic> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt((Diagnostic d) -> indexOf(files, d.path()))
				.thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		return sorted;
	}

	private static int indexOf(List<ApiFile> files, String label) {
		for (int i = 0; i < files.size(); i++) {
			if (files.get(i).label().equals(label)) {
				return i;
			}
		}
		return files.size();
	}

	private static String describe(SwaggerMessage m, OpenApiVersion version) {
		Object[] args = { m.path(), version.label(), m.detail() };
		return switch (m.kind()) {
		case MISSING -> NLS.bind(Messages.SchemaValidator_missing, args);
		case UNEXPECTED -> NLS.bind(Messages.SchemaValidator_unexpected, args);
		case WRONG_TYPE -> NLS.bind(Messages.SchemaValidator_wrongType, args);
		case REPEATED -> NLS.bind(Messages.SchemaValidator_repeated, args);
		case UNSUPPORTED -> NLS.bind(Messages.SchemaValidator_unsupported, args);
		case RESERVED -> NLS.bind(Messages.SchemaValidator_reserved, args);
		case OTHER -> m.path().isEmpty() ? NLS.bind(Messages.SchemaValidator_otherAtRoot, m.detail())
				: NLS.bind(Messages.SchemaValidator_other, m.path(), m.detail());
		};
	}

	private static String hint(SwaggerMessage m) {
		return switch (m.kind()) {
		case MISSING -> NLS.bind(Messages.SchemaValidator_missingHint, lastStep(m.path()));
		case UNEXPECTED -> Messages.SchemaValidator_unexpectedHint;
		default -> null;
		};
	}

	private static String lastStep(String path) {
		List<PathTokens.Token> tokens = PathTokens.split(path);
		return tokens.isEmpty() ? path : tokens.get(tokens.size() - 1).text();
	}
}
