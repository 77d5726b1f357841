package dev.specsync.diff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.specsync.diff.Change;
import dev.specsync.diff.DiffException;
import dev.specsync.diff.DiffReport;
import dev.specsync.diff.ReportFormat;

/** What is not a change, what a change is attributed to, cycles, and the report formats. */
class SemanticsTest {

	private static final String REF = """
			openapi: 3.0.3
			info: {title: t, version: '1'}
			paths:
			  /users/{id}:
			    get:
			      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
			      responses:
			        '200':
			          description: ok
			          content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}
			components:
			  schemas:
			    User: {type: object, required: [name], properties: {name: {type: string}, age: {type: integer}}}
			""";

	@Test
	void inlineVersusRefRenamedPathParameterAndReorderedKeysAreNoChange() throws Exception {
		String inline = """
				openapi: 3.0.3
				paths:
				  "/users/{userId}":
				    get:
				      responses:
				        "200":
				          content:
				            application/json:
				              schema:
				                properties:
				                  age: {type: integer}
				                  name: {type: string}
				                required: [name]
				                type: object
				          description: ok
				      parameters:
				        - {in: path, name: userId, schema: {type: string}, required: true}
				info: {version: '1', title: t}
				""";
		assertEquals(List.of(), Diffs.diff(REF, inline).changes());
		assertEquals(List.of(), Diffs.diff(inline, REF).changes());
	}

	@Test
	void changeInAReferencedSchemaIsReportedPerOperationWithPositionsOnBothSides() throws Exception {
		String changed = REF.replace("required: [name]", "required: []")
				.replace("  /users/{id}:", "  /users/{id}:\n    put:\n      responses:\n        '200':\n          description: ok\n"
						+ "          content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}\n");
		String old = REF.replace("  /users/{id}:", "  /users/{id}:\n    put:\n      responses:\n        '200':\n          description: ok\n"
				+ "          content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}\n");
		DiffReport r = Diffs.diff(old, changed);
		assertEquals(2, r.changes().size(), r.changes()::toString);
		for (Change c : r.changes()) {
			assertEquals("response.property.became-optional", c.ruleId());
			assertEquals("/components/schemas/User/properties/name", c.newLocation().pointer());
			assertEquals(changed.lines().toList().indexOf(changed.lines().filter(l -> l.contains("User:")).findFirst()
					.orElseThrow()) + 1, c.newLocation().line());
		}
		assertEquals(2, r.summary().changedOperations());
		assertEquals(2, r.summary().breakingOperations());
	}

	@Test
	void recursiveSchemasTerminateAndReportChangesInsideTheRecursion() throws Exception {
		String tree = """
				openapi: 3.1.0
				info: {title: t, version: '1'}
				paths:
				  /tree:
				    post:
				      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
				      responses: {'200': {description: ok}}
				components:
				  schemas:
				    Node:
				      type: object
				      properties:
				        value: {type: string}
				        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
				        parent: {$ref: '#/components/schemas/Node'}
				""";
		assertEquals(List.of(), Diffs.diff(tree, tree).changes());
		DiffReport r = Diffs.diff(tree, tree.replace("value: {type: string}", "value: {type: string, maxLength: 3}"));
		assertEquals(List.of("request.maxLength.added"), r.changes().stream().map(Change::ruleId).toList());
		assertEquals(List.of(), Diffs.DIFFER.diff(Diffs.data("schema-circular.yaml"), Diffs.data("schema-circular.yaml"))
				.changes());
	}

	@Test
	void allOfIsMergedSoThatSplittingASchemaIsNoChange() throws Exception {
		String split = RuleTest.exchange("{type: string}", "{allOf: [{type: object, properties: {a: {type: string}}},"
				+ " {properties: {b: {type: integer}}, required: [b]}]}");
		String whole = RuleTest.exchange("{type: string}",
				"{type: object, properties: {a: {type: string}, b: {type: integer}}, required: [b]}");
		assertEquals(List.of(), Diffs.diff(split, whole).changes());
	}

	@Test
	void openApi31NullTypeEqualsNullable() throws Exception {
		String a = RuleTest.exchange("{type: [string, 'null']}", "{type: string}");
		String b = RuleTest.exchange("{type: string, nullable: true}", "{type: string}");
		assertEquals(List.of(), Diffs.diff(a, b).changes());
	}

	@Test
	void readOnlyPropertiesDoNotCountInRequests() throws Exception {
		String before = RuleTest.exchange("{type: object, properties: {id: {type: string, readOnly: true}}}",
				"{type: string}");
		String after = RuleTest.exchange("{type: object, properties: {id: {type: string, readOnly: true}, "
				+ "created: {type: string, readOnly: true}}, required: [created]}", "{type: string}");
		assertEquals(List.of(), Diffs.diff(before, after).changes());
	}

	@Test
	void swagger2BodyParametersAndProducesBecomeBodiesAndMediaTypes() throws Exception {
		assertEquals(List.of(), Diffs.DIFFER.diff(Diffs.data("petstore-2.0.yaml"), Diffs.data("petstore-2.0.yaml")).changes());
		String v2 = """
				swagger: '2.0'
				info: {title: t, version: '1'}
				produces: [application/json]
				paths:
				  /p:
				    post:
				      parameters: [{name: body, in: body, required: true, schema: {type: object, properties: {a: {type: string}}}}]
				      responses: {'200': {description: ok, schema: {type: string}}}
				""";
		DiffReport r = Diffs.diff(v2, v2.replace("properties: {a: {type: string}}", "properties: {a: {type: string}}, required: [a]"));
		assertEquals(List.of("request.property.became-required"), r.changes().stream().map(Change::ruleId).toList());
	}

	@Test
	void notOpenApiIsRefusedWithoutAReport() throws Exception {
		DiffException e = assertThrows(DiffException.class, () -> Diffs.diff("a: 1\n", REF));
		assertTrue(e.getMessage().contains("not an OpenAPI description"), e.getMessage());
	}

	@Test
	void reportsCarryTheSummary() throws Exception {
		DiffReport r = Diffs.diff(REF, REF.replace("required: [name]", "required: []"));
		String json = Diffs.DIFFER.render(r, ReportFormat.JSON);
		assertTrue(json.contains("\"summary\": {\"changes\": 1, \"breaking\": 1,"), json);
		assertTrue(json.contains("\"changedOperations\": 1, \"breakingOperations\": 1}"), json);
		assertTrue(json.contains("\"rule\": \"response.property.became-optional\""), json);
		assertTrue(json.contains("\"operation\": {\"method\": \"GET\", \"path\": \"/users/{id}\"}"), json);
		String md = Diffs.DIFFER.render(r, ReportFormat.MARKDOWN);
		assertTrue(md.contains("### breaking") && md.contains("**GET /users/{id}**"), md);
		String text = Diffs.DIFFER.render(r, ReportFormat.TEXT);
		assertTrue(text.startsWith("changes: 1, breaking: 1,"), text);
		assertTrue(text.contains("breaking response.property.became-optional GET /users/{id}: "), text);
	}
}
