package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;

/**
 * Keeps working-tree edits visible to Git after JGit rewrote the index.
 * <p>
 * Git as most distributions build it (without {@code USE_NSEC}) compares file times in whole seconds. It trusts an
 * index entry whose size and file time match the file, unless the entry is <em>racily clean</em>: its file time
 * is in the index file's second or later, and then Git re-reads the file. JGit decides racy cleanness with
 * nanoseconds, so an entry recorded at {@code s.1} in an index written at {@code s.5} is racily clean for Git
 * but not for JGit; when JGit rewrites that index in a later second, the entry becomes trusted, and an edit of
 * the same size made during second {@code s} (after Git recorded the entry) disappears from {@code git status},
 * {@code git add -u} and the overwrite checks of {@code git checkout}.
 * <p>
 * After an operation moved the index into a later second, this smudges (sets the recorded size to 0, as Git
 * does) the entries Git held racily clean before: those of the old index's second, and those of the new index's
 * second, which the write below would otherwise turn into trusted ones in turn. JGit's index write re-hashes the
 * smudged entries and restores the size and time of those whose content matches; the others stay smudged, so
 * Git compares their content.
 */
final class RacyIndex {

	private RacyIndex() {
	}

	/** The index file's modification time; {@code null} without a working tree or without an index file. */
	static FileTime time(Repository repository) {
		if (repository == null || repository.isBare()) {
			return null;
		}
		try {
			return Files.getLastModifiedTime(repository.getIndexFile().toPath());
		} catch (IOException e) {
			return null; // no index: entries a later write records are hashed by that write
		}
	}

	/**
	 * Smudges the entries Git held racily clean before the index was rewritten, if it was rewritten in a later
	 * second than {@code before} (see the class comment).
	 */
	static void keepRacyEntriesRacy(Repository repository, FileTime before) throws IOException {
		FileTime after = time(repository);
		if (before == null || after == null) {
			return;
		}
		long beforeSecond = before.to(TimeUnit.SECONDS);
		long afterSecond = after.to(TimeUnit.SECONDS);
		if (afterSecond <= beforeSecond) {
			return; // still the same second: Git still sees those entries as racily clean
		}
		DirCache index = repository.lockDirCache();
		try {
			int smudged = 0;
			for (int i = 0; i < index.getEntryCount(); i++) {
				DirCacheEntry entry = index.getEntry(i);
				if (entry.getStage() != DirCacheEntry.STAGE_0 || entry.getLength() == 0
						|| FileMode.GITLINK.equals(entry.getFileMode())) {
					continue; // conflicts and smudged or empty entries are compared by content anyway
				}
				long second = entry.getLastModifiedInstant().getEpochSecond();
				if (second == beforeSecond || second >= afterSecond) {
					entry.smudgeRacilyClean();
					smudged++;
				}
			}
			if (smudged > 0) {
				index.write();
				if (!index.commit()) {
					throw new IOException("could not replace the index " + repository.getIndexFile()); //$NON-NLS-1$
				}
			}
		} finally {
			index.unlock();
		}
	}
}
