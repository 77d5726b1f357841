package dev.specsync.ui.scm.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;

/** Runs a quick local Git operation on the UI thread with the busy cursor. */
final class Busy {

	private Busy() {
	}

	static <T> T call(Shell shell, Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		BusyIndicator.showWhile(shell.getDisplay(), () -> result.set(work.get()));
		return result.get();
	}
}
