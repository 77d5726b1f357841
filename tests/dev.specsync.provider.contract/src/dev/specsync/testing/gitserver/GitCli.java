package dev.specsync.testing.gitserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The {@code git} command line, for preparing repositories and checking what a provider did independently of
 * JGit. Runs with a private, empty global configuration (no user settings leak in) and fixed author data.
 */
public final class GitCli {

	private GitCli() {
	}

	/** Whether a {@code git} executable is on the PATH. */
	public static boolean available() {
		try {
			return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Runs git in a folder and returns its standard output.
	 *
	 * @param dir the working folder
	 * @param args the arguments after {@code git}
	 * @return standard output
	 * @throws IOException if git cannot run or exits with a non-zero status (the message holds its output)
	 */
	public static String git(Path dir, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add("git");
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.put("GIT_CONFIG_NOSYSTEM", "1");
		env.put("GIT_CONFIG_GLOBAL", "/dev/null");
		env.put("GIT_AUTHOR_NAME", "SpecSync Test");
		env.put("GIT_AUTHOR_EMAIL", "test@specsync.invalid");
		env.put("GIT_COMMITTER_NAME", "SpecSync Test");
		env.put("GIT_COMMITTER_EMAIL", "test@specsync.invalid");
		env.put("GIT_TERMINAL_PROMPT", "0");
		Process process = builder.start();
		byte[] out = process.getInputStream().readAllBytes();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("git " + String.join(" ", args) + " timed out");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
		String text = new String(out, StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new IOException("git " + String.join(" ", args) + " failed (" + process.exitValue() + "): " + text);
		}
		return text;
	}

	/**
	 * Creates a bare repository {@code root/name} whose default branch {@code main} has two commits with an
	 * OpenAPI file, and further branches at the first commit.
	 *
	 * @param root the folder the repository is created in
	 * @param name the repository's folder name, for example {@code api.git}
	 * @param otherBranches names of further branches
	 * @return the bare repository's folder
	 * @throws IOException if git fails
	 */
	public static Path createBareRepository(Path root, String name, String... otherBranches) throws IOException {
		Path work = Files.createTempDirectory(root, "work-");
		git(work, "init", "-q", "-b", "main");
		Files.writeString(work.resolve("openapi.yaml"), "openapi: 3.1.0\ninfo:\n  title: Pets\n  version: 1.0.0\npaths: {}\n");
		git(work, "add", ".");
		git(work, "commit", "-q", "-m", "First version");
		for (String branch : otherBranches) {
			git(work, "branch", branch);
		}
		Files.writeString(work.resolve("openapi.yaml"), "openapi: 3.1.0\ninfo:\n  title: Pets\n  version: 1.1.0\npaths: {}\n");
		git(work, "commit", "-q", "-am", "Second version");
		Path bare = root.resolve(name);
		git(root, "clone", "-q", "--bare", work.toString(), bare.toString());
		// a bare clone's HEAD follows the source's, which is main
		return bare;
	}

	/**
	 * The branches of a repository as git itself lists them.
	 *
	 * @param gitDir a bare repository or a .git folder
	 * @return short branch names
	 * @throws IOException if git fails
	 */
	public static Set<String> branches(Path gitDir) throws IOException {
		Set<String> names = new LinkedHashSet<>();
		for (String line : git(gitDir, "--git-dir=" + gitDir, "for-each-ref", "--format=%(refname:short)", "refs/heads/")
				.split("\n")) {
			if (!line.isBlank()) {
				names.add(line.strip());
			}
		}
		return names;
	}

	/**
	 * The commit a branch points at.
	 *
	 * @param gitDir a bare repository or a .git folder
	 * @param branch the short branch name
	 * @return the full commit id
	 * @throws IOException if git fails or the branch does not exist
	 */
	public static String commitOf(Path gitDir, String branch) throws IOException {
		return git(gitDir, "--git-dir=" + gitDir, "rev-parse", "--verify", "refs/heads/" + branch + "^{commit}").strip();
	}
}
