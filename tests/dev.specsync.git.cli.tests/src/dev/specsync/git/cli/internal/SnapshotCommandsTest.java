package dev.specsync.git.cli.internal;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
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
import dev.specsync.git.Snapshot;
import dev.specsync.git.SnapshotService;
import dev.specsync.git.SnapshotServices;

/**
 * {@code specsync snapshots} and {@code specsync restore}, run in-process through the real command line and
 * command registry on a real repository made with JGit; the result is checked on disk and with the git CLI.
 */
class SnapshotCommandsTest {

	private static final long TIMEOUT_MS = 10_000;

	@TempDir
	Path tmp;

	private Path work;
	private Git git;
	private CommandLine commandLine;
	private SnapshotServices snapshotServices;
	private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void setUp() throws Exception {
		commandLine = new CommandLine(await(CommandCatalog.class));
		snapshotServices = await(SnapshotServices.class);
		work = tmp.resolve("api-repo");
		git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call();
		write("openapi.yaml", "openapi: 3.1.0\ninfo:\n  version: 1\n");
		commit("v1");
	}

	@AfterEach
	void tearDown() {
		git.close();
		trackers.forEach(ServiceTracker::close);
	}

	private <T> T await(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(SnapshotCommandsTest.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		trackers.add(tracker);
		T service = tracker.waitForService(TIMEOUT_MS);
		assertNotNull(service, () -> type.getSimpleName() + " was not registered within " + TIMEOUT_MS + " ms");
		return service;
	}

	private int run(Path directory, String... args) {
		out.reset();
		err.reset();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return commandLine.run(new CommandContext(Arrays.asList(args), o, e, directory, Map.of()));
		}
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private void write(String path, String content) throws IOException {
		Path file = work.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	private void commit(String message) throws Exception {
		PersonIdent me = new PersonIdent("Test User", "test@example.invalid");
		git.add().addFilepattern(".").call();
		git.commit().setMessage(message).setAuthor(me).setCommitter(me).call();
	}

	private Snapshot take(String reason) throws Exception {
		SnapshotService service = snapshotServices.forRepository(git.getRepository());
		return service.take(reason);
	}

	/** {@code git status --porcelain} by the git CLI, with an isolated configuration. */
	private String gitStatus() throws Exception {
		ProcessBuilder builder = new ProcessBuilder("git", "status", "--porcelain").directory(work.toFile())
				.redirectErrorStream(true);
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		builder.environment().put("HOME", tmp.toString());
		builder.environment().put("XDG_CONFIG_HOME", tmp.resolve(".config").toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), output);
		return output;
	}

	@Test
	void snapshotsListsNewestFirstWithIdTimeBranchAndReason() throws Exception {
		Snapshot first = take("before pull");
		write("openapi.yaml", "openapi: 3.1.0\ninfo:\n  version: 2\n");
		Snapshot second = take("before editing paths");
		Path below = work.resolve("specs/nested");
		Files.createDirectories(below);

		assertEquals(ExitCode.OK, run(below, "snapshots"), err());

		List<String> lines = out().lines().toList();
		assertEquals(3, lines.size(), out());
		assertTrue(lines.get(0).matches("ID\\s+TIME \\(UTC\\)\\s+BRANCH\\s+REASON"), lines.get(0));
		assertTrue(lines.get(1).matches(Pattern.quote(second.id())
				+ "\\s+\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\s+main\\s+before editing paths"), lines.get(1));
		assertTrue(lines.get(2).matches(Pattern.quote(first.id()) + "\\s+\\S+Z\\s+main\\s+before pull"), lines.get(2));
		assertEquals("", err());
	}

	@Test
	void snapshotsSaysSoWhenThereAreNone() {
		assertEquals(ExitCode.OK, run(work, "snapshots"));
		assertTrue(out().startsWith("No snapshots in "), out());
	}

	@Test
	void restoreBringsBackFilesAndIndexAndNamesTheSnapshotThatUndoesIt() throws Exception {
		write("openapi.yaml", "openapi: 3.1.0\ninfo:\n  version: 2\n");
		git.add().addFilepattern("openapi.yaml").call();
		write("drafts/orders.yaml", "draft\n");
		String statusAtSnapshot = gitStatus();
		assertEquals("M  openapi.yaml\n?? drafts/\n", statusAtSnapshot);
		Snapshot snapshot = take("before experiment");

		write("openapi.yaml", "broken: [\n");
		Files.delete(work.resolve("drafts/orders.yaml"));
		write("scratch.txt", "junk\n");
		String statusBeforeRestore = gitStatus();

		assertEquals(ExitCode.OK, run(work, "restore", snapshot.id()), err());

		assertEquals("openapi: 3.1.0\ninfo:\n  version: 2\n", Files.readString(work.resolve("openapi.yaml")));
		assertEquals("draft\n", Files.readString(work.resolve("drafts/orders.yaml")));
		assertFalse(Files.exists(work.resolve("scratch.txt")), "a file created after the snapshot is removed");
		assertEquals(statusAtSnapshot, gitStatus());
		assertTrue(out().startsWith("Restored snapshot " + snapshot.id() + " (before experiment, taken "), out());
		Matcher undo = Pattern.compile("To undo the restore, run: specsync restore (\\S+)").matcher(out());
		assertTrue(undo.find(), out());
		String safety = undo.group(1);
		assertFalse(safety.equals(snapshot.id()));

		assertEquals(ExitCode.OK, run(work, "snapshots"));
		assertTrue(out().lines().skip(1).findFirst().orElse("").startsWith(safety), "the safety snapshot is the newest: " + out());

		assertEquals(ExitCode.OK, run(work, "restore", safety), err());
		assertEquals("broken: [\n", Files.readString(work.resolve("openapi.yaml")));
		assertEquals("junk\n", Files.readString(work.resolve("scratch.txt")));
		assertFalse(Files.exists(work.resolve("drafts/orders.yaml")));
		assertEquals(statusBeforeRestore, gitStatus());
	}

	@Test
	void restoreAcceptsAUniquePrefixOfAnId() throws Exception {
		Snapshot snapshot = take("prefix");
		write("openapi.yaml", "changed\n");
		String prefix = snapshot.id().substring(0, snapshot.id().length() - 3);
		assertEquals(ExitCode.OK, run(work, "restore", prefix), err());
		assertEquals("", gitStatus());
	}

	@Test
	void restoreOfAnUnknownSnapshotIsAUsageErrorAndChangesNothing() throws Exception {
		take("only one");
		write("openapi.yaml", "changed\n");
		assertEquals(ExitCode.USAGE, run(work, "restore", "20990101T000000000Z-deadbeef"));
		assertTrue(err().contains("there is no snapshot '20990101T000000000Z-deadbeef'"), err());
		assertTrue(err().contains("specsync snapshots"), err());
		assertEquals("changed\n", Files.readString(work.resolve("openapi.yaml")));
	}

	@Test
	void restoreWithoutASnapshotIsAUsageError() {
		assertEquals(ExitCode.USAGE, run(work, "restore"));
		assertTrue(err().contains("no snapshot given"), err());
		assertEquals(ExitCode.USAGE, run(work, "restore", "a", "b"));
		assertTrue(err().contains("unexpected arguments: b"), err());
	}

	@Test
	void outsideAWorkingTreeBothCommandsSaySoAndExitWith2() throws Exception {
		Path elsewhere = Files.createDirectories(tmp.resolve("not-a-repo"));
		for (String[] args : List.of(new String[] { "snapshots" }, new String[] { "restore", "x" })) {
			assertEquals(ExitCode.USAGE, run(elsewhere, args));
			assertTrue(err().contains(elsewhere + " is not inside a Git working tree"), err());
			assertEquals("", out());
		}
	}

	@Test
	void bothCommandsAreListedByHelp() {
		assertEquals(ExitCode.OK, run(work, "--help"));
		assertTrue(Pattern.compile("(?m)^  snapshots\\s{3,}List the snapshots").matcher(out()).find(), out());
		assertTrue(Pattern.compile("(?m)^  restore\\s{3,}Restore the files and the index").matcher(out()).find(), out());
	}
}
