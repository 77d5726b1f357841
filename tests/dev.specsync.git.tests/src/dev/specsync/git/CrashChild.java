package dev.specsync.git;

import dev.specsync.git.internal.JGitSnapshotServices;
import java.io.File;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Child process for {@link CrashSafetyTest}: takes snapshots in a loop until it is killed. Runs on a plain
 * class path (see {@link ChildClassPath}), without OSGi.
 */
public final class CrashChild {

	private CrashChild() {
	}

	public static void main(String[] args) throws Exception {
		File dir = new File(args[0]);
		try (Repository repo = new FileRepositoryBuilder().setWorkTree(dir).setGitDir(new File(dir, ".git")).build()) {
			SnapshotService service = new JGitSnapshotServices().forRepository(repo);
			for (int i = 0; ; i++) {
				System.out.println("TAKING " + i);
				System.out.flush();
				service.take("crash test " + i);
				System.out.println("TOOK " + i);
				System.out.flush();
			}
		}
	}
}
