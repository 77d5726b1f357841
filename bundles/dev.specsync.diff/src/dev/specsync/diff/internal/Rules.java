package dev.specsync.diff.internal;

import static dev.specsync.diff.ChangeKind.ADDED;
import static dev.specsync.diff.ChangeKind.CHANGED;
import static dev.specsync.diff.ChangeKind.REMOVED;
import static dev.specsync.diff.ChangeSeverity.BREAKING;
import static dev.specsync.diff.ChangeSeverity.DOCUMENTATION;
import static dev.specsync.diff.ChangeSeverity.NON_BREAKING;
import static dev.specsync.diff.ChangeSeverity.POTENTIALLY_BREAKING;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import dev.specsync.diff.ChangeKind;
import dev.specsync.diff.ChangeSeverity;

/**
 * The rule catalogue. Schema rules are one matrix: every schema aspect (type, enum, bounds, properties...) is
 * registered for both directions with its severity in each, so the comparison itself never decides severities.
 * The sentences are in {@code rules.properties}, keyed by the id without its direction for schema rules.
 */
final class Rules {

	/** Lower bounds: raising one narrows the allowed values. */
	static final List<String> LOWER_BOUNDS = List.of("minimum", "minLength", "minItems", "minProperties", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"exclusiveMinimum", "minContains"); //$NON-NLS-1$ //$NON-NLS-2$
	/** Upper bounds: lowering one narrows the allowed values. */
	static final List<String> UPPER_BOUNDS = List.of("maximum", "maxLength", "maxItems", "maxProperties", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"exclusiveMaximum", "maxContains"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final Map<String, Rule> RULES = new LinkedHashMap<>();
	private static final Set<String> SCHEMA_RULES = new HashSet<>();
	private static final Properties SENTENCES = load();
	/**
	 * Severities of operation rules where the API sends the request (callbacks, webhooks) and its client answers;
	 * rules not listed keep their severity. Schema rules take the severity of the other direction instead.
	 */
	private static final Map<String, ChangeSeverity> REVERSED = Map.ofEntries(
			Map.entry("operation.added", POTENTIALLY_BREAKING), //$NON-NLS-1$
			Map.entry("request.parameter.added", NON_BREAKING), //$NON-NLS-1$
			Map.entry("request.parameter.required.added", NON_BREAKING), //$NON-NLS-1$
			Map.entry("request.parameter.became-required", NON_BREAKING), //$NON-NLS-1$
			Map.entry("request.parameter.became-optional", BREAKING), //$NON-NLS-1$
			Map.entry("request.body.added", NON_BREAKING), //$NON-NLS-1$
			Map.entry("request.body.required.added", NON_BREAKING), //$NON-NLS-1$
			Map.entry("request.body.removed", BREAKING), //$NON-NLS-1$
			Map.entry("request.body.became-required", NON_BREAKING), //$NON-NLS-1$
			Map.entry("request.body.became-optional", BREAKING), //$NON-NLS-1$
			Map.entry("request.media-type.added", POTENTIALLY_BREAKING), //$NON-NLS-1$
			Map.entry("request.media-type.removed", NON_BREAKING), //$NON-NLS-1$
			Map.entry("response.header.removed", NON_BREAKING), //$NON-NLS-1$
			Map.entry("response.header.required.removed", NON_BREAKING), //$NON-NLS-1$
			Map.entry("response.header.became-optional", NON_BREAKING), //$NON-NLS-1$
			Map.entry("response.header.became-required", BREAKING), //$NON-NLS-1$
			Map.entry("operation.security.added", NON_BREAKING), //$NON-NLS-1$
			Map.entry("operation.security.removed", BREAKING), //$NON-NLS-1$
			Map.entry("operation.security.alternative.added", POTENTIALLY_BREAKING), //$NON-NLS-1$
			Map.entry("operation.security.alternative.removed", NON_BREAKING), //$NON-NLS-1$
			Map.entry("operation.security.scope.added", NON_BREAKING), //$NON-NLS-1$
			Map.entry("operation.security.scope.removed", POTENTIALLY_BREAKING), //$NON-NLS-1$
			Map.entry("request.parameter.allow-reserved.added", BREAKING), //$NON-NLS-1$
			Map.entry("request.parameter.allow-reserved.removed", NON_BREAKING), //$NON-NLS-1$
			Map.entry("request.parameter.allow-empty-value.added", BREAKING), //$NON-NLS-1$
			Map.entry("request.parameter.allow-empty-value.removed", NON_BREAKING)); //$NON-NLS-1$

	static {
		op("operation.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("operation.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("operation.deprecated", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("operation.id.changed", CHANGED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("operation.description.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		op("request.parameter.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("request.parameter.required.added", ADDED, BREAKING); //$NON-NLS-1$
		op("request.parameter.removed", REMOVED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("request.parameter.became-required", CHANGED, BREAKING); //$NON-NLS-1$
		op("request.parameter.became-optional", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("request.body.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("request.body.required.added", ADDED, BREAKING); //$NON-NLS-1$
		op("request.body.removed", REMOVED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("request.body.became-required", CHANGED, BREAKING); //$NON-NLS-1$
		op("request.body.became-optional", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("request.media-type.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("request.media-type.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("response.status.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("response.success-status.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("response.non-success-status.removed", REMOVED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("response.media-type.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("response.media-type.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("response.header.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("response.header.removed", REMOVED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("operation.undeprecated", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("operation.tags.changed", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("operation.extension.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("operation.extension.removed", REMOVED, NON_BREAKING); //$NON-NLS-1$
		op("operation.extension.changed", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("operation.security.added", ADDED, BREAKING); //$NON-NLS-1$
		op("operation.security.removed", REMOVED, NON_BREAKING); //$NON-NLS-1$
		op("operation.security.alternative.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("operation.security.alternative.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("operation.security.scope.added", ADDED, BREAKING); //$NON-NLS-1$
		op("operation.security.scope.removed", REMOVED, NON_BREAKING); //$NON-NLS-1$
		op("request.parameter.deprecated", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("request.parameter.description.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		op("request.media-type.example.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		op("response.media-type.example.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		op("response.status.description.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		op("response.header.required.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("response.header.became-optional", CHANGED, BREAKING); //$NON-NLS-1$
		op("response.header.became-required", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("response.link.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("response.link.removed", REMOVED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("response.link.changed", CHANGED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("response.link.description.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		op("operation.server.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("operation.server.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("operation.server.changed", CHANGED, BREAKING); //$NON-NLS-1$
		op("operation.server.variables.changed", CHANGED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("operation.server.description.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		// How a parameter is serialised: a client keeps sending the old spelling.
		op("request.parameter.style.changed", CHANGED, BREAKING); //$NON-NLS-1$
		op("request.parameter.explode.changed", CHANGED, BREAKING); //$NON-NLS-1$
		op("request.parameter.allow-reserved.added", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("request.parameter.allow-reserved.removed", CHANGED, BREAKING); //$NON-NLS-1$
		op("request.parameter.allow-empty-value.added", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("request.parameter.allow-empty-value.removed", CHANGED, BREAKING); //$NON-NLS-1$
		op("response.header.description.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		op("response.header.deprecated", CHANGED, NON_BREAKING); //$NON-NLS-1$
		op("response.header.undeprecated", CHANGED, NON_BREAKING); //$NON-NLS-1$

		// Outside operations: the API as a whole (reported with no operation).
		op("api.server.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("api.server.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("api.server.changed", CHANGED, BREAKING); //$NON-NLS-1$
		op("api.server.variables.changed", CHANGED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("api.security-scheme.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("api.security-scheme.removed", REMOVED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("api.security-scheme.changed", CHANGED, BREAKING); //$NON-NLS-1$
		op("api.server.description.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		// OAuth 2 flows of a scheme whose type and everything else stayed: told apart instead of "the scheme changed".
		op("api.security-scheme.oauth-flow.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("api.security-scheme.oauth-flow.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("api.security-scheme.token-url.changed", CHANGED, BREAKING); //$NON-NLS-1$
		op("api.security-scheme.authorization-url.changed", CHANGED, BREAKING); //$NON-NLS-1$
		op("api.security-scheme.refresh-url.changed", CHANGED, POTENTIALLY_BREAKING); //$NON-NLS-1$
		op("api.security-scheme.scope.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("api.security-scheme.scope.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("api.tag.added", ADDED, DOCUMENTATION); //$NON-NLS-1$
		op("api.tag.removed", REMOVED, DOCUMENTATION); //$NON-NLS-1$
		op("api.tag.description.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		op("api.info.changed", CHANGED, DOCUMENTATION); //$NON-NLS-1$
		op("api.extension.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("api.extension.removed", REMOVED, NON_BREAKING); //$NON-NLS-1$
		op("api.extension.changed", CHANGED, NON_BREAKING); //$NON-NLS-1$

		// The schema matrix: aspect, kind, severity in a request, severity in a response.
		schema("type.changed", CHANGED, BREAKING, BREAKING); //$NON-NLS-1$
		schema("type.widened", CHANGED, NON_BREAKING, BREAKING); //$NON-NLS-1$
		schema("type.narrowed", CHANGED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("format.added", ADDED, POTENTIALLY_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("format.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("format.changed", CHANGED, POTENTIALLY_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("enum.value.added", ADDED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("enum.value.removed", REMOVED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("enum.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("enum.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("nullable.added", ADDED, NON_BREAKING, BREAKING); //$NON-NLS-1$
		schema("nullable.removed", REMOVED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("pattern.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("pattern.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("pattern.changed", CHANGED, POTENTIALLY_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		for (String bound : LOWER_BOUNDS) {
			bound(bound, "increased", "decreased"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (String bound : UPPER_BOUNDS) {
			bound(bound, "decreased", "increased"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		schema("additionalProperties.narrowed", CHANGED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("additionalProperties.widened", CHANGED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("oneOf.added", ADDED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("oneOf.removed", REMOVED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("anyOf.added", ADDED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("anyOf.removed", REMOVED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("property.added", ADDED, NON_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("property.required.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("property.removed", REMOVED, POTENTIALLY_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("property.required.removed", REMOVED, POTENTIALLY_BREAKING, BREAKING); //$NON-NLS-1$
		schema("property.became-required", CHANGED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("property.became-optional", CHANGED, NON_BREAKING, BREAKING); //$NON-NLS-1$
		schema("description.changed", CHANGED, DOCUMENTATION, DOCUMENTATION); //$NON-NLS-1$
		schema("deprecated.added", CHANGED, NON_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("deprecated.removed", CHANGED, NON_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("example.changed", CHANGED, DOCUMENTATION, DOCUMENTATION); //$NON-NLS-1$
		schema("default.added", ADDED, POTENTIALLY_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("default.removed", REMOVED, POTENTIALLY_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("default.changed", CHANGED, POTENTIALLY_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("extension.added", ADDED, NON_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("extension.removed", REMOVED, NON_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("extension.changed", CHANGED, NON_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("discriminator.added", ADDED, POTENTIALLY_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("discriminator.removed", REMOVED, POTENTIALLY_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("discriminator.property.changed", CHANGED, BREAKING, BREAKING); //$NON-NLS-1$
		schema("discriminator.mapping.added", ADDED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("discriminator.mapping.removed", REMOVED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("discriminator.mapping.changed", CHANGED, BREAKING, BREAKING); //$NON-NLS-1$
		schema("multipleOf.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("multipleOf.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("multipleOf.narrowed", CHANGED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("multipleOf.widened", CHANGED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("multipleOf.changed", CHANGED, BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("uniqueItems.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("uniqueItems.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("const.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("const.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("const.changed", CHANGED, BREAKING, BREAKING); //$NON-NLS-1$
		schema("property.became-read-only", CHANGED, POTENTIALLY_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("property.became-not-read-only", CHANGED, NON_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("property.required.became-not-read-only", CHANGED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("property.became-write-only", CHANGED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("property.required.became-write-only", CHANGED, NON_BREAKING, BREAKING); //$NON-NLS-1$
		schema("property.became-not-write-only", CHANGED, NON_BREAKING, NON_BREAKING); //$NON-NLS-1$
		// A whole request or response body (or parameter, header) flagged readOnly or writeOnly.
		schema("body.became-read-only", CHANGED, POTENTIALLY_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("body.became-not-read-only", CHANGED, NON_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("body.became-write-only", CHANGED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("body.became-not-write-only", CHANGED, NON_BREAKING, NON_BREAKING); //$NON-NLS-1$
		// JSON Schema 2020-12 (OpenAPI 3.1): a keyword added constrains values (narrows), removed frees them.
		schema("not.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("not.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("not.changed", CHANGED, POTENTIALLY_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("prefixItems.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("prefixItems.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("contains.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("contains.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("conditional.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("conditional.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("conditional.if.changed", CHANGED, POTENTIALLY_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("conditional.branch.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("conditional.branch.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("dependentRequired.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("dependentRequired.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("dependentSchemas.added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("dependentSchemas.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema("patternProperties.added", ADDED, POTENTIALLY_BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema("patternProperties.removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$

		// Callbacks and webhooks: operations the API sends, so every operation and schema rule exists again with
		// the roles reversed (the API is the client, the API's client is the server).
		for (Rule rule : List.copyOf(RULES.values())) {
			if (rule.direction() != Direction.API && !rule.id().startsWith("operation.server.")) { //$NON-NLS-1$
				ChangeSeverity severity = reversed(rule);
				add(new Rule("callback." + rule.id(), rule.kind(), severity, rule.direction(), rule.template())); //$NON-NLS-1$
				add(new Rule("webhook." + rule.id(), rule.kind(), severity, rule.direction(), rule.template())); //$NON-NLS-1$
			}
		}
		op("operation.callback.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("operation.callback.removed", REMOVED, BREAKING); //$NON-NLS-1$
		op("api.webhook.added", ADDED, NON_BREAKING); //$NON-NLS-1$
		op("api.webhook.removed", REMOVED, BREAKING); //$NON-NLS-1$
	}

	private Rules() {
	}

	/**
	 * A rule by id.
	 *
	 * @param id the full id
	 * @return the rule
	 * @throws IllegalArgumentException when there is no such rule (a programming error)
	 */
	static Rule get(String id) {
		Rule rule = RULES.get(id);
		if (rule == null) {
			throw new IllegalArgumentException("no rule " + id); //$NON-NLS-1$
		}
		return rule;
	}

	/**
	 * A schema rule in a direction.
	 *
	 * @param direction request or response
	 * @param aspect the id without its direction, for example {@code enum.value.added}
	 * @return the rule
	 */
	static Rule schema(Direction direction, String aspect) {
		return get(direction.prefix + '.' + aspect);
	}

	/**
	 * All rules in catalogue order.
	 *
	 * @return the rules, unmodifiable
	 */
	static Collection<Rule> all() {
		return Collections.unmodifiableCollection(RULES.values());
	}


	private static ChangeSeverity reversed(Rule rule) {
		String id = rule.id();
		if (SCHEMA_RULES.contains(id)) {
			String other = id.startsWith("request.") ? "response." + id.substring(8) : "request." + id.substring(9); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return RULES.get(other).severity();
		}
		return REVERSED.getOrDefault(id, rule.severity());
	}

	private static void bound(String keyword, String narrowing, String widening) {
		schema(keyword + ".added", ADDED, BREAKING, NON_BREAKING); //$NON-NLS-1$
		schema(keyword + ".removed", REMOVED, NON_BREAKING, POTENTIALLY_BREAKING); //$NON-NLS-1$
		schema(keyword + '.' + narrowing, CHANGED, BREAKING, NON_BREAKING);
		schema(keyword + '.' + widening, CHANGED, NON_BREAKING, POTENTIALLY_BREAKING);
	}

	private static void op(String id, ChangeKind kind, ChangeSeverity severity) {
		Direction direction = id.startsWith("request.") ? Direction.REQUEST //$NON-NLS-1$
				: id.startsWith("response.") ? Direction.RESPONSE //$NON-NLS-1$
						: id.startsWith("api.") ? Direction.API : Direction.NONE; //$NON-NLS-1$
		add(new Rule(id, kind, severity, direction, sentence(id)));
	}

	private static void schema(String aspect, ChangeKind kind, ChangeSeverity request, ChangeSeverity response) {
		String key = aspect.replaceFirst("^(minimum|maximum|min\\w+|max\\w+|exclusiveM\\w+)\\.", "bound."); //$NON-NLS-1$ //$NON-NLS-2$
		String template = sentence("schema." + key); //$NON-NLS-1$
		add(new Rule(Direction.REQUEST.prefix + '.' + aspect, kind, request, Direction.REQUEST, template));
		add(new Rule(Direction.RESPONSE.prefix + '.' + aspect, kind, response, Direction.RESPONSE, template));
		SCHEMA_RULES.add(Direction.REQUEST.prefix + '.' + aspect);
		SCHEMA_RULES.add(Direction.RESPONSE.prefix + '.' + aspect);
	}

	private static void add(Rule rule) {
		if (RULES.putIfAbsent(rule.id(), rule) != null) {
			throw new IllegalStateException("duplicate rule " + rule.id()); //$NON-NLS-1$
		}
	}

	private static String sentence(String key) {
		String s = SENTENCES.getProperty(key);
		if (s == null) {
			throw new IllegalStateException("no sentence for " + key); //$NON-NLS-1$
		}
		return s;
	}

	private static Properties load() {
		Properties p = new Properties();
		try (InputStream in = Rules.class.getResourceAsStream("rules.properties")) { //$NON-NLS-1$
			if (in == null) {
				throw new IllegalStateException("rules.properties is missing"); //$NON-NLS-1$
			}
			p.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}
}
