package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.TestRepo;

/**
 * The engine's status against {@code git status} on the same repository, step by step through the states a user
 * gets into: nothing changed, staged and unstaged edits in nested folders, deletions, untracked and ignored files, a
 * file removed from the index but kept on disk, executable bits, symlinks, an index written by the engine's own
 * commit (without git's cache-tree) and a conflict. git runs with {@code --no-optional-locks} so that it does not
 * rewrite the index between the steps.
 */
class StatusTest {

	@TempDir
	Path tmp;

	/** staged, changed, untracked, conflicting as git reports them. */
	private static String gitStatus(TestRepo repo) {
		String out = repo.git("-c", "status.renames=false", "--no-optional-locks", "status", "--porcelain=v1", "-z",
				"--untracked-files=all");
		Set<String> staged = new TreeSet<>();
		Set<String> changed = new TreeSet<>();
		Set<String> untracked = new TreeSet<>();
		Set<String> conflicting = new TreeSet<>();
		for (String entry : out.split("\0")) {
			if (entry.length() < 4) {
				continue;
			}
			String xy = entry.substring(0, 2);
			String path = entry.substring(3);
			if (xy.equals("??")) {
				untracked.add(path);
			} else if (Set.of("DD", "AU", "UD", "UA", "DU", "AA", "UU").contains(xy)) {
				conflicting.add(path);
			} else {
				if (xy.charAt(0) != ' ') {
					staged.add(path);
				}
				if (xy.charAt(1) != ' ') {
					changed.add(path);
				}
			}
		}
		return format(staged, changed, untracked, conflicting);
	}

	private static String format(Set<String> staged, Set<String> changed, Set<String> untracked, Set<String> conflicting) {
		return "staged " + staged + "\nchanged " + changed + "\nuntracked " + untracked + "\nconflicting " + conflicting;
	}

	private static String engineStatus(GitWorkspace ws) throws Exception {
		WorkspaceStatus s = ws.status().call();
		return format(s.staged(), s.changed(), s.untracked(), s.conflicting());
	}

	private static void assertSameAsGit(TestRepo repo, GitWorkspace ws, String step) throws Exception {
		String engine = engineStatus(ws);
		assertEquals(gitStatus(repo), engine, step);
	}

	@Test
	void statusAgreesWithGitThroughEveryKindOfChange() throws Exception {
		try (TestRepo repo = TestRepo.init(tmp.resolve("ws"))) {
			repo.write(".gitignore", "*.log\nbuild/\n");
			for (int i = 0; i < 30; i++) {
				repo.write("apis/group" + i % 3 + "/spec-" + i + ".yaml", "openapi: 3.1.0\n# " + i + "\n");
			}
			repo.write("README.md", "readme\n").write("kept.log", "tracked although ignored\n").git("add", "-f", "kept.log");
			repo.commitAll("init");
			try (GitWorkspace ws = Engines.service().open(repo.dir())) {
				assertSameAsGit(repo, ws, "clean");
				assertTrue(ws.status().call().clean());

				repo.write("apis/group0/spec-0.yaml", "changed and staged\n").git("add", "apis/group0/spec-0.yaml");
				repo.write("apis/group1/new.yaml", "added\n").git("add", "apis/group1/new.yaml");
				repo.git("rm", "-q", "apis/group2/spec-2.yaml");
				repo.write("apis/group1/spec-1.yaml", "changed, not staged\n");
				repo.delete("apis/group2/spec-5.yaml");
				repo.write("drafts/deep/er/orders.yaml", "untracked\n");
				repo.write("server.log", "ignored\n").write("build/out.json", "{}\n");
				assertSameAsGit(repo, ws, "staged, changed, deleted, untracked, ignored");

				repo.write("apis/group0/spec-0.yaml", "staged, then changed again\n");
				repo.git("rm", "-q", "--cached", "kept.log");
				assertSameAsGit(repo, ws, "changed after staging; removed from the index, kept on disk, ignored (git: not untracked)");

				repo.executable("apis/group0/spec-3.yaml", true);
				repo.symlink("link.yaml", "apis/group0/spec-3.yaml");
				assertSameAsGit(repo, ws, "executable bit, untracked symlink");

				ws.commit("engine commit", Engines.AUTHOR).setAll(true).call();
				assertSameAsGit(repo, ws, "after the engine's commit -a");
				repo.write("apis/group0/spec-6.yaml", "after the engine's commit\n").git("add", "apis/group0/spec-6.yaml");
				repo.write("apis/group1/spec-7.yaml", "unstaged after the engine's commit\n");
				assertSameAsGit(repo, ws, "edits on an index the engine wrote");
				repo.git("add", "-A");
				repo.git("commit", "-q", "-m", "git commit");
				assertSameAsGit(repo, ws, "after git's commit");

				repo.git("checkout", "-q", "-b", "other");
				repo.write("README.md", "other\n").commitAll("other");
				repo.git("checkout", "-q", "main");
				repo.write("README.md", "main\n").commitAll("main");
				dev.specsync.git.testing.Git.run(repo.dir(), null, "merge", "-q", "other");
				repo.write("apis/group2/spec-8.yaml", "changed during the merge\n");
				assertSameAsGit(repo, ws, "conflict");
				assertEquals(Set.of("README.md"), ws.status().call().conflicting());
			}
		}
	}
}
