package dev.specsync.diff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.specsync.diff.Change;
import dev.specsync.diff.DiffReport;
import dev.specsync.diff.Operation;

/**
 * One test per rule: a small pair of YAML documents that differ in exactly what the rule is about, and must
 * produce exactly that one change with the catalogue's kind and severity. Schema rules take one pair of schemas,
 * used once in a request body (for the {@code request.} rule) and once in a response (for the {@code response.}
 * rule): the same comparison, two directions.
 */
class RuleTest {

	/** Old and new schema, in YAML flow style, per schema aspect. */
	private static final Map<String, String[]> SCHEMAS = new LinkedHashMap<>();
	/** Old and new {@code paths} block, per operation rule. */
	private static final Map<String, String[]> OPERATIONS = new LinkedHashMap<>();
	/** Old and new top-level sections (before {@code paths}), per rule on the API as a whole. */
	private static final Map<String, String[]> GLOBAL = new LinkedHashMap<>();

	static {
		schema("type.changed", "{type: string}", "{type: boolean}");
		schema("type.widened", "{type: integer}", "{type: number}");
		schema("type.narrowed", "{type: number}", "{type: integer}");
		schema("format.added", "{type: string}", "{type: string, format: email}");
		schema("format.removed", "{type: string, format: email}", "{type: string}");
		schema("format.changed", "{type: string, format: email}", "{type: string, format: uri}");
		schema("enum.value.added", "{type: string, enum: [a]}", "{type: string, enum: [a, b]}");
		schema("enum.value.removed", "{type: string, enum: [a, b]}", "{type: string, enum: [a]}");
		schema("enum.added", "{type: string}", "{type: string, enum: [a]}");
		schema("enum.removed", "{type: string, enum: [a]}", "{type: string}");
		schema("nullable.added", "{type: string}", "{type: string, nullable: true}");
		schema("nullable.removed", "{type: string, nullable: true}", "{type: string}");
		schema("pattern.added", "{type: string}", "{type: string, pattern: '^a$'}");
		schema("pattern.removed", "{type: string, pattern: '^a$'}", "{type: string}");
		schema("pattern.changed", "{type: string, pattern: '^a$'}", "{type: string, pattern: '^b$'}");
		for (String bound : List.of("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems",
				"minProperties", "maxProperties", "exclusiveMinimum", "exclusiveMaximum", "minContains", "maxContains")) {
			String base = bound.endsWith("imum") ? "type: number" : bound.endsWith("Length") ? "type: string"
					: bound.endsWith("Items") ? "type: array, items: {type: string}"
					: bound.endsWith("Contains") ? "type: array, items: {type: string}, contains: {const: a}" : "type: object";
			schema(bound + ".added", "{" + base + "}", "{" + base + ", " + bound + ": 1}");
			schema(bound + ".removed", "{" + base + ", " + bound + ": 1}", "{" + base + "}");
			schema(bound + ".increased", "{" + base + ", " + bound + ": 1}", "{" + base + ", " + bound + ": 2}");
			schema(bound + ".decreased", "{" + base + ", " + bound + ": 2}", "{" + base + ", " + bound + ": 1.0}");
		}
		schema("additionalProperties.narrowed", "{type: object}", "{type: object, additionalProperties: false}");
		schema("additionalProperties.widened", "{type: object, additionalProperties: false}",
				"{type: object, additionalProperties: {type: string}}");
		for (String k : List.of("oneOf", "anyOf")) {
			schema(k + ".added", "{" + k + ": [{type: string}]}", "{" + k + ": [{type: string}, {type: integer}]}");
			schema(k + ".removed", "{" + k + ": [{type: string}, {type: integer}]}", "{" + k + ": [{type: string}]}");
		}
		String one = "{type: object, properties: {a: {type: string}}";
		String two = "{type: object, properties: {a: {type: string}, b: {type: string}}";
		schema("property.added", one + "}", two + "}");
		schema("property.required.added", one + "}", two + ", required: [b]}");
		schema("property.removed", two + "}", one + "}");
		schema("property.required.removed", two + ", required: [b]}", one + "}");
		schema("property.became-required", one + "}", one + ", required: [a]}");
		schema("property.became-optional", one + ", required: [a]}", one + "}");
		schema("description.changed", "{type: string, description: old}", "{type: string, description: new}");
		schema("deprecated.added", "{type: string}", "{type: string, deprecated: true}");
		schema("deprecated.removed", "{type: string, deprecated: true}", "{type: string}");
		schema("example.changed", "{type: string, example: a}", "{type: string, example: b}");
		schema("default.added", "{type: string}", "{type: string, default: a}");
		schema("default.removed", "{type: string, default: a}", "{type: string}");
		schema("default.changed", "{type: string, default: a}", "{type: string, default: b}");
		schema("extension.added", "{type: string}", "{type: string, x-stability: beta}");
		schema("extension.removed", "{type: string, x-stability: beta}", "{type: string}");
		schema("extension.changed", "{type: string, x-stability: beta}", "{type: string, x-stability: ga}");
		String pet = "{type: object, properties: {kind: {type: string}}";
		schema("discriminator.added", pet + "}", pet + ", discriminator: {propertyName: kind}}");
		schema("discriminator.removed", pet + ", discriminator: {propertyName: kind}}", pet + "}");
		schema("discriminator.property.changed", pet + ", discriminator: {propertyName: kind}}",
				pet + ", discriminator: {propertyName: type}}");
		schema("discriminator.mapping.added", pet + ", discriminator: {propertyName: kind, mapping: {a: '#/A'}}}",
				pet + ", discriminator: {propertyName: kind, mapping: {a: '#/A', b: '#/B'}}}");
		schema("discriminator.mapping.removed", pet + ", discriminator: {propertyName: kind, mapping: {a: '#/A', b: '#/B'}}}",
				pet + ", discriminator: {propertyName: kind, mapping: {a: '#/A'}}}");
		schema("discriminator.mapping.changed", pet + ", discriminator: {propertyName: kind, mapping: {a: '#/A'}}}",
				pet + ", discriminator: {propertyName: kind, mapping: {a: '#/B'}}}");
		schema("multipleOf.added", "{type: number}", "{type: number, multipleOf: 5}");
		schema("multipleOf.removed", "{type: number, multipleOf: 5}", "{type: number}");
		schema("multipleOf.narrowed", "{type: number, multipleOf: 2}", "{type: number, multipleOf: 4.0}");
		schema("multipleOf.widened", "{type: number, multipleOf: 1}", "{type: number, multipleOf: 0.25}");
		schema("multipleOf.changed", "{type: number, multipleOf: 2}", "{type: number, multipleOf: 3}");
		schema("uniqueItems.added", "{type: array, items: {type: string}}",
				"{type: array, items: {type: string}, uniqueItems: true}");
		schema("uniqueItems.removed", "{type: array, items: {type: string}, uniqueItems: true}",
				"{type: array, items: {type: string}}");
		schema("const.added", "{type: string}", "{type: string, const: a}");
		schema("const.removed", "{type: string, const: a}", "{type: string}");
		schema("const.changed", "{type: string, const: a}", "{type: string, const: b}");
		String plain = "{type: object, properties: {a: {type: string}}}";
		String readOnly = "{type: object, properties: {a: {type: string, readOnly: true}}}";
		String writeOnly = "{type: object, properties: {a: {type: string, writeOnly: true}}}";
		schema("property.became-read-only", plain, readOnly);
		schema("property.became-not-read-only", readOnly, plain);
		schema("property.required.became-not-read-only", readOnly.replace("{type: object,", "{type: object, required: [a],"),
				plain.replace("{type: object,", "{type: object, required: [a],"));
		schema("property.became-write-only", plain, writeOnly);
		schema("property.required.became-write-only", plain.replace("{type: object,", "{type: object, required: [a],"),
				writeOnly.replace("{type: object,", "{type: object, required: [a],"));
		schema("property.became-not-write-only", writeOnly, plain);
		schema("body.became-read-only", "{type: string}", "{type: string, readOnly: true}");
		schema("body.became-not-read-only", "{type: string, readOnly: true}", "{type: string}");
		schema("body.became-write-only", "{type: string}", "{type: string, writeOnly: true}");
		schema("body.became-not-write-only", "{type: string, writeOnly: true}", "{type: string}");
		schema("not.added", "{type: string}", "{type: string, not: {enum: [x]}}");
		schema("not.removed", "{type: string, not: {enum: [x]}}", "{type: string}");
		schema("not.changed", "{type: string, not: {enum: [x]}}", "{type: string, not: {enum: [y]}}");
		schema("prefixItems.added", "{type: array, prefixItems: [{type: string}]}",
				"{type: array, prefixItems: [{type: string}, {type: integer}]}");
		schema("prefixItems.removed", "{type: array, prefixItems: [{type: string}, {type: integer}]}",
				"{type: array, prefixItems: [{type: string}]}");
		schema("contains.added", "{type: array, items: {type: string}}",
				"{type: array, items: {type: string}, contains: {const: a}}");
		schema("contains.removed", "{type: array, items: {type: string}, contains: {const: a}}",
				"{type: array, items: {type: string}}");
		String cond = "{type: object, if: {required: [a]}, then: {required: [b]}";
		schema("conditional.added", "{type: object}", cond + "}");
		schema("conditional.removed", cond + "}", "{type: object}");
		schema("conditional.if.changed", cond + "}", cond.replace("[a]", "[c]") + "}");
		schema("conditional.branch.added", cond + "}", cond + ", else: {required: [c]}}");
		schema("conditional.branch.removed", cond + ", else: {required: [c]}}", cond + "}");
		schema("dependentRequired.added", "{type: object, dependentRequired: {a: [b]}}",
				"{type: object, dependentRequired: {a: [b, c]}}");
		schema("dependentRequired.removed", "{type: object, dependentRequired: {a: [b]}}", "{type: object}");
		schema("dependentSchemas.added", "{type: object}", "{type: object, dependentSchemas: {a: {required: [b]}}}");
		schema("dependentSchemas.removed", "{type: object, dependentSchemas: {a: {required: [b]}}}", "{type: object}");
		schema("patternProperties.added", "{type: object}", "{type: object, patternProperties: {'^x-': {type: string}}}");
		schema("patternProperties.removed", "{type: object, patternProperties: {'^x-': {type: string}}}",
				"{type: object}");

		String get = "  /p:\n    get:\n      responses: {'200': {description: ok}}\n";
		operation("operation.added", get, get + "  /q:\n    get:\n      responses: {'200': {description: ok}}\n");
		operation("operation.removed", get + "    delete:\n      responses: {'204': {description: ok}}\n", get);
		operation("operation.deprecated", get, op("deprecated: true"));
		operation("operation.id.changed", op("operationId: a"), op("operationId: b"));
		operation("operation.description.changed", op("summary: Old"), op("summary: New"));
		operation("request.parameter.added", get, op("parameters: [{name: q, in: query, schema: {type: string}}]"));
		operation("request.parameter.required.added", get,
				op("parameters: [{name: q, in: query, required: true, schema: {type: string}}]"));
		operation("request.parameter.removed", op("parameters: [{name: q, in: query, schema: {type: string}}]"), get);
		operation("request.parameter.became-required", op("parameters: [{name: q, in: query, schema: {type: string}}]"),
				op("parameters: [{name: q, in: query, required: true, schema: {type: string}}]"));
		operation("request.parameter.became-optional",
				op("parameters: [{name: q, in: query, required: true, schema: {type: string}}]"),
				op("parameters: [{name: q, in: query, schema: {type: string}}]"));
		String body = "requestBody: {content: {application/json: {schema: {type: string}}}}";
		String requiredBody = "requestBody: {required: true, content: {application/json: {schema: {type: string}}}}";
		operation("request.body.added", get, op(body));
		operation("request.body.required.added", get, op(requiredBody));
		operation("request.body.removed", op(body), get);
		operation("request.body.became-required", op(body), op(requiredBody));
		operation("request.body.became-optional", op(requiredBody), op(body));
		operation("request.media-type.added", op(body),
				op("requestBody: {content: {application/json: {schema: {type: string}}, text/plain: {}}}"));
		operation("request.media-type.removed",
				op("requestBody: {content: {application/json: {schema: {type: string}}, text/plain: {}}}"), op(body));
		operation("response.status.added", get, resp("'200': {description: ok}, '404': {description: no}"));
		operation("response.success-status.removed", resp("'200': {description: ok}, '201': {description: ok}"), get);
		operation("response.non-success-status.removed", resp("'200': {description: ok}, '404': {description: no}"),
				get);
		operation("response.media-type.added", get, resp("'200': {description: ok, content: {text/plain: {}}}"));
		operation("response.media-type.removed", resp("'200': {description: ok, content: {text/plain: {}}}"), get);
		operation("response.header.added", get,
				resp("'200': {description: ok, headers: {X-Rate: {schema: {type: integer}}}}"));
		operation("response.header.removed", resp("'200': {description: ok, headers: {X-Rate: {schema: {type: integer}}}}"),
				get);
		operation("operation.undeprecated", op("deprecated: true"), get);
		operation("operation.tags.changed", op("tags: [a]"), op("tags: [b]"));
		operation("operation.extension.added", get, op("x-internal: true"));
		operation("operation.extension.removed", op("x-internal: true"), get);
		operation("operation.extension.changed", op("x-internal: true"), op("x-internal: false"));
		operation("operation.security.added", get, op("security: [{key: []}]"));
		operation("operation.security.removed", op("security: [{key: []}]"), get);
		operation("operation.security.alternative.added", op("security: [{key: []}]"),
				op("security: [{key: []}, {oauth: [read]}]"));
		operation("operation.security.alternative.removed", op("security: [{key: []}, {oauth: [read]}]"),
				op("security: [{key: []}]"));
		operation("operation.security.scope.added", op("security: [{oauth: [read]}]"),
				op("security: [{oauth: [read, write]}]"));
		operation("operation.security.scope.removed", op("security: [{oauth: [read, write]}]"),
				op("security: [{oauth: [read]}]"));
		String param = "parameters: [{name: q, in: query, schema: {type: string}";
		operation("request.parameter.deprecated", op(param + "}]"), op(param + ", deprecated: true}]"));
		operation("request.parameter.description.changed", op(param + ", description: old}]"),
				op(param + ", description: new}]"));
		operation("request.media-type.example.changed",
				op("requestBody: {content: {application/json: {schema: {type: string}, example: a}}}"),
				op("requestBody: {content: {application/json: {schema: {type: string}, example: b}}}"));
		operation("response.media-type.example.changed",
				resp("'200': {description: ok, content: {application/json: {example: {a: 1}}}}"),
				resp("'200': {description: ok, content: {application/json: {example: {a: 2}}}}"));
		operation("response.status.description.changed", get, resp("'200': {description: fine}"));
		String link = "'200': {description: ok, links: {self: {operationId: getP";
		String header = "'200': {description: ok, headers: {X-Rate: {schema: {type: integer}";
		operation("response.header.required.removed", resp(header + ", required: true}}}"), get);
		operation("response.header.became-optional", resp(header + ", required: true}}}"), resp(header + "}}}"));
		operation("response.header.became-required", resp(header + "}}}"), resp(header + ", required: true}}}"));
		operation("response.link.added", get, resp(link + "}}}"));
		operation("response.link.removed", resp(link + "}}}"), get);
		operation("response.link.changed", resp(link + "}}}"), resp(link.replace("getP", "getQ") + "}}}"));
		operation("response.link.description.changed", resp(link + ", description: old}}}"),
				resp(link + ", description: new}}}"));
		String callback = "callbacks: {onEvent: {'{$request.query.url}': {post: {responses: {'200': {description: ok}}}}}}";
		operation("operation.callback.added", get, op(callback));
		operation("operation.callback.removed", op(callback), get);
		operation("operation.server.added", op("servers: [{url: 'https://a.example'}]"),
				op("servers: [{url: 'https://a.example'}, {url: 'https://b.example'}]"));
		operation("operation.server.removed", op("servers: [{url: 'https://a.example'}, {url: 'https://b.example'}]"),
				op("servers: [{url: 'https://a.example'}]"));
		String region = "servers: [{url: 'https://{region}.example', variables: {region: {default: eu, enum: [eu, us";
		operation("operation.server.variables.changed", op(region + "]}}}]"), op(region.replace("[eu, us", "[eu") + "]}}}]"));
		operation("operation.server.changed", op("servers: [{url: 'https://a.example/v1'}]"),
				op("servers: [{url: 'https://a.example/v2'}]"));
		operation("operation.server.description.changed", op("servers: [{url: 'https://a.example', description: old}]"),
				op("servers: [{url: 'https://a.example', description: new}]"));
		String list = "parameters: [{name: q, in: query, schema: {type: array, items: {type: string}}";
		operation("request.parameter.style.changed", op(list + ", explode: false}]"),
				op(list + ", style: spaceDelimited, explode: false}]"));
		operation("request.parameter.explode.changed", op(list + ", style: form}]"), op(list + ", explode: false}]"));
		operation("request.parameter.allow-reserved.added", op(param + "}]"), op(param + ", allowReserved: true}]"));
		operation("request.parameter.allow-reserved.removed", op(param + ", allowReserved: true}]"), op(param + "}]"));
		operation("request.parameter.allow-empty-value.added", op(param + "}]"), op(param + ", allowEmptyValue: true}]"));
		operation("request.parameter.allow-empty-value.removed", op(param + ", allowEmptyValue: true}]"),
				op(param + "}]"));
		operation("response.header.description.changed", resp(header + ", description: old}}}"),
				resp(header + ", description: new}}}"));
		operation("response.header.deprecated", resp(header + "}}}"), resp(header + ", deprecated: true}}}"));
		operation("response.header.undeprecated", resp(header + ", deprecated: true}}}"), resp(header + "}}}"));

		global("api.server.added", "servers: [{url: 'https://a.example'}]\n",
				"servers: [{url: 'https://a.example/'}, {url: 'https://b.example'}]\n");
		global("api.server.variables.changed", region + ", ap]}}}]\n", region + "]}}}]\n");
		global("api.server.changed", "servers: [{url: 'https://a.example'}]\n", "servers: [{url: 'https://b.example'}]\n");
		global("api.server.removed", "servers: [{url: 'https://a.example'}, {url: 'https://b.example'}]\n",
				"servers: [{url: 'https://a.example'}]\n");
		String key = "components: {securitySchemes: {key: {type: apiKey, in: header, name: X-Key";
		global("api.security-scheme.added", "", key + "}}}\n");
		global("api.security-scheme.removed", key + "}}}\n", "");
		global("api.security-scheme.changed", key + "}}}\n",
				"components: {securitySchemes: {key: {type: apiKey, in: query, name: key}}}\n");
		global("api.server.description.changed", "servers: [{url: 'https://a.example', description: old}]\n",
				"servers: [{url: 'https://a.example', description: new}]\n");
		String oauth = "components: {securitySchemes: {oauth: {type: oauth2, flows: {clientCredentials: "
				+ "{tokenUrl: 'https://a.example/token', scopes: {read: r}}";
		global("api.security-scheme.token-url.changed", oauth + "}}}}\n",
				oauth.replace("a.example/token", "b.example/token") + "}}}}\n");
		global("api.security-scheme.refresh-url.changed", oauth.replace("scopes", "refreshUrl: 'https://a.example/r', scopes") + "}}}}\n",
				oauth.replace("scopes", "refreshUrl: 'https://b.example/r', scopes") + "}}}}\n");
		global("api.security-scheme.scope.added", oauth + "}}}}\n", oauth.replace("{read: r}", "{read: r, write: w}") + "}}}}\n");
		global("api.security-scheme.scope.removed", oauth + "}}}}\n", oauth.replace("{read: r}", "{}") + "}}}}\n");
		String implicit = ", implicit: {authorizationUrl: 'https://a.example/auth', scopes: {read: r}}";
		global("api.security-scheme.oauth-flow.added", oauth + "}}}}\n", oauth + implicit + "}}}}\n");
		global("api.security-scheme.oauth-flow.removed", oauth + implicit + "}}}}\n", oauth + "}}}}\n");
		global("api.security-scheme.authorization-url.changed", oauth + implicit + "}}}}\n",
				oauth + implicit.replace("a.example/auth", "a.example/authorize") + "}}}}\n");
		String webhook = "webhooks:\n  newPet:\n    post:\n      responses: {'200': {description: ok}}\n";
		global("api.webhook.added", "", webhook);
		global("api.webhook.removed", webhook, "");
		global("api.tag.added", "tags: [{name: a}]\n", "tags: [{name: a}, {name: b}]\n");
		global("api.tag.removed", "tags: [{name: a}, {name: b}]\n", "tags: [{name: b}]\n");
		global("api.tag.description.changed", "tags: [{name: a, description: old}]\n",
				"tags: [{name: a, description: new}]\n");
		global("api.info.changed", "info: {title: t, version: '1'}\n", "info: {title: u, version: '2'}\n");
		global("api.extension.added", "", "x-audience: public\n");
		global("api.extension.removed", "x-audience: public\n", "");
		global("api.extension.changed", "x-audience: public\n", "x-audience: internal\n");
	}

	private static void schema(String aspect, String oldSchema, String newSchema) {
		SCHEMAS.put(aspect, new String[] { oldSchema, newSchema });
	}

	private static void global(String id, String oldTop, String newTop) {
		GLOBAL.put(id, new String[] { oldTop, newTop });
	}

	/** A document with these top-level sections and one operation. */
	private static String top(String sections) {
		return (sections.contains("webhooks:") ? "openapi: 3.1.0\n" : "openapi: 3.0.3\n")
				+ (sections.contains("info:") ? "" : "info: {title: t, version: '1'}\n") + sections
				+ "paths:\n  /p:\n    get:\n      responses: {'200': {description: ok}}\n";
	}

	private static void operation(String id, String oldPaths, String newPaths) {
		OPERATIONS.put(id, new String[] { oldPaths, newPaths });
	}

	private static String op(String line) {
		return "  /p:\n    get:\n      " + line + "\n      responses: {'200': {description: ok}}\n";
	}

	private static String resp(String responses) {
		return "  /p:\n    get:\n      responses: {" + responses + "}\n";
	}

	static String api(String paths) {
		return "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n" + paths;
	}

	/** A document whose one operation sends {@code request} and receives {@code response}. */
	static String exchange(String request, String response) {
		return api(exchangePaths(request, response));
	}

	/** The {@code paths} block of {@link #exchange(String, String)}. */
	static String exchangePaths(String request, String response) {
		return "  /p:\n    post:\n      requestBody:\n        content:\n          application/json:\n"
				+ "            schema: " + request + "\n      responses:\n        '200':\n          description: ok\n"
				+ "          content:\n            application/json:\n              schema: " + response + "\n";
	}

	/** The same path items as the callback {@code onEvent} of {@code POST /subscribe}. */
	static String asCallback(String paths) {
		return api("  /subscribe:\n    post:\n      responses: {'201': {description: subscribed}}\n      callbacks:\n"
				+ "        onEvent:\n" + paths.indent(8));
	}

	/** The same path items as OpenAPI 3.1 webhooks (named {@code /p}, {@code /q}). */
	static String asWebhooks(String paths) {
		return "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nwebhooks:\n" + paths;
	}

	static Stream<Arguments> rules() {
		List<Arguments> cases = new ArrayList<>();
		for (Rule rule : Rules.all()) {
			String id = rule.id();
			if (id.startsWith("callback.") || id.startsWith("webhook.")) {
				continue; // eachCallbackAndWebhookRule
			}
			String[] docs;
			if (GLOBAL.containsKey(id)) {
				String[] p = GLOBAL.get(id);
				docs = new String[] { top(p[0]), top(p[1]) };
			} else if (OPERATIONS.containsKey(id)) {
				String[] p = OPERATIONS.get(id);
				docs = new String[] { api(p[0]), api(p[1]) };
			} else {
				String aspect = id.substring(id.indexOf('.') + 1);
				String[] s = SCHEMAS.get(aspect);
				if (s == null) {
					continue; // reported by everyRuleHasATest
				}
				String fixed = "{type: string}";
				docs = rule.direction() == Direction.REQUEST
						? new String[] { exchange(s[0], fixed), exchange(s[1], fixed) }
						: new String[] { exchange(fixed, s[0]), exchange(fixed, s[1]) };
			}
			cases.add(Arguments.of(id, docs[0], docs[1]));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void eachRule(String id, String oldYaml, String newYaml) throws Exception {
		Rule rule = Rules.get(id);
		DiffReport report = Diffs.diff(oldYaml, newYaml);
		assertEquals(1, report.changes().size(), () -> id + ": " + report.changes());
		Change c = report.changes().get(0);
		assertEquals(id, c.ruleId());
		assertEquals(rule.kind(), c.kind(), id);
		assertEquals(rule.severity(), c.severity(), id);
		if (rule.direction() == Direction.API) {
			assertNull(c.operation(), id);
		} else {
			assertTrue(c.operation() != null && c.operation().path().matches("/[pq]"), () -> id + ": " + c.operation());
		}
		assertTrue(c.message().endsWith(".") && !c.message().matches("(?s).*\\{\\d\\}.*"), c.message()); // no placeholder left
		assertTrue(c.oldLocation().line() > 0 && c.newLocation().line() > 0, c::toString);
	}

	/**
	 * The pairs of the operation and schema rules again, as the callback of an operation and as webhooks: the same
	 * change must come out under the {@code callback.} or {@code webhook.} rule, with the catalogue's severity for
	 * reversed roles, attributed to the operation holding the callback (webhooks: to no operation).
	 */
	static Stream<Arguments> nestedRules() {
		List<Arguments> cases = new ArrayList<>();
		for (Rule rule : Rules.all()) {
			String id = rule.id();
			boolean callback = id.startsWith("callback.");
			if (!callback && !id.startsWith("webhook.")) {
				continue;
			}
			String base = id.substring(id.indexOf('.') + 1);
			String[] paths;
			if (base.equals("operation.added")) {
				// another method on the same item: a new item would be a new webhook
				String[] removed = OPERATIONS.get("operation.removed");
				paths = new String[] { removed[1], removed[0] };
			} else if (OPERATIONS.containsKey(base)) {
				paths = OPERATIONS.get(base);
			} else {
				String[] s = SCHEMAS.get(base.substring(base.indexOf('.') + 1));
				if (s == null) {
					continue; // reported by everyRuleHasATest
				}
				String fixed = "{type: string}";
				paths = base.startsWith("request.")
						? new String[] { exchangePaths(s[0], fixed), exchangePaths(s[1], fixed) }
						: new String[] { exchangePaths(fixed, s[0]), exchangePaths(fixed, s[1]) };
			}
			cases.add(callback ? Arguments.of(id, asCallback(paths[0]), asCallback(paths[1]))
					: Arguments.of(id, asWebhooks(paths[0]), asWebhooks(paths[1])));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nestedRules")
	void eachCallbackAndWebhookRule(String id, String oldYaml, String newYaml) throws Exception {
		Rule rule = Rules.get(id);
		DiffReport report = Diffs.diff(oldYaml, newYaml);
		assertEquals(1, report.changes().size(), () -> id + ": " + report.changes() + "\n" + newYaml);
		Change c = report.changes().get(0);
		assertEquals(id, c.ruleId());
		assertEquals(rule.kind(), c.kind(), id);
		assertEquals(rule.severity(), c.severity(), id);
		if (id.startsWith("callback.")) {
			assertEquals(new Operation("POST", "/subscribe"), c.operation(), id);
			assertTrue(c.message().startsWith("Callback 'onEvent' "), c.message());
		} else {
			assertNull(c.operation(), id);
			assertTrue(c.message().startsWith("Webhook '/p' "), c.message());
		}
		assertTrue(c.oldLocation().line() > 0 && c.newLocation().line() > 0, c::toString);
	}

	@Test
	void everyRuleHasATest() {
		List<String> missing = new ArrayList<>();
		for (Rule rule : Rules.all()) {
			String id = rule.id();
			if (id.startsWith("callback.") || id.startsWith("webhook.")) {
				id = id.substring(id.indexOf('.') + 1);
			}
			if (!OPERATIONS.containsKey(id) && !GLOBAL.containsKey(id) && !SCHEMAS.containsKey(id.substring(id.indexOf('.') + 1))) {
				missing.add(id);
			}
		}
		assertEquals(List.of(), missing);
	}

	@Test
	void sameSchemaChangeHasOppositeSeveritiesInRequestAndResponse() throws Exception {
		String narrow = "{type: string, enum: [a]}";
		String wide = "{type: string, enum: [a, b]}";
		DiffReport r = Diffs.diff(exchange(wide, wide), exchange(narrow, wide));
		assertEquals("request.enum.value.removed", r.changes().get(0).ruleId());
		assertEquals(dev.specsync.diff.ChangeSeverity.BREAKING, r.changes().get(0).severity());
		r = Diffs.diff(exchange(wide, wide), exchange(wide, narrow));
		assertEquals("response.enum.value.removed", r.changes().get(0).ruleId());
		assertEquals(dev.specsync.diff.ChangeSeverity.NON_BREAKING, r.changes().get(0).severity());
		assertEquals(new Operation("POST", "/p"), r.changes().get(0).operation());
	}
}
