package dev.specsync.openapi;

import java.util.Optional;
import java.util.regex.Pattern;

/** The OpenAPI (or Swagger) versions a root definition may declare and SpecSync understands. */
public enum OpenApiVersion {
	/** {@code swagger: "2.0"}. */
	SWAGGER_2_0("Swagger 2.0", Pattern.compile("2\\.0")), //$NON-NLS-1$ //$NON-NLS-2$
	/** {@code openapi: 3.0.x}. */
	OPENAPI_3_0("OpenAPI 3.0.x", Pattern.compile("3\\.0\\.\\d+(-[0-9A-Za-z.-]+)?")), //$NON-NLS-1$ //$NON-NLS-2$
	/** {@code openapi: 3.1.x}. */
	OPENAPI_3_1("OpenAPI 3.1.x", Pattern.compile("3\\.1\\.\\d+(-[0-9A-Za-z.-]+)?")); //$NON-NLS-1$ //$NON-NLS-2$

	private final String label;
	private final Pattern pattern;

	OpenApiVersion(String label, Pattern pattern) {
		this.label = label;
		this.pattern = pattern;
	}

	/**
	 * How users call this version.
	 *
	 * @return e.g. {@code OpenAPI 3.0.x}
	 */
	public String label() {
		return label;
	}

	/**
	 * Whether this is OpenAPI 3 (3.0 or 3.1), whose reusable parts live under {@code components}.
	 *
	 * @return {@code false} only for Swagger 2.0
	 */
	public boolean isOpenApi3() {
		return this != SWAGGER_2_0;
	}

	/**
	 * The version a root's {@code swagger} or {@code openapi} field declares.
	 *
	 * @param field {@code swagger} or {@code openapi}
	 * @param value the field's value as written, e.g. {@code 3.0.3}
	 * @return the version, or empty when the field and value name no supported version
	 */
	public static Optional<OpenApiVersion> of(String field, String value) {
		if ("swagger".equals(field)) { //$NON-NLS-1$
			return SWAGGER_2_0.pattern.matcher(value).matches() ? Optional.of(SWAGGER_2_0) : Optional.empty();
		}
		if ("openapi".equals(field)) { //$NON-NLS-1$
			for (OpenApiVersion v : new OpenApiVersion[] { OPENAPI_3_0, OPENAPI_3_1 }) {
				if (v.pattern.matcher(value).matches()) {
					return Optional.of(v);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The supported versions for a message, e.g. {@code Swagger 2.0, OpenAPI 3.0.x, OpenAPI 3.1.x}.
	 *
	 * @return the labels joined by commas
	 */
	public static String supported() {
		StringBuilder sb = new StringBuilder();
		for (OpenApiVersion v : values()) {
			sb.append(sb.isEmpty() ? "" : ", ").append(v.label); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return sb.toString();
	}
}
