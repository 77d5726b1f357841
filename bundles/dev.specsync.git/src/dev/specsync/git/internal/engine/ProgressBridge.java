package dev.specsync.git.internal.engine;

import org.eclipse.jgit.lib.ProgressMonitor;

import dev.specsync.git.engine.GitProgress;

/** Forwards JGit's progress to a {@link GitProgress} and remembers whether the user cancelled. */
final class ProgressBridge implements ProgressMonitor {

	private final GitProgress progress;
	private volatile boolean cancelled;

	ProgressBridge(GitProgress progress) {
		this.progress = progress;
	}

	@Override
	public void start(int totalTasks) {
		// tasks are reported one by one
	}

	@Override
	public void beginTask(String title, int totalWork) {
		progress.beginTask(title, Math.max(0, totalWork));
	}

	@Override
	public void update(int completed) {
		progress.worked(completed);
	}

	@Override
	public void endTask() {
		progress.endTask();
	}

	@Override
	public boolean isCancelled() {
		if (!cancelled && progress.isCancelled()) {
			cancelled = true;
		}
		return cancelled;
	}

	@Override
	public void showDuration(boolean enabled) {
		// not shown
	}

	boolean cancelled() {
		return cancelled;
	}
}
