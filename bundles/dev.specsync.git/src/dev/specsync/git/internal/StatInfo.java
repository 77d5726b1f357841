package dev.specsync.git.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.util.FS;

/** Copies file system stat data into index entries, so Git sees restored files as clean without re-hashing. */
final class StatInfo {

	private StatInfo() {
	}

	static void apply(DirCacheEntry e, Path file, FS fs) throws IOException {
		try {
			BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (a.isDirectory()) {
				return;
			}
			e.setLength(a.size());
			e.setLastModified(fs.lastModifiedInstant(file));
		} catch (NoSuchFileException gone) {
			e.setLength(0);
		}
	}
}
