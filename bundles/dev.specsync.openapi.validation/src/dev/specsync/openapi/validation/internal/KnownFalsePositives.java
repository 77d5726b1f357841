package dev.specsync.openapi.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.openapi.ApiFile;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.OpenApiVersion;
import dev.specsync.openapi.RefTarget;
import dev.specsync.openapi.validation.internal.Locator.Place;
import dev.specsync.openapi.validation.internal.PathTokens.Token;
import dev.specsync.openapi.validation.internal.PathTokens.Type;

/**
 * Messages of swagger-parser 2.1 that contradict the specification, found on the corpus, and dropped:
 * <ul>
 * <li>{@code responses} reported missing from an OpenAPI 3.1 operation: 3.1 made it optional;</li>
 * <li>{@code There are duplicate parameter values} for a list whose parameters are {@code $ref}s to
 * {@code components}: swagger-parser reads {@code paths} before {@code components} and so compares unresolved
 * references. The list is checked here instead, with the references resolved, and the message kept only
 * when two parameters really share name and location.</li>
 * </ul>
 */
final class KnownFalsePositives {
	private KnownFalsePositives() {
	}

	static boolean matches(SwaggerMessage m, Place place, ApiFileSet set, OpenApiVersion version) {
		if (m.kind() == SwaggerMessage.Kind.MISSING && version == OpenApiVersion.OPENAPI_3_1) {
			List<Token> tokens = PathTokens.split(m.path());
			int n = tokens.size();
			return n >= 2 && tokens.get(n - 1).text().equals("responses") //$NON-NLS-1$
					&& tokens.get(n - 2).type() == Type.METHOD;
		}
		if (m.kind() == SwaggerMessage.Kind.OTHER && m.detail().startsWith("There are duplicate parameter values") //$NON-NLS-1$
				&& place.complete() && Nodes.resolveAlias(place.node()) instanceof SequenceNode s) {
			return !hasDuplicates(set, place.nodeFile(), s);
		}
		return false;
	}

	private static boolean hasDuplicates(ApiFileSet set, ApiFile file, SequenceNode parameters) {
		Set<String> seen = new HashSet<>();
		for (Node item : parameters.items()) {
			ApiFile f = file;
			Node n = Nodes.resolveAlias(item);
			for (int hop = 0; hop < 64 && n instanceof MappingNode m && m.get("$ref") instanceof ScalarNode ref; hop++) { //$NON-NLS-1$
				RefTarget t = set.resolve(f, ref.value()).orElse(null);
				if (t == null) {
					return true; // cannot tell: keep swagger-parser's message
				}
				f = t.file();
				n = Nodes.resolveAlias(t.node());
			}
			if (n instanceof MappingNode m && !seen.add(text(m.get("name")) + '#' + text(m.get("in")))) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	private static String text(Node node) {
		return Nodes.resolveAlias(node) instanceof ScalarNode s ? s.value() : null;
	}
}
