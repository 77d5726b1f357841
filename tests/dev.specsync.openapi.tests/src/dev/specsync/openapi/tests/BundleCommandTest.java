package dev.specsync.openapi.tests;

import static dev.specsync.openapi.tests.TestData.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import dev.specsync.document.Format;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;
import dev.specsync.openapi.Reference;

/**
 * {@code specsync bundle}, found as a {@link Command} service, on real APIs split into files: the bundle has no
 * reference to another file and, with every reference expanded, the same data as the split original.
 */
class BundleCommandTest {

	private static final long TIMEOUT_MS = 10_000;

	private static Command bundle;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void findCommand() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(BundleCommandTest.class).getBundleContext();
		String filter = "(&(objectClass=" + Command.class.getName() + ")(" + CommandName.PROPERTY + "=bundle))";
		ServiceTracker<Command, Command> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
		tracker.open();
		bundle = tracker.waitForService(TIMEOUT_MS);
		assertNotNull(bundle, "no Command service named 'bundle' within " + TIMEOUT_MS + " ms");
	}

	private int run(Path workingDirectory, String... args) {
		out.reset();
		err.reset();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return bundle.run(new CommandContext(List.of(args), o, e, workingDirectory, Map.of()));
		}
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** Loads a bundle, checks that it stands alone, and returns it. */
	private static ApiFileSet selfContained(Path file) throws Exception {
		ApiFileSet set = ApiFileSet.load(file, ApiLoadOptions.defaults());
		assertEquals(List.of(), set.diagnostics());
		assertEquals(1, set.files().size());
		for (Reference ref : set.references()) {
			assertTrue(ref.text().startsWith("#/"), ref.location() + " " + ref.text());
		}
		return set;
	}

	@SuppressWarnings("unchecked")
	private static void assertSameData(ApiFileSet original, ApiFileSet bundled, String componentsKey) {
		Map<String, Object> a = (Map<String, Object>) Resolved.of(original);
		Map<String, Object> b = (Map<String, Object>) Resolved.of(bundled);
		for (String key : a.keySet()) {
			if (!key.equals(componentsKey)) {
				assertEquals(a.get(key), b.get(key), key);
			}
		}
		Map<String, Object> sections = (Map<String, Object>) a.getOrDefault(componentsKey, Map.of());
		Map<String, Object> bundledSections = (Map<String, Object>) b.get(componentsKey);
		for (Map.Entry<String, Object> section : sections.entrySet()) {
			Map<String, Object> entries = (Map<String, Object>) section.getValue();
			Map<String, Object> bundledEntries = (Map<String, Object>) bundledSections.get(section.getKey());
			for (String name : entries.keySet()) {
				assertEquals(entries.get(name), bundledEntries.get(name), section.getKey() + "/" + name);
			}
		}
	}

	@Test
	void splitPetstore30BundlesBackIntoOneYamlFileWithTheSameData() throws Exception {
		Path root = TestData.folder("multi/petstore-3.0").resolve("openapi.yaml");
		Path output = dir.resolve("bundled.yaml");
		assertEquals(ExitCode.OK, run(root.getParent(), "openapi.yaml", "-o", output.toString()), err());
		assertEquals("", err());
		assertEquals(0, out.size());
		ApiFileSet bundled = selfContained(output);
		ApiFileSet original = ApiFileSet.load(root, ApiLoadOptions.defaults());
		assertSameData(original, bundled, "components");
		String text = Files.readString(output);
		assertTrue(text.startsWith(Files.readString(root).substring(0, 200)), "the root's text is kept");
		assertTrue(text.contains("\n    Pet:\n      type: object\n"), "schemas land where the root named them");
		assertFalse(text.contains(".yaml"), "no file is referenced");
		ApiFileSet single = ApiFileSet.load(TestData.folder("specs").resolve("petstore-3.0.yaml"),
				ApiLoadOptions.defaults());
		assertSameData(single, bundled, "components");
	}

	@Test
	void swagger20JsonBundlesToStandardOutputAsJson() throws Exception {
		Path root = TestData.folder("multi/petstore-2.0").resolve("swagger.json");
		assertEquals(ExitCode.OK, run(root.getParent(), "swagger.json"), err());
		Path output = write(dir, "bundled.json", out.toString(StandardCharsets.UTF_8));
		ApiFileSet bundled = selfContained(output);
		assertEquals(Format.JSON, bundled.root().document().format());
		assertEquals("  ", bundled.root().document().style().indentUnit());
		ApiFileSet original = ApiFileSet.load(root, ApiLoadOptions.defaults());
		assertSameData(original, bundled, "definitions");
		assertTrue(bundled.root().document().at("/definitions/Pet").isPresent());
		assertTrue(bundled.root().document().at("/paths/~1pet~1{petId}/get/responses/200/schema/$ref").isPresent());
		String ref = bundled.root().document().text();
		assertTrue(ref.contains("\"$ref\": \"#/definitions/Pet\""), "refs point into definitions");
	}

	@Test
	void blockfrostPartsBecomeComponentsNamedAfterTheirPointers() throws Exception {
		Path root = TestData.folder("multi/blockfrost").resolve("openapi.yaml");
		Path output = dir.resolve("out/blockfrost.yaml");
		Files.createDirectories(output.getParent());
		assertEquals(ExitCode.OK, run(root.getParent(), "openapi.yaml", "--output", output.toString()), err());
		ApiFileSet bundled = selfContained(output);
		assertSameData(ApiFileSet.load(root, ApiLoadOptions.defaults()), bundled, "components");
		var doc = bundled.root().document();
		assertTrue(doc.at("/components/schemas/account_content").isPresent());
		assertTrue(doc.at("/components/responses/bad_request").isPresent());
		assertEquals("#/components/schemas/block_content", ((dev.specsync.document.ScalarNode) doc.at(
				"/paths/~1blocks~1latest/get/responses/200/content/application~1json/schema/$ref").orElseThrow())
				.value());
	}

	@Test
	void namesAreMadeUniqueAndRecursiveSchemasStayReferences() throws Exception {
		write(dir, "api.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
				+ "      responses:\n        '200':\n          description: ok\n          content:\n"
				+ "            application/json:\n              schema: {$ref: 'v1/pet.yaml'}\n"
				+ "        '201':\n          description: ok\n          content:\n"
				+ "            application/json:\n              schema: {$ref: 'v2/pet.yaml'}\n"
				+ "components:\n  schemas:\n    pet: {type: string}\n");
		write(dir, "v1/pet.yaml", "type: object\nproperties:\n  children:\n    type: array\n    items: {$ref: '#'}\n");
		write(dir, "v2/pet.yaml", "type: object\nproperties:\n  older: {$ref: '../v1/pet.yaml'}\n");
		Path output = dir.resolve("bundled.yaml");
		assertEquals(ExitCode.OK, run(dir, "api.yaml", "-o", "bundled.yaml"), err());
		ApiFileSet bundled = selfContained(output);
		var doc = bundled.root().document();
		assertEquals("{type: string}", doc.text().substring(doc.at("/components/schemas/pet").orElseThrow().start(),
				doc.at("/components/schemas/pet").orElseThrow().end()));
		assertTrue(doc.at("/components/schemas/pet_2/properties/children/items/$ref").isPresent(), doc.text());
		assertTrue(doc.text().contains("$ref: '#/components/schemas/pet_2'"), doc.text());
		assertTrue(doc.at("/components/schemas/pet_3/properties/older").isPresent(), doc.text());
		assertSameData(ApiFileSet.load(dir.resolve("api.yaml"), ApiLoadOptions.defaults()), bundled, "components");
	}

	@Test
	void brokenApiIsNotBundled() throws Exception {
		write(dir, "api.yaml", "openapi: 3.0.3\npaths:\n  /pets:\n    $ref: paths/pets.yaml\n");
		Path output = write(dir, "bundled.yaml", "previous\n");
		assertEquals(ExitCode.PROBLEMS, run(dir, "api.yaml", "-o", "bundled.yaml"));
		assertTrue(err().startsWith("api.yaml:4:11: error: $ref 'paths/pets.yaml': no such file paths/pets.yaml\n"
				+ "    hint: "), err());
		assertTrue(err().contains("nothing was written"), err());
		assertEquals("previous\n", Files.readString(output));
	}

	@Test
	void outputIsReplacedAtomicallyWithoutLeftovers() throws Exception {
		Path root = TestData.folder("multi/petstore-3.0").resolve("openapi.yaml");
		write(dir, "bundled.yaml", "old\n");
		assertEquals(ExitCode.OK, run(dir, root.toString(), "-o", "bundled.yaml"), err());
		selfContained(dir.resolve("bundled.yaml"));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("bundled.yaml"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void wrongUsage() throws Exception {
		assertEquals(ExitCode.USAGE, run(dir));
		assertTrue(err().contains("no root file given"), err());
		assertEquals(ExitCode.USAGE, run(dir, "missing.yaml"));
		assertTrue(err().contains("missing.yaml: no such file"), err());
		write(dir, "a.yaml", "openapi: 3.0.3\n");
		assertEquals(ExitCode.USAGE, run(dir, "a.yaml", "b.yaml"));
		assertEquals(ExitCode.USAGE, run(dir, "a.yaml", "-o"));
		assertEquals(ExitCode.USAGE, run(dir, "a.yaml", "--inline"));
		assertTrue(err().contains("unknown option '--inline'"), err());
		assertEquals(ExitCode.USAGE, run(dir, "a.yaml", "-o", "no/such/folder/out.yaml"));
		assertTrue(err().contains("no/such/folder/out.yaml: cannot be written"), err());
		assertTrue(bundle.usage().startsWith("Usage: specsync bundle <root> [-o <out>]"));
	}
}
