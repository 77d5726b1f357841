package dev.specsync.document;

import java.nio.file.Path;

/**
 * Child process of {@link AtomicSaveCrashTest}: saves two large documents over one file in turn until it is
 * killed. Runs on a plain class path (this fragment, the document bundle and SnakeYAML Engine), without OSGi.
 */
public final class AtomicSaveChild {
	private AtomicSaveChild() {
	}

	public static void main(String[] args) throws Exception {
		Path target = Path.of(args[0]);
		SourceDocument a = SourceDocument.load(Path.of(args[1]));
		SourceDocument b = SourceDocument.load(Path.of(args[2]));
		for (int i = 0;; i++) {
			System.out.println("SAVING " + i);
			System.out.flush();
			(i % 2 == 0 ? b : a).save(target);
		}
	}

}
