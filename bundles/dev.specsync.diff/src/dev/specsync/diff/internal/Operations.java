package dev.specsync.diff.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of one version in a form that does not depend on the OpenAPI version: Swagger 2.0 body and
 * form parameters, {@code consumes} and {@code produces} become request bodies and media types as in 3.x.
 * Operations are keyed by method and path template with the parameter names left out, so {@code /users/{id}}
 * and {@code /users/{userId}} are one endpoint; path parameters are keyed by their position in the template.
 */
final class Operations {

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"trace"); //$NON-NLS-1$
	private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}]*)\\}"); //$NON-NLS-1$
	private static final String JSON = "application/json"; //$NON-NLS-1$

	/** A parameter: {@code schema} is the 3.x schema, or for 2.0 the parameter itself, which holds the type. */
	record Parameter(String name, String in, At at, boolean required, At schema) {
		String label() {
			return "parameter '" + name + "' in " + in; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A request body; a media type maps to its schema or to null when it has none. */
	record Body(At at, boolean required, Map<String, At> content, Map<String, String> examples) {
	}

	/** A response: media types to schemas (or null), header names in lower case to header schemas. */
	record Response(At at, Map<String, At> content, Map<String, At> headers, Map<String, String> examples) {
	}

	/** One operation of one version. */
	static final class Op {
		private final Spec spec;
		private final String method;
		private final String path;
		private final At at;
		private final At item;
		private final List<String> template;
		private final List<String> globalConsumes;
		private final List<String> globalProduces;
		private Map<String, Parameter> parameters;
		private Body body;
		private Map<String, Response> responses;

		Op(Spec spec, String method, String path, At at, At item, List<String> template, List<String> globalConsumes,
				List<String> globalProduces) {
			this.spec = spec;
			this.method = method;
			this.path = path;
			this.at = at;
			this.item = item;
			this.template = template;
			this.globalConsumes = globalConsumes;
			this.globalProduces = globalProduces;
		}

		/** The method in upper case. */
		String method() {
			return method;
		}

		/** The path template as written. */
		String path() {
			return path;
		}

		/** The operation object. */
		At at() {
			return at;
		}

		/** The path item holding it (its {@code $ref} followed). */
		At item() {
			return item;
		}

		/** Parameters by key (see {@link Operations}), path-level ones included. */
		Map<String, Parameter> parameters() {
			read();
			return parameters;
		}

		/** The request body, or null. */
		Body body() {
			read();
			return body;
		}

		/** Responses by status in upper case. */
		Map<String, Response> responses() {
			read();
			return responses;
		}

		/** Reads parameters, body and responses on first use: an unchanged operation never needs them. */
		private void read() {
			if (responses != null) {
				return;
			}
			At op = at;
			Map<String, Parameter> parameters = new LinkedHashMap<>();
			Body body = null;
			List<At> declared = new ArrayList<>(Spec.items(Spec.child(item, "parameters"))); //$NON-NLS-1$
			declared.addAll(Spec.items(Spec.child(op, "parameters"))); //$NON-NLS-1$
			List<String> consumes = strings(Spec.child(op, "consumes")); //$NON-NLS-1$
			if (consumes.isEmpty()) {
				consumes = globalConsumes.isEmpty() ? List.of(JSON) : globalConsumes;
			}
			for (At p : declared) {
				At param = spec.deref(p);
				String name = Spec.text(param, "name"); //$NON-NLS-1$
				String in = Spec.text(param, "in"); //$NON-NLS-1$
				if (name == null || in == null) {
					continue;
				}
				boolean required = Spec.flag(param, "required"); //$NON-NLS-1$
				if ("body".equals(in)) { //$NON-NLS-1$
					Map<String, At> content = new LinkedHashMap<>();
					for (String type : consumes) {
						content.put(Spec.mediaType(type), Spec.child(param, "schema")); //$NON-NLS-1$
					}
					body = new Body(param, required, content, Map.of());
					continue;
				}
				String key;
				if ("path".equals(in) && template.contains(name)) { //$NON-NLS-1$
					key = "path#" + template.indexOf(name); //$NON-NLS-1$
				} else if ("header".equals(in)) { //$NON-NLS-1$
					key = in + ':' + name.toLowerCase(Locale.ROOT);
				} else {
					key = in + ':' + name;
				}
				At schema = spec.swagger2 ? param : schemaOfParameter(param);
				parameters.put(key, new Parameter(name, in, param, required || "path".equals(in), schema)); //$NON-NLS-1$
			}
			if (!spec.swagger2) {
				At rb = spec.deref(Spec.child(op, "requestBody")); //$NON-NLS-1$
				if (rb != null) {
					body = new Body(rb, Spec.flag(rb, "required"), content(Spec.child(rb, "content")), //$NON-NLS-1$ //$NON-NLS-2$
							examples(Spec.child(rb, "content"))); //$NON-NLS-1$
				}
			}
			List<String> produces = strings(Spec.child(op, "produces")); //$NON-NLS-1$
			if (produces.isEmpty()) {
				produces = globalProduces.isEmpty() ? List.of(JSON) : globalProduces;
			}
			Map<String, Response> responses = new LinkedHashMap<>();
			for (Map.Entry<String, At> r : Spec.entries(Spec.child(op, "responses")).entrySet()) { //$NON-NLS-1$
				if (r.getKey().startsWith("x-")) { //$NON-NLS-1$
					continue;
				}
				At response = spec.deref(r.getValue());
				Map<String, At> content;
				Map<String, String> examples = spec.swagger2 ? examples2(Spec.child(response, "examples")) //$NON-NLS-1$
						: examples(Spec.child(response, "content")); //$NON-NLS-1$
				if (spec.swagger2) {
					content = new LinkedHashMap<>();
					At schema = Spec.child(response, "schema"); //$NON-NLS-1$
					if (schema != null) {
						for (String type : produces) {
							content.put(Spec.mediaType(type), schema);
						}
					}
				} else {
					content = content(Spec.child(response, "content")); //$NON-NLS-1$
				}
				Map<String, At> headers = new LinkedHashMap<>();
				for (Map.Entry<String, At> h : Spec.entries(Spec.child(response, "headers")).entrySet()) { //$NON-NLS-1$
					At header = spec.deref(h.getValue());
					headers.put(h.getKey().toLowerCase(Locale.ROOT),
							spec.swagger2 ? header : schemaOfParameter(header));
				}
				responses.put(r.getKey().toUpperCase(Locale.ROOT), new Response(response, content, headers, examples));
			}
			this.parameters = parameters;
			this.body = body;
			this.responses = responses;
		}
	}

	private Operations() {
	}

	/**
	 * The operations of a version in document order.
	 *
	 * @param spec the version
	 * @return key ({@code METHOD /normalised/{}}) to operation
	 */
	static Map<String, Op> of(Spec spec) {
		Map<String, Op> ops = new LinkedHashMap<>();
		List<String> globalConsumes = strings(Spec.child(spec.rootAt(), "consumes")); //$NON-NLS-1$
		List<String> globalProduces = strings(Spec.child(spec.rootAt(), "produces")); //$NON-NLS-1$
		for (Map.Entry<String, At> path : Spec.entries(Spec.child(spec.rootAt(), "paths")).entrySet()) { //$NON-NLS-1$
			At item = spec.deref(path.getValue());
			List<String> template = templateNames(path.getKey());
			String normalised = TEMPLATE_PARAMETER.matcher(path.getKey()).replaceAll("{}"); //$NON-NLS-1$
			for (String method : METHODS) {
				At op = Spec.child(item, method);
				if (op == null) {
					continue;
				}
				String key = method.toUpperCase(Locale.ROOT) + ' ' + normalised;
				ops.putIfAbsent(key, new Op(spec, method.toUpperCase(Locale.ROOT), path.getKey(), op, item, template,
						globalConsumes, globalProduces));
			}
		}
		return ops;
	}

	/**
	 * The operations of callback or webhook path items, keyed by method and the item's key as written (a callback's
	 * runtime expression or a webhook's name): neither is a path template.
	 *
	 * @param spec the version
	 * @param items key to path item (references are followed)
	 * @return key ({@code METHOD key}) to operation
	 */
	static Map<String, Op> ofPathItems(Spec spec, Map<String, At> items) {
		Map<String, Op> ops = new LinkedHashMap<>();
		for (Map.Entry<String, At> e : items.entrySet()) {
			At item = spec.deref(e.getValue());
			for (String method : METHODS) {
				At op = Spec.child(item, method);
				if (op != null) {
					String m = method.toUpperCase(Locale.ROOT);
					ops.putIfAbsent(m + ' ' + e.getKey(), new Op(spec, m, e.getKey(), op, item, List.of(), List.of(),
							List.of()));
				}
			}
		}
		return ops;
	}

	private static At schemaOfParameter(At param) {
		At schema = Spec.child(param, "schema"); //$NON-NLS-1$
		if (schema == null) {
			for (At media : content(Spec.child(param, "content")).values()) { //$NON-NLS-1$
				return media;
			}
		}
		return schema;
	}

	private static Map<String, At> content(At content) {
		Map<String, At> out = new LinkedHashMap<>();
		for (Map.Entry<String, At> e : Spec.entries(content).entrySet()) {
			out.put(Spec.mediaType(e.getKey()), Spec.child(e.getValue(), "schema")); //$NON-NLS-1$
		}
		return out;
	}

	/** The examples of each media type of a 3.x {@code content}, as canonical text; only those that have some. */
	private static Map<String, String> examples(At content) {
		Map<String, String> out = new LinkedHashMap<>();
		for (Map.Entry<String, At> e : Spec.entries(content).entrySet()) {
			At ex = Spec.child(e.getValue(), "example"); //$NON-NLS-1$
			At exs = Spec.child(e.getValue(), "examples"); //$NON-NLS-1$
			if (ex != null || exs != null) {
				out.put(Spec.mediaType(e.getKey()), (ex == null ? "" : SchemaView.canonicalTree(ex.node())) + '|' //$NON-NLS-1$
						+ (exs == null ? "" : SchemaView.canonicalTree(exs.node()))); //$NON-NLS-1$
			}
		}
		return out;
	}

	/** The examples of a 2.0 response: media type to example. */
	private static Map<String, String> examples2(At examples) {
		Map<String, String> out = new LinkedHashMap<>();
		for (Map.Entry<String, At> e : Spec.entries(examples).entrySet()) {
			out.put(Spec.mediaType(e.getKey()), SchemaView.canonicalTree(e.getValue().node()));
		}
		return out;
	}

	static List<String> strings(At sequence) {
		List<String> out = new ArrayList<>();
		for (At item : Spec.items(sequence)) {
			if (item.node() instanceof dev.specsync.document.ScalarNode s) {
				out.add(s.value());
			}
		}
		return out;
	}

	private static List<String> templateNames(String path) {
		List<String> names = new ArrayList<>();
		Matcher m = TEMPLATE_PARAMETER.matcher(path);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}
}
