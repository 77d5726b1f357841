package dev.specsync.openapi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import dev.specsync.document.Diagnostic;

/**
 * Checks an API against the OpenAPI (or Swagger 2.0) specification of the version its root declares: required
 * fields, value types, unknown fields, repeated operation ids and the like, which {@link ApiFileSet} does not
 * check. An OSGi service; the default one (bundle {@code dev.specsync.openapi.validation}) wraps swagger-parser
 * and is a delayed component, so that its libraries are loaded only when a caller first obtains it. Callers
 * that do not need schema validation should not obtain it, and must work without it: the bundle is optional.
 * <p>
 * Implementations are thread-safe and never throw for bad input: what they cannot check is a diagnostic too.
 */
@ConsumerType
public interface SchemaValidator {

	/**
	 * Validates the API a file set holds, following its file references as if the referenced parts were
	 * written in place.
	 *
	 * @param set a loaded file set whose root declares a supported version; a set without a
	 *        {@linkplain ApiFileSet#version() version} gives no diagnostics
	 * @return the problems found, each positioned in the file that holds the offending node ({@code path} is
	 *         the file's {@linkplain ApiFile#label() label}), in document order per kind; empty when the API
	 *         is valid
	 */
	List<Diagnostic> validate(ApiFileSet set);
}
