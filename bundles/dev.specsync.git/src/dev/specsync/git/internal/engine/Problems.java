package dev.specsync.git.internal.engine;

import java.util.Collection;
import java.util.stream.Collectors;

import dev.specsync.git.Diagnostic;
import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;

/** Builds {@link GitOperationException}s for the engine's own refusals. */
final class Problems {

	private static final int LISTED_PATHS = 10;

	private Problems() {
	}

	static GitOperationException of(Code code, String cause, String fix) {
		return new GitOperationException(new Diagnostic(code, cause, fix));
	}

	static GitOperationException of(Code code, String cause, String fix, Throwable error) {
		return new GitOperationException(new Diagnostic(code, cause, fix), error);
	}

	static GitOperationException invalid(String cause, String fix) {
		return of(Code.INVALID_INPUT, cause, fix);
	}

	/** The first paths, quoted and comma-separated, with a count of the rest. */
	static String paths(Collection<String> paths) {
		String listed = paths.stream().sorted().limit(LISTED_PATHS).map(p -> "'" + p + "'").collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return paths.size() > LISTED_PATHS ? listed + " and " + (paths.size() - LISTED_PATHS) + " more" : listed; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
