package dev.specsync.git.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the git command line in a directory with an isolated configuration (tests and benchmark only). */
public final class Git {

	public record Result(int exitCode, byte[] stdout, String stderr) {
		public String out() {
			return new String(stdout, StandardCharsets.UTF_8);
		}
	}

	private static final Path HOME = createHome();

	private Git() {
	}

	private static Path createHome() {
		try {
			Path home = Files.createTempDirectory("specsync-git-home");
			Files.writeString(home.resolve(".gitconfig"),
					"[user]\n\tname = Test User\n\temail = test@example.invalid\n[init]\n\tdefaultBranch = main\n"
							+ "[advice]\n\tdetachedHead = false\n[gc]\n\tauto = 0\n[maintenance]\n\tauto = false\n");
			return home;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Gives a process the isolated git configuration the tests use (no user or system config). */
	public static ProcessBuilder isolate(ProcessBuilder pb) {
		Map<String, String> env = pb.environment();
		env.put("HOME", HOME.toString());
		env.put("XDG_CONFIG_HOME", HOME.resolve(".config").toString());
		env.put("GIT_CONFIG_NOSYSTEM", "1");
		env.put("LC_ALL", "C");
		env.remove("GIT_DIR");
		env.remove("GIT_WORK_TREE");
		env.remove("GIT_INDEX_FILE");
		return pb;
	}

	public static Result run(Path dir, byte[] stdin, String... args) {
		List<String> cmd = new ArrayList<>();
		cmd.add("git");
		cmd.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
		Map<String, String> env = pb.environment();
		env.put("HOME", HOME.toString());
		env.put("XDG_CONFIG_HOME", HOME.resolve(".config").toString());
		env.put("GIT_CONFIG_NOSYSTEM", "1");
		env.put("LC_ALL", "C");
		env.remove("GIT_DIR");
		env.remove("GIT_WORK_TREE");
		env.remove("GIT_INDEX_FILE");
		try {
			Process p = pb.start();
			CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
			if (stdin != null) {
				p.getOutputStream().write(stdin);
			}
			p.getOutputStream().close();
			byte[] out = readAll(p.getInputStream());
			if (!p.waitFor(300, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new IllegalStateException("git " + String.join(" ", args) + " timed out");
			}
			return new Result(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Runs git and fails unless it exits with 0. */
	public static String ok(Path dir, String... args) {
		Result r = run(dir, null, args);
		if (r.exitCode() != 0) {
			throw new AssertionError("git " + String.join(" ", args) + " failed with " + r.exitCode() + ":\n" + r.stderr()
					+ r.out());
		}
		return r.out();
	}

	private static byte[] readAll(InputStream in) {
		try (in; ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
			in.transferTo(bos);
			return bos.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
