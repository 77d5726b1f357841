package dev.specsync.openapi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
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
 * {@code specsync validate}, found the way the command line finds it (a {@link Command} service by its
 * {@link CommandName} property) and run on real OpenAPI files and on broken ones.
 */
class ValidateCommandTest {

	private static final long TIMEOUT_MS = 10_000;

	private static Command validate;
	private static Path specs;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void findCommand() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ValidateCommandTest.class).getBundleContext();
		String filter = "(&(objectClass=" + Command.class.getName() + ")(" + CommandName.PROPERTY + "=validate))";
		ServiceTracker<Command, Command> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
		tracker.open();
		validate = tracker.waitForService(TIMEOUT_MS);
		assertNotNull(validate, "no Command service named 'validate' within " + TIMEOUT_MS + " ms");
		URL data = ValidateCommandTest.class.getClassLoader().getResource("data/specs");
		assertNotNull(data, "data/specs is in the test bundle");
		specs = Path.of(FileLocator.toFileURL(data).getPath());
	}

	private int run(Path workingDirectory, String... args) {
		out.reset();
		err.reset();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return validate.run(new CommandContext(List.of(args), o, e, workingDirectory, Map.of()));
		}
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		return file;
	}

	@Test
	void realFilesAreCleanAndPrintNoDiagnostics() {
		assertEquals(ExitCode.OK, run(specs, "petstore-3.0.json", "petstore-3.0.yaml", "train-travel.yaml"), err());
		assertEquals("", out());
		assertTrue(err().contains("files checked: 3, errors: 0, warnings: 0"), err());
	}

	@Test
	void schemaErrorIsPrintedAtItsLineAndNoSchemaSkipsIt() {
		assertEquals(ExitCode.PROBLEMS, run(specs, "directus-9.21.0.json"), err());
		assertEquals("directus-9.21.0.json:861:15: error: paths.'/items/{collection}'(post).requestBody.content"
				+ ".'application/json'.schema must be of type object\n", out().replace("\r", ""));
		assertTrue(err().contains("files checked: 1, errors: 1, warnings: 0"), err());
		assertEquals(ExitCode.OK, run(specs, "--no-schema", "directus-9.21.0.json"), err());
		assertEquals("", out());
	}

	@Test
	void exitCodesAreZeroWhenCleanOneForProblemsTwoForUnusableInput() throws IOException {
		write("clean.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
		write("invalid.yaml", "openapi: 3.0.3\ninfo: {title: t}\npaths: {}\n");
		write("dir/readme.txt", "no spec here");
		assertEquals(ExitCode.OK, run(dir, "clean.yaml"), out() + err());
		assertEquals(0, ExitCode.OK);
		assertEquals(ExitCode.PROBLEMS, run(dir, "clean.yaml", "invalid.yaml"), out() + err());
		assertEquals(1, ExitCode.PROBLEMS);
		assertTrue(out().startsWith("invalid.yaml:2:1: error: info.version is missing"), out());
		assertEquals(ExitCode.USAGE, run(dir, "invalid.yaml", "nothing.yaml"), out() + err());
		assertEquals(ExitCode.USAGE, run(dir, "dir"), out() + err());
		assertEquals(ExitCode.USAGE, run(dir, "--bogus", "clean.yaml"), out() + err());
		assertEquals(2, ExitCode.USAGE);
	}

	@Test
	void aFolderIsCheckedFileByFile() throws IOException {
		long expected;
		try (var files = Files.list(specs)) {
			expected = files.filter(f -> f.toString().matches(".*\\.(json|yaml)")).count();
		}
		assertEquals(ExitCode.OK, run(specs.getParent(), "--no-schema", "specs"));
		assertTrue(err().contains("files checked: " + expected + ","), err());
	}

	@Test
	void jsonSyntaxErrorIsPrintedWithFileLineAndColumn() throws IOException {
		write("api.json", "{\n  \"a\": 1,\n  \"b\": [1, 2,]\n}\n");
		assertEquals(ExitCode.PROBLEMS, run(dir, "api.json"));
		String first = out().lines().findFirst().orElse("");
		assertTrue(first.startsWith("api.json:3:13: error: "), out());
		assertTrue(first.contains("trailing comma"), out());
		assertTrue(err().contains("files checked: 1, errors: 1, warnings: 0"), err());
	}

	@Test
	void yamlErrorCarriesItsHintOnTheNextLine() throws IOException {
		write("api.yaml", "openapi: 3.0.0\ninfo:\n\ttitle: x\n");
		assertEquals(ExitCode.PROBLEMS, run(dir, "api.yaml"));
		List<String> lines = out().lines().toList();
		assertTrue(lines.get(0).startsWith("api.yaml:3:"), out());
		assertTrue(lines.get(0).contains(": error: "), out());
		assertTrue(lines.get(1).startsWith("    hint: ") && lines.get(1).contains("tabs"), out());
	}

	@Test
	void duplicateKeyIsAWarningAndAProblem() throws IOException {
		write("dup.yaml", "openapi: 3.0.0\ninfo:\n  title: a\n  title: b\n  version: '1'\npaths: {}\n");
		assertEquals(ExitCode.PROBLEMS, run(dir, "dup.yaml"));
		assertTrue(Pattern.compile("(?m)^dup\\.yaml:4:3: warning: duplicate key 'title'").matcher(out()).find(), out());
		assertTrue(err().contains("errors: 0, warnings: 1"), err());
	}

	@Test
	void filesInAFolderAreNamedBelowTheFolderAsTyped() throws IOException {
		write("api/v1/broken.json", "{\"a\": 1");
		write("api/v1/fine.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
		write("api/.cache/ignored.json", "{{{");
		write("api/notes.txt", "not a spec");
		assertEquals(ExitCode.PROBLEMS, run(dir, "api"));
		String expected = Path.of("api", "v1", "broken.json") + ":1:";
		assertTrue(out().startsWith(expected), out());
		assertEquals(1, out().lines().filter(l -> !l.startsWith(" ")).count(), out());
		assertTrue(err().contains("files checked: 2, errors: 1"), err());
	}

	@Test
	void missingFileIsUnusableInputButTheOtherArgumentsAreChecked() throws IOException {
		write("bad.json", "[1,]");
		assertEquals(ExitCode.USAGE, run(dir, "missing.yaml", "bad.json"));
		assertTrue(err().contains("missing.yaml: no such file or folder"), err());
		assertTrue(out().startsWith("bad.json:1:3: error: "), out());
	}

	@Test
	void folderWithoutSpecsIsUnusableInput() throws IOException {
		write("empty/readme.txt", "nothing here");
		assertEquals(ExitCode.USAGE, run(dir, "empty"));
		assertTrue(err().contains("empty: the folder holds no .json, .yaml or .yml file"), err());
	}

	@Test
	void emptyFileIsAnError() throws IOException {
		write("empty.yaml", "");
		assertEquals(ExitCode.PROBLEMS, run(dir, "empty.yaml"));
		assertTrue(out().startsWith("empty.yaml:1:1: error: file is empty"), out());
	}

	@Test
	void splitApiIsCleanWhetherTheRootOrItsFolderIsGiven() {
		Path multi = specs.resolveSibling("multi");
		assertEquals(ExitCode.OK, run(multi, "petstore-3.0/openapi.yaml", "petstore-2.0/swagger.json",
				"blockfrost/openapi.yaml"), err());
		assertEquals("", out());
		assertEquals(ExitCode.OK, run(multi, "petstore-3.0"), err());
		assertTrue(err().contains("files checked: 21, errors: 0, warnings: 0"), err());
	}

	@Test
	void brokenRefsArePrintedInTheFileThatHoldsThemOnce() throws IOException {
		write("api/openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    $ref: paths/pets.yaml\n");
		write("api/paths/pets.yaml", "get:\n  responses:\n    '200':\n      $ref: '../responses.yaml#/Ok'\n");
		write("api/secret.yaml", "x: 1\n");
		assertEquals(ExitCode.PROBLEMS, run(dir, "api"));
		List<String> lines = out().lines().toList();
		assertEquals(Path.of("api", "paths", "pets.yaml") + ":4:13: error: $ref '../responses.yaml#/Ok': no such file "
				+ Path.of("api", "responses.yaml"), lines.get(0), out());
		assertEquals("    hint: file references are relative to the folder of " + Path.of("api", "paths", "pets.yaml")
				+ "; check the name and its case", lines.get(1));
		assertEquals(2, lines.size(), out());
		assertTrue(err().contains("files checked: 3, errors: 1, warnings: 0"), err());
	}

	@Test
	void unsupportedVersionNamesTheSupportedOnes() throws IOException {
		write("api.json", "{\n  \"openapi\": \"3.2.0\"\n}\n");
		assertEquals(ExitCode.PROBLEMS, run(dir, "api.json"));
		assertEquals("api.json:2:14: error: unsupported version openapi: 3.2.0\n"
				+ "    hint: supported versions: Swagger 2.0, OpenAPI 3.0.x, OpenAPI 3.1.x\n", out().replace("\r", ""));
	}

	/**
	 * A generated 100 MB definition (JSON, 400,000 operations) neither hangs nor exhausts the heap, which this
	 * test bundle's build limits to 2 GB: syntax and references are checked, and the schema validator declines
	 * it by its size, saying so at line 1, before building anything.
	 */
	@Test
	void hundredMegabyteFileIsCheckedWithinBoundedMemory() throws IOException {
		Path big = dir.resolve("big.json");
		try (var out = Files.newBufferedWriter(big)) {
			out.write("{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"big\", \"version\": \"1\"},\n  \"paths\": {\n");
			String description = "d".repeat(120);
			for (int i = 0; Files.size(big) < 100L * 1024 * 1024 || i % 1000 != 0; i++) {
				out.write((i == 0 ? "" : ",\n") + "    \"/resource" + i + "\": {\"get\": {\"operationId\": \"get" + i
						+ "\", \"description\": \"" + description + "\", \"responses\": {\"200\": "
						+ "{\"description\": \"ok\"}}}}");
				if (i % 1000 == 999) {
					out.flush();
				}
			}
			out.write("\n  }\n}\n");
		}
		assertTrue(Files.size(big) >= 100L * 1024 * 1024, "the file has 100 MB");
		assertTrue(Runtime.getRuntime().maxMemory() <= 2L * 1024 * 1024 * 1024 + (64 << 20),
				"the test runs with a heap of at most 2 GB: " + Runtime.getRuntime().maxMemory());
		assertEquals(ExitCode.PROBLEMS, run(dir, "big.json"), err());
		assertEquals("big.json:1:1: warning: the OpenAPI schema was not checked: with its $refs expanded the API has "
				+ "more than 2,000,000 nodes", out().lines().findFirst().orElse(""));
		assertTrue(err().contains("files checked: 1, errors: 0, warnings: 1"), err());
	}

	@Test
	void wrongUsage() {
		assertEquals(ExitCode.USAGE, run(dir));
		assertTrue(err().contains("no file or folder given"), err());
		assertEquals(ExitCode.USAGE, run(dir, "--strict", "a.yaml"));
		assertTrue(err().contains("unknown option '--strict'"), err());
		assertEquals("", out());
	}

	@Test
	void usageDescribesTheOutputAndTheExitCodes() {
		assertTrue(validate.usage().startsWith("Usage: specsync validate [--no-schema] <file|dir>..."), validate.usage());
		assertTrue(validate.usage().contains("Exit codes: 0 no problems, 1 errors or warnings found, 2 wrong usage"));
		assertEquals("Check OpenAPI files: JSON and YAML syntax, $refs and the OpenAPI schema", validate.summary());
	}
}
