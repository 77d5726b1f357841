package dev.specsync.merge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;

/**
 * {@code specsync merge}, {@code merge-driver} and {@code merge-resolve}, found as the command line finds them and
 * run on real files and, for the driver, in a real Git repository made with the git CLI (the driver is called with
 * the stages git itself writes). The end-to-end {@code git merge} through the product's launch script is in
 * {@code tests/product}.
 */
class MergeCommandsTest {
	private static final String BASE = "openapi: 3.0.3\ninfo:\n  title: Pets\n  version: 1.0.0\npaths:\n  /pets:\n"
			+ "    get:\n      summary: List pets # keep\n      responses:\n        '200':\n          description: OK\n";

	private static Command merge;
	private static Command driver;
	private static Command resolve;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void findCommands() throws Exception {
		merge = command("merge");
		driver = command("merge-driver");
		resolve = command("merge-resolve");
	}

	private static Command command(String name) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(MergeCommandsTest.class).getBundleContext();
		String filter = "(&(objectClass=" + Command.class.getName() + ")(" + CommandName.PROPERTY + "=" + name + "))";
		ServiceTracker<Command, Command> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
		tracker.open();
		Command c = tracker.waitForService(10_000);
		assertNotNull(c, "no Command service named '" + name + "'");
		return c;
	}

	private int run(Command c, Path cwd, String... args) {
		out.reset();
		err.reset();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return c.run(new CommandContext(List.of(args), o, e, cwd, Map.of()));
		}
	}

	private Path write(Path d, String name, String text) throws IOException {
		Path p = d.resolve(name);
		Files.createDirectories(p.getParent());
		Files.writeString(p, text);
		return p;
	}

	private static String git(Path repo, String... args) throws Exception {
		List<String> cmd = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"));
		cmd.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true);
		pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		pb.environment().put("HOME", repo.toString());
		Process p = pb.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), () -> "git " + String.join(" ", args) + ": " + output);
		return output;
	}

	@Test
	void mergeWritesTheResultAndListsConflicts() throws Exception {
		write(dir, "base.yaml", BASE);
		write(dir, "ours.yaml", BASE.replace("  version: 1.0.0\n", "  version: 1.0.0\n  x-team: api\n"));
		write(dir, "theirs.yaml", BASE.replace("description: OK", "description: All pets"));
		assertEquals(ExitCode.OK, run(merge, dir, "base.yaml", "ours.yaml", "theirs.yaml", "-o", "out.yaml"), err.toString());
		assertEquals(BASE.replace("  version: 1.0.0\n", "  version: 1.0.0\n  x-team: api\n")
				.replace("description: OK", "description: All pets"), Files.readString(dir.resolve("out.yaml")));

		write(dir, "theirs.yaml", BASE.replace("List pets # keep", "List the pets # keep"));
		write(dir, "ours.yaml", BASE.replace("List pets # keep", "List all pets # keep"));
		assertEquals(ExitCode.PROBLEMS, run(merge, dir, "base.yaml", "ours.yaml", "theirs.yaml", "--conflicts-json"));
		String json = out.toString(StandardCharsets.UTF_8);
		assertTrue(json.contains("\"pointer\": \"/paths/~1pets/get/summary\""), json);
		assertTrue(json.contains("\"kind\": \"both-modified\""), json);
		assertTrue(json.contains("\"value\": \"List the pets\""), json);
	}

	@Test
	void aMalformedSideStopsTheMergeAndWritesNothing() throws Exception {
		write(dir, "base.yaml", BASE);
		write(dir, "ours.yaml", BASE);
		write(dir, "theirs.yaml", BASE.replace("  title: Pets", "  title: [Pets"));
		assertEquals(ExitCode.USAGE, run(merge, dir, "base.yaml", "ours.yaml", "theirs.yaml", "-o", "out.yaml"));
		String e = err.toString(StandardCharsets.UTF_8);
		assertTrue(e.contains("the theirs version is not valid YAML") && e.contains("ours.yaml (theirs):4:"), e);
		assertFalse(Files.exists(dir.resolve("out.yaml")));
	}

	@Test
	void driverKeepsTheMergeUnderDotGitAndResolveFinishesItAfterARestart() throws Exception {
		Path repo = dir.resolve("repo");
		Files.createDirectories(repo);
		git(repo, "init", "-q", "-b", "main");
		write(repo, "api/openapi.yaml", BASE);
		git(repo, "add", "-A");
		git(repo, "commit", "-qm", "base");
		// the stages as git hands them to a driver: temporary files, %A is overwritten with the result
		Path o = write(repo, ".merge_file_a", BASE.replace("List pets # keep", "List all pets # keep")
				.replace("version: 1.0.0", "version: 1.1.0"));
		Path b = write(repo, ".merge_file_o", BASE);
		Path t = write(repo, ".merge_file_b", BASE.replace("List pets # keep", "List the pets # keep")
				.replace("description: OK", "description: All pets"));
		assertEquals(ExitCode.PROBLEMS, run(driver, repo, b.toString(), o.toString(), t.toString(), "api/openapi.yaml"));
		String merged = Files.readString(o);
		assertTrue(merged.contains("summary: List all pets # keep") && merged.contains("version: 1.1.0")
				&& merged.contains("description: All pets"), merged);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("api/openapi.yaml:8: conflict (both-modified) at /paths/~1pets/get/summary"),
				err.toString(StandardCharsets.UTF_8));
		assertTrue(Files.isDirectory(repo.resolve(".git/specsync/merge")));
		Files.copy(o, repo.resolve("api/openapi.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		Path sub = repo.resolve("api");
		assertEquals(ExitCode.PROBLEMS, run(resolve, sub, "openapi.yaml"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("/paths/~1pets/get/summary"));
		assertEquals(ExitCode.OK, run(resolve, sub, "openapi.yaml", "--set", "/paths/~1pets/get/summary=\"List every pet\""),
				err.toString(StandardCharsets.UTF_8));
		assertEquals(BASE.replace("List pets # keep", "List every pet # keep").replace("version: 1.0.0", "version: 1.1.0")
				.replace("description: OK", "description: All pets"), Files.readString(repo.resolve("api/openapi.yaml")));
		assertEquals(ExitCode.OK, run(resolve, repo));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("no merge in progress"));
	}

	@Test
	void driverAbortPutsOursBack() throws Exception {
		Path repo = dir.resolve("repo");
		Files.createDirectories(repo);
		git(repo, "init", "-q", "-b", "main");
		String ours = BASE.replace("List pets # keep", "List all pets # keep");
		Path o = write(repo, "openapi.yaml", ours);
		Path b = write(repo, ".base", BASE);
		Path t = write(repo, ".theirs", BASE.replace("List pets # keep", "List the pets # keep"));
		Path a = write(repo, ".ours", ours);
		assertEquals(ExitCode.PROBLEMS, run(driver, repo, b.toString(), a.toString(), t.toString(), "openapi.yaml"));
		Files.writeString(o, "something else the user typed\n");
		assertEquals(ExitCode.OK, run(resolve, repo, "openapi.yaml", "--abort"));
		assertEquals(ours, Files.readString(o));
		assertFalse(Files.exists(repo.resolve(".git/specsync/merge")) && Files.list(repo.resolve(".git/specsync/merge")).findAny().isPresent());
	}

	@Test
	void driverFallsBackToGitMergeFileForOtherFiles() throws Exception {
		Path b = write(dir, "b", "one\ntwo\n");
		Path a = write(dir, "a", "one\nours\n");
		Path t = write(dir, "t", "one\ntheirs\n");
		assertEquals(ExitCode.PROBLEMS, run(driver, dir, b.toString(), a.toString(), t.toString(), "notes.txt"));
		String merged = Files.readString(a);
		assertTrue(merged.contains("<<<<<<< notes.txt") && merged.contains(">>>>>>> notes.txt (theirs)"), merged);
		Path b2 = write(dir, "b2", "one\ntwo\nthree\n");
		Path a2 = write(dir, "a2", "zero\none\ntwo\nthree\n");
		Path t2 = write(dir, "t2", "one\ntwo\nthree\nfour\n");
		assertEquals(ExitCode.OK, run(driver, dir, b2.toString(), a2.toString(), t2.toString(), "notes.txt"));
		assertEquals("zero\none\ntwo\nthree\nfour\n", Files.readString(a2));
	}
}
