package dev.specsync.diff.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;

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

/**
 * {@code specsync diff}, found as the command line finds it: exit codes, formats, unusable input, multi-file
 * versions and {@code REVISION:PATH} arguments read from a real repository.
 */
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

	/** A one-operation API whose request body has the schema given. */
	static String exchange(String request) {
		return "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /p:\n    post:\n      requestBody:\n"
				+ "        content:\n          application/json:\n            schema: " + request + "\n"
				+ "      responses:\n        '200':\n          description: ok\n";
	}

	private void files() throws Exception {
		Files.writeString(dir.resolve("old.yaml"), exchange("{type: string, enum: [a, b]}"));
		Files.writeString(dir.resolve("new.yaml"), exchange("{type: string, enum: [a]}"));
	}

	/** Copies the petstore split into files (a real multi-file API) from the fragment to {@code target}. */
	private static void petstore(Path target) throws Exception {
		URL base = DiffCommandTest.class.getClassLoader().getResource("data/petstore-3.0/openapi.yaml");
		assertNotNull(base, "data/petstore-3.0 is missing from the fragment");
		Path source = Path.of(org.eclipse.core.runtime.FileLocator.toFileURL(base).toURI()).getParent();
		try (Stream<Path> s = Files.walk(source)) {
			for (Path p : s.toList()) {
				Path t = target.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(t);
				} else {
					Files.copy(p, t);
				}
			}
		}
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
	void unusableInputExitsWithoutAReport() throws Exception {
		files();
		Files.writeString(dir.resolve("broken.json"), "{\"openapi\": ");
		Files.writeString(dir.resolve("plain.yaml"), "a: 1\n");
		assertEquals(ExitCode.USAGE, run("old.yaml", "missing.yaml"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.yaml: cannot be read: no such file"), err::toString);
		assertEquals(DiffCommand.INVALID_INPUT, run("old.yaml", "broken.json"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.json:1:"), err::toString);
		assertEquals(DiffCommand.INVALID_INPUT, run("plain.yaml", "old.yaml"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("plain.yaml"), err::toString);
		assertEquals(ExitCode.USAGE, run("old.yaml"));
		assertEquals(ExitCode.USAGE, run("old.yaml", "new.yaml", "--format", "xml"));
		assertEquals(ExitCode.USAGE, run("old.yaml", "new.yaml", "--fail-on", "everything"));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aBrokenRefInEitherSideIsInvalidInputWithoutAReport() throws Exception {
		files();
		Files.writeString(dir.resolve("dangling.yaml"), exchange("{$ref: 'schemas.yaml#/Missing'}"));
		Files.writeString(dir.resolve("schemas.yaml"), "Present: {type: string}\n");
		assertEquals(DiffCommand.INVALID_INPUT, run("--format", "json", "dangling.yaml", "old.yaml"));
		String e = err.toString(StandardCharsets.UTF_8);
		assertTrue(e.contains("dangling.yaml:") && e.contains("schemas.yaml#/Missing") && e.contains("No report"), e);
		assertEquals("", out.toString(StandardCharsets.UTF_8));
		assertEquals(DiffCommand.INVALID_INPUT, run("old.yaml", "dangling.yaml"));
	}

	@Test
	void aMultiFileApiComparesAcrossItsFilesWithFileAndLine() throws Exception {
		Path oldDir = Files.createDirectories(dir.resolve("v1"));
		Path newDir = Files.createDirectories(dir.resolve("v2"));
		petstore(oldDir);
		petstore(newDir);
		assertEquals(ExitCode.OK, run("--fail-on", "breaking", "v1/openapi.yaml", "v2/openapi.yaml"), err::toString);
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("changes: 0,"), out::toString);

		Path pet = newDir.resolve("schemas/Pet.yaml");
		String text = Files.readString(pet);
		assertTrue(text.contains("\n- photoUrls\n"), text);
		Files.writeString(pet, text.replace("\n- photoUrls\n", "\n- photoUrls\n- status\n"));
		assertEquals(ExitCode.PROBLEMS, run("--format", "json", "--fail-on", "breaking", "v1/openapi.yaml",
				"v2/openapi.yaml"), err::toString);
		String json = out.toString(StandardCharsets.UTF_8);
		assertTrue(json.contains("\"rule\": \"request.property.became-required\""), json);
		assertTrue(json.contains("\"file\": \"v2/schemas/Pet.yaml\", \"pointer\": \"/properties/status\""), json);
	}

	@Test
	void movingASchemaToAnotherFileOrInliningItIsNoChange() throws Exception {
		Path oldDir = Files.createDirectories(dir.resolve("v1"));
		Path newDir = Files.createDirectories(dir.resolve("v2"));
		petstore(oldDir);
		petstore(newDir);
		// Pet moves from schemas/ to models/, its own references and every reference to it follow
		Path models = Files.createDirectories(newDir.resolve("models"));
		String pet = Files.readString(newDir.resolve("schemas/Pet.yaml"));
		Files.writeString(models.resolve("Pet.yaml"), pet.replace("$ref: Category.yaml", "$ref: ../schemas/Category.yaml")
				.replace("$ref: Tag.yaml", "$ref: ../schemas/Tag.yaml"));
		Files.delete(newDir.resolve("schemas/Pet.yaml"));
		try (Stream<Path> s = Files.list(newDir.resolve("paths"))) {
			for (Path p : s.toList()) {
				Files.writeString(p, Files.readString(p).replace("../schemas/Pet.yaml", "../models/Pet.yaml"));
			}
		}
		// Category is written inline in the root instead of in its own file
		Path root = newDir.resolve("openapi.yaml");
		String category = Files.readString(newDir.resolve("schemas/Category.yaml")).strip().replace("\n", "\n      ");
		String text = Files.readString(root);
		assertTrue(text.contains("    Category:\n      $ref: schemas/Category.yaml\n"), text);
		Files.writeString(root, text.replace("$ref: schemas/Pet.yaml", "$ref: models/Pet.yaml")
				.replace("    Category:\n      $ref: schemas/Category.yaml\n", "    Category:\n      " + category + "\n"));
		assertEquals(ExitCode.OK, run("v1/openapi.yaml", "v2/openapi.yaml"), err::toString);
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("changes: 0,"), out::toString);

		// and a real change inside the moved file is still found, located in its new file
		Files.writeString(models.resolve("Pet.yaml"), Files.readString(models.resolve("Pet.yaml")).replace("    - sold\n", ""));
		assertEquals(ExitCode.OK, run("--format", "json", "v1/openapi.yaml", "v2/openapi.yaml"), err::toString);
		String json = out.toString(StandardCharsets.UTF_8);
		assertTrue(json.contains("\"rule\": \"request.enum.value.removed\""), json);
		assertTrue(json.contains("\"new\": {\"file\": \"v2/models/Pet.yaml\", \"pointer\": \"/properties/status\""), json);
		assertTrue(json.contains("\"old\": {\"file\": \"v1/schemas/Pet.yaml\", \"pointer\": \"/properties/status\""), json);
	}

	@Test
	void revisionPathsReadFileSetsFromGit() throws Exception {
		Path work = Files.createDirectories(dir.resolve("repo"));
		Path api = Files.createDirectories(work.resolve("specs"));
		petstore(api);
		try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("v1").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
			Path pet = api.resolve("schemas/Pet.yaml");
			Files.writeString(pet, Files.readString(pet).replace("\n- photoUrls\n", "\n- photoUrls\n- status\n"));
			git.add().addFilepattern(".").call();
			git.commit().setMessage("v2").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
		}
		Path sub = Files.createDirectories(work.resolve("specs"));
		assertEquals(ExitCode.PROBLEMS, runIn(sub, "--fail-on", "breaking", "HEAD~1:specs/openapi.yaml",
				"HEAD:specs/openapi.yaml"), err::toString);
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("request.property.became-required"), text);
		assertTrue(text.contains("HEAD:specs/schemas/Pet.yaml:"), text);
		assertEquals(ExitCode.OK, runIn(sub, "--fail-on", "breaking", "main:./openapi.yaml", "openapi.yaml"),
				err::toString);
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("changes: 0,"), out::toString);
		// back again: optional in requests is fine, but responses may now lack it, which breaks clients
		assertEquals(ExitCode.PROBLEMS, runIn(sub, "--fail-on", "breaking", "HEAD:specs/openapi.yaml",
				"main~1:./openapi.yaml"), err::toString);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("non-breaking request.property.became-optional"),
				out::toString);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("breaking response.property.became-optional"),
				out::toString);

		assertEquals(ExitCode.USAGE, runIn(sub, "nope:specs/openapi.yaml", "openapi.yaml"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("'nope' is not a revision"), err::toString);
		assertEquals(ExitCode.USAGE, runIn(sub, "HEAD:specs/missing.yaml", "openapi.yaml"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("HEAD has no file specs/missing.yaml"), err::toString);
		assertEquals(ExitCode.USAGE, runIn(dir, "HEAD:old.yaml", "new.yaml"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not in a Git repository"), err::toString);
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	/** Runs in another folder than {@link #dir}, printing to this test's buffers. */
	private int runIn(Path folder, String... args) {
		out.reset();
		err.reset();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return diff.run(new CommandContext(List.of(args), o, e, folder, Map.of()));
		}
	}
}
