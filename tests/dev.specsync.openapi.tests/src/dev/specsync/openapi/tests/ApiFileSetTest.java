package dev.specsync.openapi.tests;

import static dev.specsync.openapi.tests.TestData.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.Severity;
import dev.specsync.openapi.ApiFile;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;
import dev.specsync.openapi.ApiLoadOptions.RemoteReferences;
import dev.specsync.openapi.OpenApiVersion;
import dev.specsync.openapi.RefTarget;
import dev.specsync.openapi.Reference;

/** {@link ApiFileSet} on real APIs split into files, and on every kind of broken reference. */
class ApiFileSetTest {

	@TempDir
	Path dir;

	private ApiLoadOptions options() {
		return ApiLoadOptions.defaults().withBoundary(dir);
	}

	private ApiFileSet load(String root) throws Exception {
		return ApiFileSet.load(dir.resolve(root), root, options());
	}

	private static Diagnostic only(ApiFileSet set) {
		assertEquals(1, set.diagnostics().size(), set.diagnostics().toString());
		return set.diagnostics().get(0);
	}

	@Test
	void splitPetstore30LoadsEveryFileOnceAndResolvesEveryReference() throws Exception {
		Path root = TestData.folder("multi/petstore-3.0").resolve("openapi.yaml");
		ApiFileSet set = ApiFileSet.load(root, ApiLoadOptions.defaults());
		assertEquals(List.of(), set.diagnostics());
		assertEquals(Optional.of(OpenApiVersion.OPENAPI_3_0), set.version());
		assertEquals(1 + 14 + 6, set.files().size());
		assertEquals(set.files().size(), set.files().stream().map(ApiFile::path).distinct().count());
		for (Reference ref : set.references()) {
			assertTrue(set.target(ref).isPresent(), ref.location());
		}
		ApiFile pathFile = set.file(root.resolveSibling("paths/pet-petId.yaml")).orElseThrow();
		RefTarget pet = set.resolve(pathFile, "../schemas/Pet.yaml").orElseThrow();
		assertEquals("type: object", pet.file().document().line(1));
		assertTrue(pet.location().endsWith("schemas/Pet.yaml:1:1"), pet.location());
		RefTarget body = set.resolve(pathFile, "../openapi.yaml#/components/requestBodies/Pet").orElseThrow();
		assertEquals(set.root(), body.file());
		assertEquals("/components/requestBodies/Pet", body.pointer().toString());
	}

	@Test
	void splitSwagger20JsonAndBlockfrostLoadClean() throws Exception {
		ApiFileSet swagger = ApiFileSet.load(TestData.folder("multi/petstore-2.0").resolve("swagger.json"),
				ApiLoadOptions.defaults());
		assertEquals(List.of(), swagger.diagnostics());
		assertEquals(Optional.of(OpenApiVersion.SWAGGER_2_0), swagger.version());
		assertEquals(1 + 6 + 2, swagger.files().size());
		ApiFileSet blockfrost = ApiFileSet.load(TestData.folder("multi/blockfrost").resolve("openapi.yaml"),
				ApiLoadOptions.defaults());
		assertEquals(List.of(), blockfrost.diagnostics());
		assertEquals(5, blockfrost.files().size());
		Reference ref = blockfrost.references().stream()
				.filter(r -> r.text().equals("../components/schemas.yaml#/account_content")).findFirst().orElseThrow();
		RefTarget target = blockfrost.target(ref).orElseThrow();
		assertEquals("/account_content", target.pointer().toString());
		assertEquals("account_content:", target.file().document().line(target.position().line() - 1).strip());
	}

	@Test
	void versionsAreDetectedAndUnknownOnesNamed() throws Exception {
		write(dir, "a.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n");
		assertEquals(Optional.of(OpenApiVersion.OPENAPI_3_1), load("a.yaml").version());
		write(dir, "b.json", "{\"swagger\": \"2.0\"}");
		assertEquals(Optional.of(OpenApiVersion.SWAGGER_2_0), load("b.json").version());
		write(dir, "c.yaml", "# next year\nopenapi: 4.0.0\n");
		ApiFileSet c = load("c.yaml");
		assertEquals(Optional.empty(), c.version());
		Diagnostic d = only(c);
		assertEquals("c.yaml:2:10: error: unsupported version openapi: 4.0.0 (hint: supported versions: Swagger 2.0, "
				+ "OpenAPI 3.0.x, OpenAPI 3.1.x)", d.toString());
		write(dir, "d.yaml", "info: {title: t}\n");
		assertTrue(only(load("d.yaml")).message().startsWith("not an OpenAPI definition"));
	}

	@Test
	void missingFileIsReportedAtTheRef() throws Exception {
		write(dir, "api.yaml", "openapi: 3.0.3\npaths:\n  /pets:\n    $ref: paths/pets.yaml\n");
		Diagnostic d = only(load("api.yaml"));
		assertEquals(Severity.ERROR, d.severity());
		assertEquals("api.yaml", d.path());
		assertEquals(4, d.line());
		assertEquals(11, d.column());
		assertEquals("$ref 'paths/pets.yaml': no such file paths/pets.yaml", d.message());
		assertEquals("file references are relative to the folder of api.yaml; check the name and its case", d.hint());
	}

	@Test
	void missingPointerNamesTheFileAndWhatIsThere() throws Exception {
		write(dir, "api.yaml", "openapi: 3.0.3\npaths:\n  /pets:\n    $ref: paths/pets.yaml\n");
		write(dir, "paths/pets.yaml", "get:\n  responses:\n    '200':\n      description: ok\n      content:\n"
				+ "        application/json:\n          schema:\n            $ref: '../schemas.yaml#/Pets'\n");
		write(dir, "schemas.yaml", "Pet: {type: object}\nError: {type: object}\n");
		Diagnostic d = only(load("api.yaml"));
		assertEquals(Path.of("paths", "pets.yaml") + ":8:19: error: $ref '../schemas.yaml#/Pets': schemas.yaml "
				+ "has nothing at '/Pets' (hint: '/' has no 'Pets'; it has: Pet, Error)", d.toString());
	}

	@Test
	void circularChainIsAnErrorButRecursiveSchemasAreFine() throws Exception {
		write(dir, "api.yaml", "openapi: 3.0.3\ncomponents:\n  schemas:\n    A:\n      $ref: 'b.yaml#/B'\n"
				+ "    Tree:\n      $ref: tree.yaml\n");
		write(dir, "b.yaml", "B:\n  $ref: 'api.yaml#/components/schemas/A'\n");
		write(dir, "tree.yaml", "type: object\nproperties:\n  children:\n    type: array\n    items:\n"
				+ "      $ref: tree.yaml\n  parent:\n    $ref: '#'\n");
		ApiFileSet set = load("api.yaml");
		Diagnostic d = only(set);
		assertEquals("api.yaml", d.path());
		assertEquals(5, d.line());
		assertEquals("circular $ref: the chain never reaches a value: api.yaml:5:13 'b.yaml#/B' -> b.yaml:2:9 "
				+ "'api.yaml#/components/schemas/A' -> api.yaml:5:13", d.message());
		assertTrue(d.hint().contains("recursion through properties or items is fine"), d.hint());
		assertEquals(3, set.files().size());
	}

	@Test
	void selfReferenceIsACycle() throws Exception {
		write(dir, "api.json", "{\"swagger\": \"2.0\", \"definitions\": {\"Me\": {\"$ref\": \"#/definitions/Me\"}}}");
		Diagnostic d = only(load("api.json"));
		assertTrue(d.message().startsWith("circular $ref"), d.message());
		assertEquals(1, d.line());
	}

	@Test
	void referenceOutOfTheWorkspaceIsRefusedAndNotRead() throws Exception {
		Path workspace = dir.resolve("repo");
		write(dir, "secret.yaml", "password: hunter2\n");
		write(workspace, "api/openapi.yaml", "openapi: 3.0.3\npaths:\n  /a:\n    $ref: '../../secret.yaml'\n"
				+ "  /b:\n    $ref: '../../../../../../../../etc/passwd'\n  /c:\n    $ref: '/etc/passwd'\n");
		Files.createDirectories(workspace.resolve(".git"));
		ApiFileSet set = ApiFileSet.load(workspace.resolve("api/openapi.yaml"), "api/openapi.yaml",
				ApiLoadOptions.defaults());
		assertEquals(workspace.toRealPath(), set.boundary());
		assertEquals(1, set.files().size());
		assertEquals(3, set.diagnostics().size(), set.diagnostics().toString());
		Diagnostic d = set.diagnostics().get(0);
		assertEquals(Path.of("api", "openapi.yaml") + ":4:11", d.path() + ":" + d.line() + ":" + d.column());
		assertEquals("$ref '../../secret.yaml' leaves the workspace " + workspace + "; the file was not read",
				d.message());
		assertTrue(d.hint().contains("Git working tree"), d.hint());
		assertTrue(set.diagnostics().stream().allMatch(x -> x.message().contains("leaves the workspace")));
	}

	@Test
	void symbolicLinkOutOfTheWorkspaceIsRefused() throws Exception {
		Path outside = write(dir, "outside/secret.yaml", "type: object\n");
		Path workspace = dir.resolve("ws");
		write(workspace, "api.yaml", "openapi: 3.0.3\ncomponents:\n  schemas:\n    S:\n      $ref: link.yaml\n");
		Files.createSymbolicLink(workspace.resolve("link.yaml"), outside);
		ApiFileSet set = ApiFileSet.load(workspace.resolve("api.yaml"), "api.yaml",
				ApiLoadOptions.defaults().withBoundary(workspace));
		assertTrue(only(set).message().contains("through a symbolic link out of the workspace"), only(set).message());
		assertEquals(1, set.files().size());
	}

	@Test
	void remoteReferencesAreNotFetched() throws Exception {
		write(dir, "api.yaml", "openapi: 3.1.0\ncomponents:\n  schemas:\n    Money:\n"
				+ "      $ref: 'https://example.com/schemas/money.yaml'\n");
		Diagnostic off = only(load("api.yaml"));
		assertEquals("api.yaml:5:13: error: $ref 'https://example.com/schemas/money.yaml' is remote, and remote "
				+ "references are off: it was not fetched", off.toString().replaceAll(" \\(hint:.*", ""));
		assertTrue(off.hint().contains("withRemoteReferences(ALLOW)"), off.hint());
		ApiFileSet allowed = ApiFileSet.load(dir.resolve("api.yaml"), "api.yaml",
				options().withRemoteReferences(RemoteReferences.ALLOW));
		assertEquals(Severity.WARNING, only(allowed).severity());
		assertTrue(only(allowed).message().contains("not checked"), only(allowed).message());
	}

	@Test
	void aFileReferencedManyTimesIsReadOnceAndBadFilesAreReportedOnce() throws Exception {
		write(dir, "api.yaml", "openapi: 3.0.3\ncomponents:\n  schemas:\n    A: {$ref: 'common.yaml#/A'}\n"
				+ "    B: {$ref: 'common.yaml#/B'}\n    C: {$ref: './sub/../common.yaml#/A'}\n"
				+ "    D: {$ref: 'broken.json'}\n    E: {$ref: 'broken.json#/x'}\n");
		write(dir, "common.yaml", "A: {type: string}\nB: {$ref: '#/A'}\n");
		write(dir, "broken.json", "{\"a\": [1,]}");
		ApiFileSet set = load("api.yaml");
		assertEquals(2, set.files().size());
		List<String> shown = set.diagnostics().stream().map(Diagnostic::toString).toList();
		assertEquals(2, shown.size(), shown.toString());
		assertTrue(shown.get(0).startsWith("broken.json:1:"), shown.toString());
		assertTrue(shown.get(1).startsWith("api.yaml:7:15: error: $ref 'broken.json': broken.json is not usable"),
				shown.toString());
	}

	@Test
	void limitsBoundTheWholeSet() throws Exception {
		write(dir, "api.yaml", "openapi: 3.0.3\ncomponents:\n  schemas:\n    A: {$ref: a.yaml}\n    B: {$ref: b.yaml}\n");
		write(dir, "a.yaml", "type: string\n");
		write(dir, "b.yaml", "type: string\ndescription: " + "x".repeat(200) + "\n");
		ApiFileSet few = ApiFileSet.load(dir.resolve("api.yaml"), "api.yaml", options().withMaxFiles(2));
		assertTrue(only(few).message().contains("more than 2 files"), only(few).message());
		ApiFileSet small = ApiFileSet.load(dir.resolve("api.yaml"), "api.yaml",
				options().withDocuments(LoadOptions.defaults().withMaxBytes(200)));
		assertFalse(small.diagnostics().isEmpty());
		assertTrue(small.diagnostics().stream().anyMatch(d -> d.message().contains("b.yaml is not usable")),
				small.diagnostics().toString());
	}

	@Test
	void refsInExamplesAreDataAndPointersArePercentDecoded() throws Exception {
		write(dir, "api.yaml", "openapi: 3.0.3\npaths:\n  /a b:\n    get:\n      responses:\n        '200':\n"
				+ "          description: ok\n          content:\n            application/json:\n"
				+ "              example: {$ref: nowhere.yaml}\n"
				+ "              schema: {$ref: '#/paths/~1a%20b/get/responses/200/description'}\n");
		ApiFileSet set = load("api.yaml");
		assertEquals(List.of(), set.diagnostics());
		assertEquals(1, set.references().size());
	}
}
