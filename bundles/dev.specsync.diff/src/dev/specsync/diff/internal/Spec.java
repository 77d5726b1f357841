package dev.specsync.diff.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import dev.specsync.diff.DiffException;
import dev.specsync.diff.Location;
import dev.specsync.document.JsonPointer;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.Position;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.SourceDocument;

/**
 * One version of an OpenAPI description with the helpers the comparison needs: child lookup, internal
 * {@code $ref} resolution and positions. Swagger 2.0 and OpenAPI 3.x are both read; {@link Operations} turns
 * either into the same operation model.
 */
final class Spec {

	private static final int MAX_REF_HOPS = 64;

	final SourceDocument document;
	final MappingNode root;
	final boolean swagger2;

	Spec(SourceDocument document) throws DiffException {
		this.document = document;
		Node r = Nodes.resolveAlias(document.root());
		if (!(r instanceof MappingNode m) || (m.get("openapi") == null && m.get("swagger") == null)) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new DiffException(NLS.bind(Messages.Diff_notOpenApi, document.path()));
		}
		this.root = m;
		this.swagger2 = m.get("openapi") == null; //$NON-NLS-1$
	}

	/** The child of a mapping, aliases resolved, or null (also when {@code at} is not a mapping). */
	static At child(At at, String key) {
		if (at != null && at.node() instanceof MappingNode m) {
			Node v = m.get(key);
			if (v != null) {
				return new At(Nodes.resolveAlias(v), at.pointer().append(key));
			}
		}
		return null;
	}

	/** The entries of a mapping child in source order (first of duplicate keys), empty when there is none. */
	static Map<String, At> entries(At at) {
		Map<String, At> out = new LinkedHashMap<>();
		if (at != null && at.node() instanceof MappingNode m) {
			for (int i = 0; i < m.size(); i++) {
				String k = m.keyText(i);
				if (k != null) {
					out.putIfAbsent(k, new At(Nodes.resolveAlias(m.value(i)), at.pointer().append(k)));
				}
			}
		}
		return out;
	}

	/** The items of a sequence, empty when {@code at} is not one. */
	static List<At> items(At at) {
		List<At> out = new ArrayList<>();
		if (at != null && at.node() instanceof SequenceNode s) {
			for (int i = 0; i < s.size(); i++) {
				out.add(new At(Nodes.resolveAlias(s.get(i)), at.pointer().append(Integer.toString(i))));
			}
		}
		return out;
	}

	/** A scalar child's text, or null. */
	static String text(At at, String key) {
		At c = child(at, key);
		return c != null && c.node() instanceof ScalarNode s && s.toJava() != null ? s.value() : null;
	}

	/** A boolean child, {@code false} when absent. */
	static boolean flag(At at, String key) {
		At c = child(at, key);
		return c != null && c.node() instanceof ScalarNode s && Boolean.TRUE.equals(s.toJava());
	}

	/** The internal reference of a node ({@code "#/..."} value of {@code $ref}), or null. */
	static String ref(At at) {
		String r = text(at, "$ref"); //$NON-NLS-1$
		return r != null && r.startsWith("#") ? r : null; //$NON-NLS-1$
	}

	/**
	 * Follows internal {@code $ref}s until a node that is not one; an unresolvable or looping reference stays as
	 * it is.
	 */
	At deref(At at) {
		At current = at;
		for (int hops = 0; current != null && hops < MAX_REF_HOPS; hops++) {
			String r = ref(current);
			if (r == null) {
				return current;
			}
			JsonPointer target;
			try {
				target = JsonPointer.parse(r.substring(1));
			} catch (IllegalArgumentException e) {
				return current;
			}
			Node n = target.resolve(root);
			if (n == null) {
				return current;
			}
			current = new At(Nodes.resolveAlias(n), target);
		}
		return current;
	}

	/** The root as an {@link At}. */
	At rootAt() {
		return new At(root, JsonPointer.ROOT);
	}

	/** Where a node is, for the report. */
	Location location(At at) {
		Position p = document.start(at.node());
		return new Location(at.pointer().toString(), p.line(), p.column());
	}

	/** Media types as the comparison matches them: lower case, without parameters' spacing. */
	static String mediaType(String raw) {
		return raw.toLowerCase(Locale.ROOT).replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
