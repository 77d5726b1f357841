package dev.specsync.cli;

/**
 * The exit codes every {@code specsync} command shares, so that a CI job can tell "the check found
 * something" from "the check could not run".
 */
public final class ExitCode {

	/** The command did what was asked and found nothing to report. */
	public static final int OK = 0;

	/** The command ran and found problems (invalid definitions, breaking changes, conflicts). */
	public static final int PROBLEMS = 1;

	/** The command could not run: wrong usage, or input it cannot use (missing or unreadable file). */
	public static final int USAGE = 2;

	/** An unexpected internal failure; the message says where the details were logged. */
	public static final int INTERNAL_ERROR = 70;

	private ExitCode() {
	}
}
