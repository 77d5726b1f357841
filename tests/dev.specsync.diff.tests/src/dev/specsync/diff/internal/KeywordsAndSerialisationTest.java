package dev.specsync.diff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.specsync.diff.Change;
import dev.specsync.diff.ChangeSeverity;
import dev.specsync.diff.DiffReport;

/**
 * Beyond the one pair per rule of {@link RuleTest}: {@code additionalProperties} in every direction it can move,
 * sub-schemas of the 3.1 keywords compared like any schema, parameter serialisation compared by effective value,
 * and OAuth flows across the 2.0 and 3.x spellings.
 */
class KeywordsAndSerialisationTest {

	private static List<String> ids(DiffReport r) {
		return r.changes().stream().map(Change::ruleId).toList();
	}

	private static DiffReport request(String oldSchema, String newSchema) throws Exception {
		String fixed = "{type: string}";
		return Diffs.diff(RuleTest.exchange(oldSchema, fixed), RuleTest.exchange(newSchema, fixed));
	}

	private static DiffReport response(String oldSchema, String newSchema) throws Exception {
		String fixed = "{type: string}";
		return Diffs.diff(RuleTest.exchange(fixed, oldSchema), RuleTest.exchange(fixed, newSchema));
	}

	@Test
	void additionalPropertiesFalseToTrueWidensAndATypedSchemaIsComparedInside() throws Exception {
		DiffReport r = request("{type: object, additionalProperties: false}", "{type: object, additionalProperties: true}");
		assertEquals(List.of("request.additionalProperties.widened"), ids(r));
		assertEquals(ChangeSeverity.NON_BREAKING, r.changes().get(0).severity());
		r = response("{type: object, additionalProperties: false}", "{type: object, additionalProperties: true}");
		assertEquals(List.of("response.additionalProperties.widened"), ids(r));
		assertEquals(ChangeSeverity.POTENTIALLY_BREAKING, r.changes().get(0).severity());

		// a schema for additional properties narrowed: the comparison goes inside it
		r = request("{type: object, additionalProperties: {type: string}}",
				"{type: object, additionalProperties: {type: string, maxLength: 3}}");
		assertEquals(List.of("request.maxLength.added"), ids(r));
		assertEquals(ChangeSeverity.BREAKING, r.changes().get(0).severity());
		assertTrue(r.changes().get(0).message().contains("{}"), r.changes().get(0).message());
		// any value to a schema narrows; false to a schema widens
		assertEquals(List.of("request.additionalProperties.narrowed"),
				ids(request("{type: object}", "{type: object, additionalProperties: {type: string}}")));
		assertEquals(List.of("request.additionalProperties.widened"), ids(request(
				"{type: object, additionalProperties: false}", "{type: object, additionalProperties: {type: string}}")));
		// absent, true and {} all allow anything
		assertEquals(List.of(), ids(request("{type: object}", "{type: object, additionalProperties: true}")));
		assertEquals(List.of(), ids(request("{type: object, additionalProperties: {}}", "{type: object}")));
	}

	@Test
	void subSchemasOfTheNewKeywordsAreComparedWithTheirDirection() throws Exception {
		DiffReport r = request("{type: array, prefixItems: [{type: string, enum: [a, b]}]}",
				"{type: array, prefixItems: [{type: string, enum: [a]}]}");
		assertEquals(List.of("request.enum.value.removed"), ids(r));
		assertTrue(r.changes().get(0).message().contains("[0]"), r.changes().get(0).message());
		r = response("{type: object, if: {required: [a]}, then: {properties: {b: {type: string}}}}",
				"{type: object, if: {required: [a]}, then: {properties: {b: {type: integer}}}}");
		assertEquals(List.of("response.type.changed"), ids(r));
		r = request("{type: object, patternProperties: {'^x-': {type: string}}}",
				"{type: object, patternProperties: {'^x-': {type: string, minLength: 2}}}");
		assertEquals(List.of("request.minLength.added"), ids(r));
		r = request("{type: array, contains: {type: string}}", "{type: array, contains: {type: string, pattern: '^a'}}");
		assertEquals(List.of("request.pattern.added"), ids(r));
		// a 'not' excludes values: narrowing what it describes widens the schema, so it is reported as a whole
		assertEquals(List.of("request.not.changed"),
				ids(request("{type: string, not: {enum: [a, b]}}", "{type: string, not: {enum: [a]}}")));
		// the same keywords written in another order are no change
		assertEquals(List.of(), ids(request("{type: object, dependentRequired: {a: [b, c]}}",
				"{dependentRequired: {a: [c, b]}, type: object}")));
	}

	private static String param(String p) {
		return RuleTest.api("  /p/{id}:\n    get:\n      parameters: [" + p
				+ "]\n      responses: {'200': {description: ok}}\n");
	}

	@Test
	void parameterSerialisationIsComparedByEffectiveValueWhereItMatters() throws Exception {
		String list = "{name: q, in: query, schema: {type: array, items: {type: string}}";
		// the defaults written out are no change
		assertEquals(List.of(), ids(Diffs.diff(param(list + "}"), param(list + ", style: form, explode: true}"))));
		assertEquals(List.of(), ids(Diffs.diff(param("{name: id, in: path, required: true, schema: {type: string}}"),
				param("{name: id, in: path, required: true, style: simple, explode: false, schema: {type: string}}"))));
		// explode does nothing to a single value: old clients send the same text
		assertEquals(List.of(), ids(Diffs.diff(param("{name: q, in: query, schema: {type: string}}"),
				param("{name: q, in: query, explode: false, schema: {type: string}}"))));
		// but a path value gains a prefix in the label style
		DiffReport r = Diffs.diff(param("{name: id, in: path, required: true, schema: {type: string}}"),
				param("{name: id, in: path, required: true, style: label, schema: {type: string}}"));
		assertEquals(List.of("request.parameter.style.changed"), ids(r));
		assertEquals(ChangeSeverity.BREAKING, r.changes().get(0).severity());
		assertTrue(r.changes().get(0).message().contains("simple") && r.changes().get(0).message().contains("label"),
				r.changes().get(0).message());
		r = Diffs.diff(param(list + "}"), param(list + ", explode: false}"));
		assertEquals(List.of("request.parameter.explode.changed"), ids(r));
		// a parameter given by its content has no style
		String content = "{name: q, in: query, content: {application/json: {schema: {type: object}}}";
		assertEquals(List.of(), ids(Diffs.diff(param(content + "}"), param(content + ", explode: false}"))));
	}

	@Test
	void oauthFlowsCompareAcrossTheSwagger2AndOpenApi3Spellings() throws Exception {
		String v2 = "swagger: '2.0'\ninfo: {title: t, version: '1'}\nsecurityDefinitions:\n"
				+ "  oauth: {type: oauth2, flow: accessCode, authorizationUrl: 'https://a.example/auth', "
				+ "tokenUrl: 'https://a.example/token', scopes: {read: Read}}\npaths: {}\n";
		String v3 = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\ncomponents:\n  securitySchemes:\n"
				+ "    oauth: {type: oauth2, flows: {authorizationCode: {authorizationUrl: 'https://a.example/auth', "
				+ "tokenUrl: 'https://a.example/token', scopes: {read: Reading}}}}\npaths: {}\n";
		assertEquals(List.of(), ids(Diffs.diff(v2, v3)), "2.0 accessCode is 3.x authorizationCode; scope descriptions are documentation");
		DiffReport r = Diffs.diff(v2, v3.replace("a.example/token", "b.example/token").replace("{read: Reading}", "{}"));
		assertEquals(List.of("api.security-scheme.token-url.changed", "api.security-scheme.scope.removed"), ids(r));
		// another kind of scheme altogether is still one change of the scheme
		r = Diffs.diff(v3, v3.replace("type: oauth2, flows: {authorizationCode: {authorizationUrl: 'https://a.example/auth', "
				+ "tokenUrl: 'https://a.example/token', scopes: {read: Reading}}}", "type: http, scheme: bearer"));
		assertEquals(List.of("api.security-scheme.changed"), ids(r));
	}
}
