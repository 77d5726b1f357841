package dev.specsync.merge.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.specsync.document.DocumentException;
import dev.specsync.document.JsonPointer;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.SourceDocument;

/**
 * Finds {@code $ref}s that lead nowhere: internal ones ({@code #/...}) are resolved in the document itself,
 * relative file ones in the files next to it when its folder is known. Remote references are not followed. Not
 * thread-safe: one instance per check.
 */
final class RefCheck {
	private final Node root;
	private final Path folder;
	private final Map<String, Boolean> resolved = new HashMap<>();
	private final Map<Path, Node> files = new HashMap<>();

	RefCheck(Node root, Path folder) {
		this.root = root;
		this.folder = folder;
	}

	/** Every dangling reference: pointer of the {@code $ref} value to the reference text, in document order. */
	Map<String, String> dangling() {
		Map<String, String> out = new LinkedHashMap<>();
		walk(root, new ArrayList<>(), out, 0);
		return out;
	}

	private void walk(Node node, List<String> path, Map<String, String> out, int depth) {
		Node n = Nodes.resolveAlias(node);
		if (depth > 2000) {
			return;
		}
		if (n instanceof MappingNode m) {
			for (int i = 0; i < m.size(); i++) {
				String k = m.keyText(i);
				if (k == null) {
					continue;
				}
				Node v = Nodes.resolveAlias(m.value(i));
				path.add(k);
				if ("$ref".equals(k) && v instanceof ScalarNode s) { //$NON-NLS-1$
					if (!resolves(s.value())) {
						out.put(Emitter.pointer(path), s.value());
					}
				} else if (!(v instanceof ScalarNode)) {
					walk(v, path, out, depth + 1);
				}
				path.remove(path.size() - 1);
			}
		} else if (n instanceof SequenceNode s) {
			for (int i = 0; i < s.size(); i++) {
				Node v = s.get(i);
				if (!(v instanceof ScalarNode)) {
					path.add(Integer.toString(i));
					walk(v, path, out, depth + 1);
					path.remove(path.size() - 1);
				}
			}
		}
	}

	boolean resolves(String ref) {
		return resolved.computeIfAbsent(ref, r -> Boolean.valueOf(check(r))).booleanValue();
	}

	private boolean check(String ref) {
		int hash = ref.indexOf('#');
		String file = hash < 0 ? ref : ref.substring(0, hash);
		String fragment = hash < 0 ? "" : decode(ref.substring(hash + 1)); //$NON-NLS-1$
		if (file.contains("://") || file.startsWith("//")) { //$NON-NLS-1$ //$NON-NLS-2$
			return true;
		}
		Node target = root;
		if (!file.isEmpty()) {
			if (folder == null) {
				return true;
			}
			target = load(decode(file));
			if (target == null) {
				return false;
			}
		}
		if (fragment.isEmpty()) {
			return true;
		}
		try {
			return JsonPointer.parse(fragment).resolve(target) != null;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private Node load(String file) {
		try {
			Path p = folder.resolve(file).normalize();
			if (files.containsKey(p)) {
				return files.get(p);
			}
			Node n = null;
			if (Files.isRegularFile(p)) {
				try {
					n = SourceDocument.load(p).root();
				} catch (DocumentException | IOException e) {
					n = null;
				}
			}
			files.put(p, n);
			return n;
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** Percent-decoding of a URI part ({@code %7B} to <code>{</code>); {@code +} stays. */
	static String decode(String s) {
		if (s.indexOf('%') < 0) {
			return s;
		}
		byte[] in = s.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		for (int i = 0; i < in.length; i++) {
			if (in[i] == '%' && i + 2 < in.length && Character.digit(in[i + 1], 16) >= 0
					&& Character.digit(in[i + 2], 16) >= 0) {
				out.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
				i += 2;
			} else {
				out.write(in[i]);
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}
}
