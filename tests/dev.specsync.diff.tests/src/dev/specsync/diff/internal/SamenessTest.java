package dev.specsync.diff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.specsync.diff.Change;
import dev.specsync.diff.DiffReport;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.SourceDocument;

/**
 * The differ skips what is written the same in both versions; these are the places where text written the same
 * still means something else, and where different text means the same.
 */
class SamenessTest {

	private static final String CYCLE = """
			openapi: 3.0.3
			info: {title: t, version: '1'}
			paths:
			  /a:
			    get:
			      responses:
			        '200':
			          description: ok
			          content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}
			  /b:
			    get:
			      responses:
			        '200':
			          description: ok
			          content: {application/json: {schema: {$ref: '#/components/schemas/B'}}}
			components:
			  schemas:
			    A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}
			    B: {type: object, properties: {a: {$ref: '#/components/schemas/A'}, x: {type: string}}}
			    Alias: {$ref: '#/components/schemas/B'}
			""";

	@Test
	void aChangeBehindAReferenceCycleIsFoundFromEveryOperationThatReachesIt() throws Exception {
		DiffReport r = Diffs.diff(CYCLE, CYCLE.replace("x: {type: string}", "x: {type: integer}"));
		assertEquals(List.of("GET /a response.type.changed", "GET /b response.type.changed"),
				r.changes().stream().map(c -> c.operation() + " " + c.ruleId()).toList());
		assertEquals(List.of(), Diffs.diff(CYCLE, CYCLE).changes());
	}

	@Test
	void aChainOfReferencesIsFollowedToTheChangedTarget() throws Exception {
		String old = CYCLE.replace("'#/components/schemas/B'}}}\ncomponents", "'#/components/schemas/Alias'}}}\ncomponents");
		DiffReport r = Diffs.diff(old, old.replace("x: {type: string}", "x: {type: string, maxLength: 9}"));
		assertEquals(List.of("GET /a response.maxLength.added", "GET /b response.maxLength.added"),
				r.changes().stream().map(c -> c.operation() + " " + c.ruleId()).toList());
	}

	@Test
	void anOperationWrittenTheSameStillChangesWithTheApiWideSecurity() throws Exception {
		String secured = CYCLE.replace("paths:", "security: [{key: []}]\npaths:")
				.replace("  schemas:", "  securitySchemes: {key: {type: apiKey, in: header, name: X-Key}}\n  schemas:");
		DiffReport r = Diffs.diff(CYCLE.replace("  schemas:",
				"  securitySchemes: {key: {type: apiKey, in: header, name: X-Key}}\n  schemas:"), secured);
		assertEquals(List.of("GET /a operation.security.added", "GET /b operation.security.added"),
				r.changes().stream().map(c -> c.operation() + " " + c.ruleId()).toList());
	}

	@Test
	void jsonEscapesAndYamlSpellingsOfTheSameTextAreNoChangeAndOtherTextIs() throws Exception {
		String json = """
				{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {
				 "description": "caf\\u00e9 \\"menu\\"", "responses": {"200": {"description": "ok",
				 "content": {"application/json": {"schema": {"type": "string", "maxLength": 10}}}}}}}}}
				""";
		String yaml = """
				openapi: 3.0.3
				info: {title: t, version: '1'}
				paths:
				  /a:
				    get:
				      description: 'café "menu"'
				      responses:
				        '200':
				          description: ok
				          content: {application/json: {schema: {type: string, maxLength: 10}}}
				""";
		SourceDocument a = SourceDocument.parse("a.json", json, Format.JSON, LoadOptions.defaults());
		SourceDocument b = SourceDocument.parse("b.json", json.replace("\\u00e9", "é"), Format.JSON,
				LoadOptions.defaults());
		assertEquals(List.of(), Diffs.DIFFER.diff(a, b).changes());
		assertEquals(List.of(), Diffs.DIFFER.diff(a, Diffs.yaml(yaml)).changes());
		assertEquals(List.of(), Diffs.DIFFER.diff(Diffs.yaml(yaml), a).changes());
		SourceDocument c = SourceDocument.parse("c.json", json.replace("10}", "11}"), Format.JSON,
				LoadOptions.defaults());
		assertEquals(List.of("response.maxLength.increased"),
				Diffs.DIFFER.diff(a, c).changes().stream().map(Change::ruleId).toList());
		SourceDocument d = SourceDocument.parse("d.json", json.replace("menu", "menu!"), Format.JSON,
				LoadOptions.defaults());
		assertEquals(List.of("operation.description.changed"),
				Diffs.DIFFER.diff(a, d).changes().stream().map(Change::ruleId).toList());
	}
}
