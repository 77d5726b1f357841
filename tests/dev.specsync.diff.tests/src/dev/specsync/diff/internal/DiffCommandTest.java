package dev.specsync.diff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
import dev.specsync.diff.SchemaDiffer;

/** {@code specsync diff}, found as the command line finds it, and the {@link SchemaDiffer} service. */
class DiffCommandTest {

	private static Command diff;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void findServices() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(DiffCommandTest.class).getBundleContext();
		String filter = "(&(objectClass=" + Command.class.getName() + ")(" + CommandName.PROPERTY + "=diff))";
		ServiceTracker<Command, Command> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
		tracker.open();
		diff = tracker.waitForService(10_000);
		assertNotNull(diff, "no Command service named 'diff'");
		ServiceTracker<SchemaDiffer, SchemaDiffer> differ = new ServiceTracker<>(context, SchemaDiffer.class, null);
		differ.open();
		assertNotNull(differ.waitForService(10_000), "no SchemaDiffer service");
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return diff.run(new CommandContext(List.of(args), o, e, dir, Map.of()));
		}
	}

	private void files() throws Exception {
		String wide = "{type: string, enum: [a, b]}";
		Files.writeString(dir.resolve("old.yaml"), RuleTest.exchange(wide, "{type: string}"));
		Files.writeString(dir.resolve("new.yaml"), RuleTest.exchange("{type: string, enum: [a]}", "{type: string}"));
	}

	@Test
	void exitCodesForCi() throws Exception {
		files();
		assertEquals(ExitCode.OK, run("old.yaml", "new.yaml"), err::toString);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("breaking request.enum.value.removed POST /p"), out::toString);
		assertEquals(ExitCode.PROBLEMS, run("old.yaml", "new.yaml", "--fail-on", "breaking"));
		assertEquals(ExitCode.OK, run("old.yaml", "old.yaml", "--fail-on", "breaking"));
		assertEquals(ExitCode.OK, run("new.yaml", "old.yaml", "--fail-on", "potentially-breaking"));
	}

	@Test
	void jsonFormatHasTheSummary() throws Exception {
		files();
		assertEquals(ExitCode.OK, run("--format", "json", "old.yaml", "new.yaml"));
		String json = out.toString(StandardCharsets.UTF_8);
		assertTrue(json.contains("\"summary\": {\"changes\": 1, \"breaking\": 1,"), json);
		assertEquals(ExitCode.OK, run("--format", "markdown", "old.yaml", "new.yaml"));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("## API changes"), out::toString);
	}

	@Test
	void unusableInputExitsTwoWithoutAReport() throws Exception {
		files();
		Files.writeString(dir.resolve("broken.json"), "{\"openapi\": ");
		Files.writeString(dir.resolve("plain.yaml"), "a: 1\n");
		assertEquals(ExitCode.USAGE, run("old.yaml", "missing.yaml"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.yaml: cannot be read: no such file"), err::toString);
		assertEquals(ExitCode.USAGE, run("old.yaml", "broken.json"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.json:1:"), err::toString);
		assertEquals(ExitCode.USAGE, run("plain.yaml", "old.yaml"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("not an OpenAPI description"), err::toString);
		assertEquals(ExitCode.USAGE, run("old.yaml"));
		assertEquals(ExitCode.USAGE, run("old.yaml", "new.yaml", "--format", "xml"));
		assertEquals(ExitCode.USAGE, run("old.yaml", "new.yaml", "--fail-on", "everything"));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}
}
