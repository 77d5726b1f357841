package dev.specsync.openapi.internal;

import java.util.Set;

import dev.specsync.openapi.OpenApiVersion;

/**
 * What an OpenAPI object at some place of a definition is (a schema, a parameter, a path item, ...), as far as
 * bundling needs to know: where a shared copy of it may live. A value is the kind of the object, or of each
 * entry when {@link #mapOf} or {@link #listOf} is set. Immutable.
 *
 * @param kind the object's kind
 * @param mapOf the place holds a map of objects of that kind
 * @param listOf the place holds a list of objects of that kind
 */
record Slot(Kind kind, boolean mapOf, boolean listOf) {
	static final Slot DOCUMENT = one(Kind.DOCUMENT);
	static final Slot OTHER = one(Kind.OTHER);

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"trace"); //$NON-NLS-1$
	private static final Set<String> SUBSCHEMA = Set.of("items", "additionalProperties", "not", "contains", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "additionalItems", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"contentSchema"); //$NON-NLS-1$
	private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"definitions", "dependentSchemas"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	static Slot one(Kind kind) {
		return new Slot(kind, false, false);
	}

	static Slot map(Kind kind) {
		return new Slot(kind, true, false);
	}

	static Slot list(Kind kind) {
		return new Slot(kind, false, true);
	}

	/** The slot of a list item. */
	Slot item() {
		return listOf ? one(kind) : OTHER;
	}

	/** The slot of the value of member {@code key}. */
	Slot member(String key, OpenApiVersion version) {
		if (listOf) {
			return OTHER;
		}
		if (mapOf) {
			return key.startsWith("x-") && kind != Kind.SCHEMA ? OTHER : one(kind); //$NON-NLS-1$
		}
		boolean v2 = !version.isOpenApi3();
		return switch (kind) {
		case DOCUMENT -> switch (key) {
			case "paths", "webhooks" -> map(Kind.PATH_ITEM); //$NON-NLS-1$ //$NON-NLS-2$
			case "components" -> one(Kind.COMPONENTS); //$NON-NLS-1$
			case "definitions" -> map(Kind.SCHEMA); //$NON-NLS-1$
			case "parameters" -> map(Kind.PARAMETER); //$NON-NLS-1$
			case "responses" -> map(Kind.RESPONSE); //$NON-NLS-1$
			default -> OTHER;
		};
		case COMPONENTS -> {
			for (Kind k : Kind.values()) {
				if (key.equals(k.section(version))) {
					yield map(k);
				}
			}
			yield OTHER;
		}
		case PATH_ITEM -> METHODS.contains(key) ? one(Kind.OPERATION)
				: key.equals("parameters") ? list(Kind.PARAMETER) : OTHER; //$NON-NLS-1$
		case OPERATION -> switch (key) {
			case "parameters" -> list(Kind.PARAMETER); //$NON-NLS-1$
			case "requestBody" -> one(Kind.REQUEST_BODY); //$NON-NLS-1$
			case "responses" -> map(Kind.RESPONSE); //$NON-NLS-1$
			case "callbacks" -> map(Kind.CALLBACK); //$NON-NLS-1$
			default -> OTHER;
		};
		case CALLBACK -> key.startsWith("x-") ? OTHER : one(Kind.PATH_ITEM); //$NON-NLS-1$
		case RESPONSE -> switch (key) {
			case "schema" -> v2 ? one(Kind.SCHEMA) : OTHER; //$NON-NLS-1$
			case "content" -> map(Kind.MEDIA_TYPE); //$NON-NLS-1$
			case "headers" -> map(Kind.HEADER); //$NON-NLS-1$
			case "links" -> map(Kind.LINK); //$NON-NLS-1$
			default -> OTHER;
		};
		case PARAMETER, HEADER, MEDIA_TYPE -> switch (key) {
			case "schema" -> one(Kind.SCHEMA); //$NON-NLS-1$
			case "content" -> map(Kind.MEDIA_TYPE); //$NON-NLS-1$
			case "examples" -> map(Kind.EXAMPLE); //$NON-NLS-1$
			default -> OTHER;
		};
		case REQUEST_BODY -> key.equals("content") ? map(Kind.MEDIA_TYPE) : OTHER; //$NON-NLS-1$
		case SCHEMA -> SUBSCHEMA.contains(key) ? one(Kind.SCHEMA)
				: SCHEMA_MAPS.contains(key) ? map(Kind.SCHEMA)
				: SCHEMA_LISTS.contains(key) ? list(Kind.SCHEMA) : OTHER;
		default -> OTHER;
		};
	}

	/** Kinds of OpenAPI objects. */
	enum Kind {
		DOCUMENT(null, null), COMPONENTS(null, null), PATH_ITEM("pathItems", null), OPERATION(null, null), //$NON-NLS-1$
		PARAMETER("parameters", "parameters"), REQUEST_BODY("requestBodies", null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		RESPONSE("responses", "responses"), MEDIA_TYPE(null, null), HEADER("headers", null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		EXAMPLE("examples", null), LINK("links", null), CALLBACK("callbacks", null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SECURITY_SCHEME("securitySchemes", null), SCHEMA("schemas", "definitions"), OTHER(null, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		private final String v3;
		private final String v2;

		Kind(String v3, String v2) {
			this.v3 = v3;
			this.v2 = v2;
		}

		/**
		 * The name of the section where shared objects of this kind live: under {@code components} in OpenAPI 3,
		 * at the top level in Swagger 2.0; {@code null} when there is none and references must be inlined.
		 */
		String section(OpenApiVersion version) {
			if (!version.isOpenApi3()) {
				return v2;
			}
			return this == PATH_ITEM && version != OpenApiVersion.OPENAPI_3_1 ? null : v3;
		}
	}
}
