package dev.specsync.openapi.validation.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.specsync.openapi.OpenApiVersion;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.util.OpenAPIDeserializer;

/**
 * The calls into swagger-parser. Swagger 2.0 goes to the 2.0 deserializer that swagger-parser's v2 converter
 * runs before converting (its messages name 2.0 paths, which exist in the document; the converted 3.0 model's
 * would not), OpenAPI 3.0 and 3.1 to the 3.x deserializer. Neither resolves references: the tree is
 * already composed, and nothing is read or fetched.
 */
final class SwaggerRun {
	private SwaggerRun() {
	}

	/**
	 * Validates a composed tree.
	 *
	 * @param version the version the root declares
	 * @param tree the composed tree
	 * @return swagger-parser's messages, never {@code null}
	 */
	static List<String> messages(OpenApiVersion version, JsonNode tree) {
		List<String> messages;
		if (version == OpenApiVersion.SWAGGER_2_0) {
			messages = new SwaggerDeserializer().deserialize(tree).getMessages();
		} else {
			ParseOptions options = new ParseOptions();
			options.setResolve(false);
			options.setValidateInternalRefs(false); // ApiFileSet checks references, with positions
			options.setValidateExternalRefs(false);
			// the three-argument deserialize drops the options; this one keeps them
			messages = new OpenAPIDeserializer().deserialize(tree, null, options, false).getMessages();
		}
		return messages == null ? List.of() : messages;
	}
}
