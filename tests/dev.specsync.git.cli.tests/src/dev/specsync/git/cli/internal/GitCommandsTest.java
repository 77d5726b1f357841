package dev.specsync.git.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.cli.CommandContext;
import dev.specsync.cli.ExitCode;
import dev.specsync.cli.internal.CommandCatalog;
import dev.specsync.cli.internal.CommandLine;
import dev.specsync.git.credentials.Credential;

/**
 * {@code specsync clone, status, commit, pull, push, branch, undo} through the real command line, on real
 * repositories (a bare repository on disk as the server), checked with the git CLI.
 */
class GitCommandsTest {

	@TempDir
	Path tmp;

	private CommandLine commandLine;
	private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private Path bare;

	@BeforeEach
	void setUp() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(GitCommandsTest.class).getBundleContext();
		ServiceTracker<CommandCatalog, CommandCatalog> tracker = new ServiceTracker<>(context, CommandCatalog.class, null);
		tracker.open();
		trackers.add(tracker);
		CommandCatalog catalog = tracker.waitForService(10_000);
		assertNotNull(catalog);
		commandLine = new CommandLine(catalog);
		Path seed = tmp.resolve("seed");
		Files.createDirectories(seed);
		git(seed, "init", "-q", "-b", "main");
		Files.writeString(seed.resolve("openapi.yaml"), "openapi: 3.1.0\n");
		git(seed, "add", "-A");
		git(seed, "commit", "-q", "-m", "init");
		bare = tmp.resolve("server/orders.git");
		git(tmp, "init", "-q", "--bare", "-b", "main", bare.toString());
		git(seed, "push", "-q", bare.toString(), "main");
	}

	@AfterEach
	void tearDown() {
		trackers.forEach(ServiceTracker::close);
	}

	private int run(Path directory, Map<String, String> env, String... args) {
		out.reset();
		err.reset();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return commandLine.run(new CommandContext(Arrays.asList(args), o, e, directory, env));
		}
	}

	private int run(String... args) {
		return run(tmp, Map.of(), args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** The git CLI with an isolated configuration. */
	private String git(Path dir, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Other", "-c", "user.email=other@example.invalid"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		builder.environment().put("HOME", tmp.toString());
		builder.environment().put("XDG_CONFIG_HOME", tmp.resolve(".config").toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), () -> "git " + args[0] + ": " + output);
		return output;
	}

	private Path cloneAlice() throws Exception {
		assertEquals(ExitCode.OK, run("clone", bare.toString(), "alice"), err());
		Path alice = tmp.resolve("alice");
		git(alice, "config", "user.name", "Alice");
		git(alice, "config", "user.email", "alice@example.invalid");
		return alice;
	}

	/** Another user pushes a change of openapi.yaml. */
	private void otherPushes(String content) throws Exception {
		Path other = tmp.resolve("other");
		if (!Files.exists(other)) {
			git(tmp, "clone", "-q", bare.toString(), other.toString());
		}
		git(other, "pull", "-q", "--no-rebase");
		Files.writeString(other.resolve("openapi.yaml"), content);
		git(other, "commit", "-q", "-am", "other");
		git(other, "push", "-q", "origin", "main");
	}

	@Test
	void cloneCommitPushAndStatus() throws Exception {
		Path alice = cloneAlice();
		assertTrue(out().contains("Cloned"), out());
		assertEquals(ExitCode.OK, run("status", "-C", "alice"));
		assertEquals("On branch main, tracking origin/main: 0 ahead, 0 behind\nNothing to commit, the working tree is clean.\n", out());

		Files.writeString(alice.resolve("openapi.yaml"), "openapi: 3.1.1\n");
		Files.writeString(alice.resolve("draft.yaml"), "draft\n");
		assertEquals(ExitCode.OK, run(alice, Map.of(), "status"));
		assertEquals("On branch main, tracking origin/main: 0 ahead, 0 behind\nChanged, not staged:\n  openapi.yaml\nUntracked:\n  draft.yaml\n", out());

		assertEquals(ExitCode.USAGE, run(alice, Map.of(), "commit", "-a"));
		assertTrue(err().contains("needs a message"), err());
		assertEquals(ExitCode.USAGE, run(alice, Map.of(), "commit", "-m", " ", "-a"));
		assertTrue(err().contains("the commit message is empty"), err());
		assertEquals(ExitCode.OK, run(alice, Map.of(), "commit", "-m", "Bump the version", "-a"), err());
		assertEquals("Alice <alice@example.invalid> Bump the version\n", git(alice, "log", "-1", "--format=%an <%ae> %s"));
		assertEquals(ExitCode.OK, run(alice, Map.of(), "status"));
		assertTrue(out().startsWith("On branch main, tracking origin/main: 1 ahead, 0 behind\n"), out());

		assertEquals(ExitCode.OK, run(alice, Map.of(), "push"), err());
		assertEquals(git(alice, "rev-parse", "HEAD"), git(bare, "rev-parse", "main"));
	}

	@Test
	void pullWithAConflictExitsWithOneAndUndoBringsTheEditsBack() throws Exception {
		Path alice = cloneAlice();
		otherPushes("openapi: 3.0.3\n");
		Files.writeString(alice.resolve("openapi.yaml"), "openapi: 3.1.1\n");
		assertEquals(ExitCode.OK, run(alice, Map.of(), "commit", "-am", "mine"));
		Files.writeString(alice.resolve("notes.txt"), "unsaved notes\n");

		assertEquals(ExitCode.PROBLEMS, run(alice, Map.of(), "pull"));
		assertTrue(err().contains("'openapi.yaml'") && err().contains("specsync undo"), err());
		assertTrue(git(alice, "status", "--porcelain").contains("UU openapi.yaml"));

		assertEquals(ExitCode.OK, run(alice, Map.of(), "undo"), err());
		assertEquals("openapi: 3.1.1\n", Files.readString(alice.resolve("openapi.yaml")));
		assertEquals("unsaved notes\n", Files.readString(alice.resolve("notes.txt")));
		assertFalse(Files.exists(alice.resolve(".git/MERGE_HEAD")));
		assertEquals("?? notes.txt\n", git(alice, "status", "--porcelain"));
	}

	@Test
	void rejectedPushExitsWithOneAndForceWithLeaseNeedsAFreshLease() throws Exception {
		Path alice = cloneAlice();
		otherPushes("openapi: 3.0.3\n");
		Files.writeString(alice.resolve("openapi.yaml"), "openapi: 3.1.1\n");
		assertEquals(ExitCode.OK, run(alice, Map.of(), "commit", "-am", "mine"));
		assertEquals(ExitCode.PROBLEMS, run(alice, Map.of(), "push"));
		assertTrue(err().contains("not a fast-forward") && err().contains("specsync pull"), err());

		assertEquals(ExitCode.PROBLEMS, run(alice, Map.of(), "push", "--force-with-lease"));
		assertTrue(err().contains("moved since you confirmed"), err());
		git(alice, "fetch", "-q");
		assertEquals(ExitCode.OK, run(alice, Map.of(), "push", "--force-with-lease"), err());
		assertEquals(git(alice, "rev-parse", "HEAD"), git(bare, "rev-parse", "main"));
	}

	@Test
	void branchesAreCreatedSwitchedAndTheSwitchUndone() throws Exception {
		Path alice = cloneAlice();
		assertEquals(ExitCode.OK, run(alice, Map.of(), "branch", "create", "feature"));
		Files.writeString(alice.resolve("openapi.yaml"), "openapi: 3.1.1 # unsaved\n");
		assertEquals(ExitCode.OK, run(alice, Map.of(), "branch", "switch", "feature"), err());
		assertEquals(ExitCode.OK, run(alice, Map.of(), "branch"));
		assertTrue(out().contains("* feature") && out().contains("  main"), out());
		assertEquals(ExitCode.OK, run(alice, Map.of(), "undo"), err());
		assertEquals("refs/heads/main\n", git(alice, "symbolic-ref", "HEAD"));
		assertEquals("openapi: 3.1.1 # unsaved\n", Files.readString(alice.resolve("openapi.yaml")));
		assertEquals(ExitCode.USAGE, run(alice, Map.of(), "branch", "switch", "nope"));
		assertTrue(err().contains("no branch 'nope'"), err());
		assertEquals(ExitCode.USAGE, run(tmp, Map.of(), "status"));
		assertTrue(err().contains("not inside a Git working tree"), err());
	}

	@Test
	void theTokenComesOnlyFromTheEnvironment() throws Exception {
		Credential credential = GitCommands.credentials(Map.of("SPECSYNC_TOKEN", "t0k3n", "SPECSYNC_USERNAME", "ci"))
				.lookup("https://git.example.com/team/api.git").orElseThrow();
		assertEquals("ci", credential.username());
		assertEquals("t0k3n", new String(credential.secret()));
		assertTrue(GitCommands.credentials(Map.of()).lookup("https://git.example.com/a.git").isEmpty());
		assertEquals(ExitCode.USAGE, run("clone", bare.toString(), "x", "--token", "t0k3n"));
		assertFalse(Files.exists(tmp.resolve("x")));
		assertEquals(ExitCode.OK, run("push", "--help"));
		assertTrue(out().contains("Exit codes: 0 pushed") && out().contains("SPECSYNC_TOKEN"), out());
	}
}
