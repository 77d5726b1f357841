package dev.specsync.openapi.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.Severity;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.SchemaValidator;

/**
 * The swagger-parser validator on real definitions of every version: valid ones give no error, invalid ones
 * give swagger-parser's finding at the line of the node it names, in the file that holds it.
 */
class SchemaValidatorTest {

	/**
	 * Examples that are not valid, each for a reason checked below or by hand: schema-types 3.0 has an array
	 * without {@code items}; parameters-style uses {@code style: spaceDelimited} in Encoding objects, which
	 * swagger-parser rejects.
	 */
	private static final Set<String> INVALID = Set.of("oas-examples/3.0/yaml/schema-types.yaml",
			"oas-examples/3.0/yaml/parameters-style.yaml", "oas-examples/3.1/yaml/parameters-style.yaml");

	@TempDir
	Path dir;

	static Stream<String> validExamples() throws IOException {
		return Data.yamlFiles("oas-examples").filter(f -> !INVALID.contains(f));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("validExamples")
	void validExamplesOfSwagger20OpenApi30And31HaveNoErrors(String file) {
		List<Diagnostic> diagnostics = Data.validate(Data.path(file), file);
		assertEquals(List.of(), Data.errors(diagnostics), file);
	}

	@Test
	void theExamplesCoverEveryVersion() throws IOException {
		List<String> files = validExamples().toList();
		for (String version : List.of("2.0", "3.0", "3.1")) {
			assertTrue(files.stream().filter(f -> f.startsWith("oas-examples/" + version + "/")).count() >= 5, version);
		}
	}

	@Test
	void serviceIsRegisteredAndFindsTheSameProblems() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(SwaggerSchemaValidator.class).getBundleContext();
		ServiceTracker<SchemaValidator, SchemaValidator> tracker = new ServiceTracker<>(context,
				SchemaValidator.class, null);
		tracker.open();
		try {
			SchemaValidator service = tracker.waitForService(10_000);
			assertNotNull(service, "a SchemaValidator service");
			Path file = Data.path("directus-9.21.0.json");
			assertEquals(Data.validate(file, "d.json"), service.validate(Data.load(file, "d.json")));
		} finally {
			tracker.close();
		}
	}

	@Test
	void directusNullSchemaIsReportedAtItsLine() {
		List<Diagnostic> errors = Data.errors(Data.validate(Data.path("directus-9.21.0.json"), "directus.json"));
		assertEquals(1, errors.size(), errors::toString);
		Diagnostic d = errors.get(0);
		assertEquals("directus.json", d.path());
		assertEquals(861, d.line(), d::toString);
		assertEquals(15, d.column(), d::toString);
		assertTrue(d.message().contains("schema must be of type object"), d::toString);
	}

	@Test
	void arrayWithoutItemsIsReportedAtTheSchemaThatLacksThem() {
		String file = "oas-examples/3.0/yaml/schema-types.yaml";
		List<Diagnostic> errors = Data.errors(Data.validate(Data.path(file), file));
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(461, errors.get(0).line(), errors::toString);
		assertTrue(errors.get(0).message().endsWith("schema.items is missing: OpenAPI 3.0.x requires it"),
				errors::toString);
	}

	@Test
	void everyKindOfProblemPointsAtItsLine() throws IOException {
		Path file = dir.resolve("bad.yaml");
		Files.writeString(file, """
				openapi: 3.0.3
				info:
				  title: Bad
				paths:
				  /pets/{petId}:
				    get:
				      operationId: getPet
				      parameters:
				        - name: limit
				          in: querystring
				          schema:
				            type: integer
				      responses:
				        '200':
				          description: one pet
				  /pets:
				    get:
				      operationId: getPet
				      responses:
				        default:
				          description: pets
				      bogus: 1
				components:
				  schemas:
				    com.example.Pet:
				      type: object
				      required: notalist
				""");
		List<Diagnostic> all = Data.validate(file, "bad.yaml");
		assertDiagnostic(all, Severity.ERROR, 2, "info.version is missing: OpenAPI 3.0.x requires it");
		assertDiagnostic(all, Severity.ERROR, 10, "paths.'/pets/{petId}'(get).parameters.[limit].in must be of type");
		assertDiagnostic(all, Severity.ERROR, 18, "paths.'/pets'(get).operationId is repeated");
		assertDiagnostic(all, Severity.ERROR, 22, "paths.'/pets'(get).bogus is not a field OpenAPI 3.0.x allows here");
		assertDiagnostic(all, Severity.ERROR, 27, "components.schemas.com.example.Pet.required must be of type array");
		assertDiagnostic(all, Severity.WARNING, 5, "Declared path parameter petId needs to be defined");
		assertEquals(6, all.size(), all::toString);
		for (int i = 1; i < all.size(); i++) {
			assertTrue(all.get(i - 1).line() <= all.get(i).line(), "in document order: " + all);
		}
	}

	@Test
	void swagger20ProblemsPointAtTheirLines() throws IOException {
		Path file = dir.resolve("bad.json");
		Files.writeString(file, """
				{
				  "swagger": "2.0",
				  "info": { "title": "Bad" },
				  "paths": {
				    "/pets": {
				      "get": {
				        "responses": { "200": { "schema": { "$ref": "#/definitions/Pet" } } },
				        "wrong": 2
				      }
				    }
				  },
				  "definitions": { "Pet": { "type": "object", "required": 3 } }
				}
				""");
		List<Diagnostic> all = Data.validate(file, "bad.json");
		assertDiagnostic(all, Severity.ERROR, 3, "info.version is missing: Swagger 2.0 requires it");
		assertDiagnostic(all, Severity.ERROR, 7, "paths.'/pets'(get).responses.200.description is missing");
		assertDiagnostic(all, Severity.ERROR, 8, "paths.'/pets'(get).wrong is not a field Swagger 2.0 allows here");
		assertDiagnostic(all, Severity.ERROR, 12, "definitions.Pet.required must be of type array");
		assertEquals(4, all.size(), all::toString);
	}

	@Test
	void openApi31ProblemsAndNoFalseMissingResponses() throws IOException {
		Path file = dir.resolve("bad31.yaml");
		Files.writeString(file, """
				openapi: 3.1.0
				info:
				  title: Bad
				  version: '1'
				paths:
				  /a:
				    get:
				      summary: responses are optional in 3.1
				webhooks: 3
				""");
		List<Diagnostic> all = Data.validate(file, "bad31.yaml");
		assertDiagnostic(all, Severity.ERROR, 9, "webhooks must be of type object");
		assertEquals(1, all.size(), all::toString);
	}

	@Test
	void splitApisAreValidAcrossTheirFiles() {
		for (String root : List.of("split-petstore-3.0/openapi.yaml", "split-petstore-2.0/swagger.json")) {
			assertEquals(List.of(), Data.errors(Data.validate(Data.path(root), root)), root);
		}
	}

	@Test
	void aProblemInAReferencedFileIsReportedInThatFileAtItsLine() throws IOException {
		Path api = Data.copyTree("split-petstore-3.0", dir);
		Path pet = api.resolve("schemas/Pet.yaml");
		Files.writeString(pet, Files.readString(pet).replace("required:\n- name\n- photoUrls\n", "required: name\n"));
		Path path = api.resolve("paths/pet.yaml");
		Files.writeString(path, Files.readString(path).replaceFirst("operationId: ", "operationid: "));
		List<Diagnostic> all = Data.validate(api.resolve("openapi.yaml"), "api/openapi.yaml");
		assertDiagnostic(all, Severity.ERROR, 2, "components.schemas.Pet.required must be of type array");
		Diagnostic required = find(all, "components.schemas.Pet.required");
		assertEquals("api/schemas/Pet.yaml", required.path());
		Diagnostic typo = find(all, "operationid");
		assertEquals("api/paths/pet.yaml", typo.path());
		assertEquals(lineOf(path, "operationid: "), typo.line(), typo::toString);
	}

	@Test
	void duplicateParametersAreReportedOnlyWhenTheyAreDuplicates() throws IOException {
		String template = """
				openapi: 3.0.3
				info: { title: t, version: '1' }
				paths:
				  /a:
				    get:
				      parameters:
				        - $ref: '#/components/parameters/Limit'
				        - $ref: '#/components/parameters/%s'
				      responses: { default: { description: d } }
				components:
				  parameters:
				    Limit: { name: limit, in: query, schema: { type: integer } }
				    Offset: { name: offset, in: query, schema: { type: integer } }
				    Limit2: { name: limit, in: query, schema: { type: integer } }
				""";
		Path distinct = dir.resolve("distinct.yaml");
		Files.writeString(distinct, template.formatted("Offset"));
		assertEquals(List.of(), Data.validate(distinct, "distinct.yaml"));
		Path duplicate = dir.resolve("duplicate.yaml");
		Files.writeString(duplicate, template.formatted("Limit2"));
		assertDiagnostic(Data.validate(duplicate, "duplicate.yaml"), Severity.WARNING, 6,
				"There are duplicate parameter values");
	}

	@Test
	void remoteReferencesAreNotFetched() throws IOException {
		try (ServerSocket server = new ServerSocket(0)) {
			server.setSoTimeout(500);
			Path file = dir.resolve("remote.yaml");
			Files.writeString(file, """
					openapi: 3.0.3
					info: { title: t, version: '1' }
					paths:
					  /a:
					    $ref: 'http://127.0.0.1:%d/paths.yaml#/a'
					""".formatted(Integer.valueOf(server.getLocalPort())));
			List<Diagnostic> all = Data.validate(file, "remote.yaml");
			assertEquals(List.of(), Data.errors(all));
			try {
				server.accept().close();
				throw new AssertionError("the validator connected to the remote reference's server");
			} catch (SocketTimeoutException expected) {
				// nobody connected
			}
		}
	}

	@Test
	void githubsDescriptionIsValid() throws IOException {
		Path file = Data.gunzip("api.github.com-23.0.2.json.gz", dir);
		List<Diagnostic> all = Data.validate(file, "github.json");
		assertEquals(List.of(), Data.errors(all));
	}

	@Test
	void expansionBeyondTheBoundIsReportedNotAttempted() throws IOException {
		StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n");
		for (int i = 0; i < 20; i++) {
			yaml.append("    S").append(i).append(": { $ref: 'parts.yaml#/P").append(i).append("' }\n");
		}
		StringBuilder parts = new StringBuilder();
		for (int i = 0; i < 20; i++) { // each part holds the next one twice: 2^20 copies once expanded
			parts.append("P").append(i).append(":\n  type: object\n  properties:\n");
			parts.append("    a: { $ref: '#/P").append(i + 1).append("' }\n    b: { $ref: '#/P").append(i + 1).append("' }\n");
		}
		parts.append("P20: { type: string }\n");
		Path root = dir.resolve("bomb.yaml");
		Files.writeString(root, yaml);
		Files.writeString(dir.resolve("parts.yaml"), parts);
		ApiFileSet set = Data.load(root, "bomb.yaml");
		List<Diagnostic> all = new SwaggerSchemaValidator(100_000).validate(set);
		assertEquals(1, all.size(), all::toString);
		assertEquals(Severity.WARNING, all.get(0).severity());
		assertTrue(all.get(0).message().contains("was not checked"), all::toString);
	}

	private static Diagnostic find(List<Diagnostic> all, String text) {
		return all.stream().filter(d -> d.message().contains(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no diagnostic with '" + text + "' in " + all));
	}

	private static void assertDiagnostic(List<Diagnostic> all, Severity severity, int line, String text) {
		Diagnostic d = find(all, text);
		assertEquals(severity, d.severity(), d::toString);
		assertEquals(line, d.line(), d::toString);
	}

	private static int lineOf(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}
}
