package dev.specsync.diff.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.specsync.diff.Change;
import dev.specsync.diff.DiffReport;
import dev.specsync.diff.Location;
import dev.specsync.diff.Operation;

/**
 * One diff of two versions: matches operations, parameters, request bodies, responses, media types and headers,
 * and hands every pair of schemas to the {@link SchemaComparator} with its direction. Not thread-safe; used once.
 */
final class Comparison {

	private final Spec oldSpec;
	private final Spec newSpec;
	private final SchemaComparator schemas;
	private final List<Change> changes = new ArrayList<>();
	private Boolean globalsUnchanged;
	/** True while operations of a callback or webhook are compared: no API servers, security or callbacks apply. */
	private boolean nested;

	Comparison(Spec oldSpec, Spec newSpec) {
		this.oldSpec = oldSpec;
		this.newSpec = newSpec;
		this.schemas = new SchemaComparator(oldSpec, newSpec);
	}

	DiffReport run() {
		api();
		webhooks();
		Map<String, Operations.Op> olds = Operations.of(oldSpec);
		Map<String, Operations.Op> news = Operations.of(newSpec);
		At oldPaths = orRoot(oldSpec, Spec.child(oldSpec.rootAt(), "paths")); //$NON-NLS-1$
		At newPaths = orRoot(newSpec, Spec.child(newSpec.rootAt(), "paths")); //$NON-NLS-1$
		for (Map.Entry<String, Operations.Op> e : olds.entrySet()) {
			Operations.Op o = e.getValue();
			Operations.Op n = news.get(e.getKey());
			if (n == null) {
				List<Finding> f = new ArrayList<>();
				add(f, "operation.removed", o.at(), newPaths, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				attribute(f, new Operation(o.method(), o.path()));
			} else if (!unchanged(o, n)) {
				List<Finding> f = new ArrayList<>();
				operation(o, n, f);
				attribute(f, new Operation(n.method(), n.path()));
			}
		}
		for (Map.Entry<String, Operations.Op> e : news.entrySet()) {
			if (!olds.containsKey(e.getKey())) {
				Operations.Op n = e.getValue();
				List<Finding> f = new ArrayList<>();
				add(f, "operation.added", oldPaths, n.at(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				attribute(f, new Operation(n.method(), n.path()));
			}
		}
		return DiffReport.of(oldSpec.label(), newSpec.label(), changes);
	}

	/**
	 * Whether an operation is written the same in both versions, with everything outside it that it depends on
	 * (its path template and path item, the API's security and Swagger 2.0 media types): then comparing it can find
	 * nothing.
	 */
	private boolean unchanged(Operations.Op o, Operations.Op n) {
		if (globalsUnchanged == null) {
			At a = oldSpec.rootAt();
			At b = newSpec.rootAt();
			globalsUnchanged = oldSpec.swagger2 == newSpec.swagger2 && same(Spec.child(a, "security"), //$NON-NLS-1$
					Spec.child(b, "security")) && same(Spec.child(a, "consumes"), Spec.child(b, "consumes")) //$NON-NLS-1$ //$NON-NLS-2$
					&& same(Spec.child(a, "produces"), Spec.child(b, "produces")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return globalsUnchanged && o.path().equals(n.path()) && schemas.sameness.same(o.item(), n.item());
	}

	private boolean same(At a, At b) {
		return a == null ? b == null : b != null && schemas.sameness.same(a, b);
	}

	private void operation(Operations.Op o, Operations.Op n, List<Finding> f) {
		if (!Spec.flag(o.at(), "deprecated") && Spec.flag(n.at(), "deprecated")) { //$NON-NLS-1$ //$NON-NLS-2$
			add(f, "operation.deprecated", o.at(), n.at(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (Spec.flag(o.at(), "deprecated") && !Spec.flag(n.at(), "deprecated")) { //$NON-NLS-1$ //$NON-NLS-2$
			add(f, "operation.undeprecated", o.at(), n.at(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		List<String> oldTags = Operations.strings(Spec.child(o.at(), "tags")); //$NON-NLS-1$
		List<String> newTags = Operations.strings(Spec.child(n.at(), "tags")); //$NON-NLS-1$
		if (!new TreeSet<>(oldTags).equals(new TreeSet<>(newTags))) {
			add(f, "operation.tags.changed", o.at(), n.at(), oldTags.toString(), newTags.toString()); //$NON-NLS-1$
		}
		extensions(f, "operation.extension.", o.at(), n.at()); //$NON-NLS-1$
		security(o, n, f);
		operationServers(o, n, f);
		String oldId = Spec.text(o.at(), "operationId"); //$NON-NLS-1$
		String newId = Spec.text(n.at(), "operationId"); //$NON-NLS-1$
		if (oldId != null && newId != null && !oldId.equals(newId)) {
			add(f, "operation.id.changed", o.at(), n.at(), oldId, newId); //$NON-NLS-1$
		}
		if (!Objects.equals(doc(o.at(), "summary"), doc(n.at(), "summary")) //$NON-NLS-1$ //$NON-NLS-2$
				|| !Objects.equals(doc(o.at(), "description"), doc(n.at(), "description"))) { //$NON-NLS-1$ //$NON-NLS-2$
			add(f, "operation.description.changed", o.at(), n.at(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		parameters(o, n, f);
		body(o, n, f);
		responses(o, n, f);
		if (!nested) {
			callbacks(o, n, f);
		}
	}

	/**
	 * The callbacks of an operation by name; the operations inside a callback are compared like operations, with
	 * the roles reversed: the API sends the callback's request and the client answers (rules {@code callback.*}).
	 */
	private void callbacks(Operations.Op o, Operations.Op n, List<Finding> f) {
		At oc = Spec.child(o.at(), "callbacks"); //$NON-NLS-1$
		At nc = Spec.child(n.at(), "callbacks"); //$NON-NLS-1$
		if (oc == null && nc == null || oc != null && nc != null && schemas.sameness.same(oc, nc)) {
			return;
		}
		Map<String, At> a = Spec.entries(oc);
		Map<String, At> b = Spec.entries(nc);
		for (Map.Entry<String, At> e : a.entrySet()) {
			At other = b.get(e.getKey());
			if (other == null) {
				add(f, "operation.callback.removed", e.getValue(), n.at(), e.getKey(), ""); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			At x = oldSpec.deref(e.getValue());
			At y = newSpec.deref(other);
			nested("callback.", "Callback '" + e.getKey() + "' ", Operations.ofPathItems(oldSpec, Spec.entries(x)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Operations.ofPathItems(newSpec, Spec.entries(y)), x, y, f);
		}
		for (Map.Entry<String, At> e : b.entrySet()) {
			if (!a.containsKey(e.getKey())) {
				add(f, "operation.callback.added", o.at(), e.getValue(), "", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * OpenAPI 3.1 webhooks by name (changes with no operation of the API): added or removed webhooks, and the
	 * operations of a webhook compared like callbacks (rules {@code webhook.*}).
	 */
	private void webhooks() {
		At a = Spec.child(oldSpec.rootAt(), "webhooks"); //$NON-NLS-1$
		At b = Spec.child(newSpec.rootAt(), "webhooks"); //$NON-NLS-1$
		if (a == null && b == null || a != null && b != null && schemas.sameness.same(a, b)) {
			return;
		}
		List<Finding> f = new ArrayList<>();
		Map<String, At> olds = Spec.entries(a);
		Map<String, At> news = Spec.entries(b);
		At oldAt = orRoot(oldSpec, a);
		At newAt = orRoot(newSpec, b);
		for (Map.Entry<String, At> e : olds.entrySet()) {
			At other = news.get(e.getKey());
			if (other == null) {
				add(f, "api.webhook.removed", e.getValue(), newAt, e.getKey(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				nested("webhook.", "Webhook '" + e.getKey() + "' ", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						Operations.ofPathItems(oldSpec, Map.of(e.getKey(), e.getValue())),
						Operations.ofPathItems(newSpec, Map.of(e.getKey(), other)), oldSpec.deref(e.getValue()),
						newSpec.deref(other), f);
			}
		}
		for (Map.Entry<String, At> e : news.entrySet()) {
			if (!olds.containsKey(e.getKey())) {
				add(f, "api.webhook.added", oldAt, e.getValue(), "", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		attribute(f, null);
	}

	/**
	 * Operations the API sends (callbacks, webhooks) compared like its own, and each finding reported under the
	 * rule {@code prefix} + the operation rule, whose severity the catalogue gives for the reversed roles.
	 */
	private void nested(String prefix, String label, Map<String, Operations.Op> olds, Map<String, Operations.Op> news,
			At oldParent, At newParent, List<Finding> f) {
		boolean outer = nested;
		nested = true;
		try {
			for (Map.Entry<String, Operations.Op> e : olds.entrySet()) {
				Operations.Op o = e.getValue();
				Operations.Op n = news.get(e.getKey());
				List<Finding> inner = new ArrayList<>();
				if (n == null) {
					add(inner, "operation.removed", o.at(), newParent, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				} else if (!schemas.sameness.same(o.item(), n.item())) {
					operation(o, n, inner);
				}
				reversed(prefix, label + name(prefix, o), inner, f);
			}
			for (Map.Entry<String, Operations.Op> e : news.entrySet()) {
				if (!olds.containsKey(e.getKey())) {
					List<Finding> inner = new ArrayList<>();
					add(inner, "operation.added", oldParent, e.getValue().at(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					reversed(prefix, label + name(prefix, e.getValue()), inner, f);
				}
			}
		} finally {
			nested = outer;
		}
	}

	/** How sentences name a nested operation: the method, and for a callback its URL expression. */
	private static String name(String prefix, Operations.Op op) {
		return prefix.startsWith("webhook") ? op.method() : op.method() + ' ' + op.path(); //$NON-NLS-1$
	}

	private static void reversed(String prefix, String label, List<Finding> inner, List<Finding> f) {
		for (Finding x : inner) {
			f.add(new Finding(Rules.get(prefix + x.rule().id()), label + ": " + x.message(), x.oldLocation(), //$NON-NLS-1$
					x.newLocation()));
		}
	}

	private void parameters(Operations.Op o, Operations.Op n, List<Finding> f) {
		for (Map.Entry<String, Operations.Parameter> e : o.parameters().entrySet()) {
			Operations.Parameter op = e.getValue();
			Operations.Parameter np = n.parameters().get(e.getKey());
			if (np == null) {
				add(f, "request.parameter.removed", op.at(), n.at(), op.label(), ""); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			if (!Spec.flag(op.at(), "deprecated") && Spec.flag(np.at(), "deprecated")) { //$NON-NLS-1$ //$NON-NLS-2$
				add(f, "request.parameter.deprecated", op.at(), np.at(), np.label(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!Objects.equals(doc(op.at(), "description"), doc(np.at(), "description"))) { //$NON-NLS-1$ //$NON-NLS-2$
				add(f, "request.parameter.description.changed", op.at(), np.at(), np.label(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (op.required() != np.required()) {
				add(f, np.required() ? "request.parameter.became-required" : "request.parameter.became-optional", //$NON-NLS-1$ //$NON-NLS-2$
						op.at(), np.at(), np.label(), ""); //$NON-NLS-1$
			}
			serialisation(op, np, f);
			schemas.compare(Direction.REQUEST, np.label(), op.schema(), np.schema(), f);
		}
		for (Map.Entry<String, Operations.Parameter> e : n.parameters().entrySet()) {
			if (!o.parameters().containsKey(e.getKey())) {
				Operations.Parameter np = e.getValue();
				add(f, np.required() ? "request.parameter.required.added" : "request.parameter.added", o.at(), //$NON-NLS-1$ //$NON-NLS-2$
						np.at(), np.label(), ""); //$NON-NLS-1$
			}
		}
	}

	/**
	 * How a parameter is written on the wire (3.x {@code style}, {@code explode}, {@code allowReserved}; also 2.0
	 * {@code allowEmptyValue}), compared by effective value: an explicit default equals an absent keyword.
	 */
	private void serialisation(Operations.Parameter op, Operations.Parameter np, List<Finding> f) {
		// style and explode do not apply to a parameter given by its content (a media type)
		if (!oldSpec.swagger2 && !newSpec.swagger2 && Spec.child(op.at(), "content") == null //$NON-NLS-1$
				&& Spec.child(np.at(), "content") == null) { //$NON-NLS-1$
			// values old clients send: a primitive is written the same in every style but path's label and matrix,
			// and explode only splits arrays and objects
			boolean structured = structured(op);
			String oldStyle = style(op);
			String newStyle = style(np);
			if (!oldStyle.equals(newStyle) && (structured || "path".equals(np.in()))) { //$NON-NLS-1$
				add(f, "request.parameter.style.changed", op.at(), np.at(), oldStyle, newStyle, np.label()); //$NON-NLS-1$
			}
			boolean oldExplode = explode(op, oldStyle);
			boolean newExplode = explode(np, newStyle);
			if (oldExplode != newExplode && structured) {
				add(f, "request.parameter.explode.changed", op.at(), np.at(), String.valueOf(oldExplode), //$NON-NLS-1$
						String.valueOf(newExplode), np.label());
			}
			boolean oldReserved = Spec.flag(op.at(), "allowReserved"); //$NON-NLS-1$
			boolean newReserved = Spec.flag(np.at(), "allowReserved"); //$NON-NLS-1$
			if (oldReserved != newReserved) {
				add(f, newReserved ? "request.parameter.allow-reserved.added" : "request.parameter.allow-reserved.removed", //$NON-NLS-1$ //$NON-NLS-2$
						op.at(), np.at(), "", "", np.label()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		boolean oldEmpty = Spec.flag(op.at(), "allowEmptyValue"); //$NON-NLS-1$
		boolean newEmpty = Spec.flag(np.at(), "allowEmptyValue"); //$NON-NLS-1$
		if (oldEmpty != newEmpty) {
			add(f, newEmpty ? "request.parameter.allow-empty-value.added" : "request.parameter.allow-empty-value.removed", //$NON-NLS-1$ //$NON-NLS-2$
					op.at(), np.at(), "", "", np.label()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Whether the values of the old parameter may be arrays or objects (they may when it says no type). */
	private boolean structured(Operations.Parameter p) {
		if (p.schema() == null) {
			return true;
		}
		SchemaView v = SchemaView.of(oldSpec, oldSpec.deref(p.schema()));
		return v.types.isEmpty() || v.types.contains("array") || v.types.contains("object"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A 3.x parameter's style, or the default for its location ({@code form} for query and cookie). */
	private static String style(Operations.Parameter p) {
		String style = Spec.text(p.at(), "style"); //$NON-NLS-1$
		if (style != null) {
			return style;
		}
		return "query".equals(p.in()) || "cookie".equals(p.in()) ? "form" : "simple"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** A 3.x parameter's {@code explode}, or its default ({@code true} for the form style only). */
	private static boolean explode(Operations.Parameter p, String style) {
		At explode = Spec.child(p.at(), "explode"); //$NON-NLS-1$
		if (explode != null && explode.node() instanceof dev.specsync.document.ScalarNode s
				&& s.toJava() instanceof Boolean b) {
			return b;
		}
		return "form".equals(style); //$NON-NLS-1$
	}

	private void body(Operations.Op o, Operations.Op n, List<Finding> f) {
		Operations.Body ob = o.body();
		Operations.Body nb = n.body();
		if (ob == null && nb == null) {
			return;
		}
		if (ob == null) {
			add(f, nb.required() ? "request.body.required.added" : "request.body.added", o.at(), nb.at(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return;
		}
		if (nb == null) {
			add(f, "request.body.removed", ob.at(), n.at(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		if (ob.required() != nb.required()) {
			add(f, nb.required() ? "request.body.became-required" : "request.body.became-optional", ob.at(), //$NON-NLS-1$ //$NON-NLS-2$
					nb.at(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Map.Entry<String, At> e : ob.content().entrySet()) {
			if (!nb.content().containsKey(e.getKey())) {
				add(f, "request.media-type.removed", ob.at(), nb.at(), e.getKey(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				schemas.compareTop(Direction.REQUEST, "request body '" + e.getKey() + "'", e.getValue(), //$NON-NLS-1$ //$NON-NLS-2$
						nb.content().get(e.getKey()), f);
			}
		}
		for (String type : nb.content().keySet()) {
			if (!ob.content().containsKey(type)) {
				add(f, "request.media-type.added", ob.at(), nb.at(), "", type); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (!Objects.equals(ob.examples().get(type), nb.examples().get(type))) {
				add(f, "request.media-type.example.changed", ob.at(), nb.at(), "", "", type); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	private void responses(Operations.Op o, Operations.Op n, List<Finding> f) {
		for (Map.Entry<String, Operations.Response> e : o.responses().entrySet()) {
			String status = e.getKey();
			Operations.Response or = e.getValue();
			Operations.Response nr = n.responses().get(status);
			if (nr == null) {
				add(f, status.startsWith("2") ? "response.success-status.removed" : "response.non-success-status.removed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						or.at(), n.at(), status, ""); //$NON-NLS-1$
				continue;
			}
			if (!Objects.equals(doc(or.at(), "description"), doc(nr.at(), "description"))) { //$NON-NLS-1$ //$NON-NLS-2$
				add(f, "response.status.description.changed", or.at(), nr.at(), "", "", status); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			for (Map.Entry<String, At> c : or.content().entrySet()) {
				if (!nr.content().containsKey(c.getKey())) {
					add(f, "response.media-type.removed", or.at(), nr.at(), c.getKey(), "", status); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					schemas.compareTop(Direction.RESPONSE, "response " + status + " '" + c.getKey() + "'", c.getValue(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							nr.content().get(c.getKey()), f);
				}
			}
			for (String type : nr.content().keySet()) {
				if (!or.content().containsKey(type)) {
					add(f, "response.media-type.added", or.at(), nr.at(), "", type, status); //$NON-NLS-1$ //$NON-NLS-2$
				} else if (!Objects.equals(or.examples().get(type), nr.examples().get(type))) {
					add(f, "response.media-type.example.changed", or.at(), nr.at(), "", "", status + " '" + type + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				}
			}
			for (Map.Entry<String, At> h : or.headers().entrySet()) {
				boolean wasRequired = headerRequired(oldSpec, or.at(), h.getKey());
				if (!nr.headers().containsKey(h.getKey())) {
					add(f, wasRequired ? "response.header.required.removed" : "response.header.removed", or.at(), nr.at(), //$NON-NLS-1$ //$NON-NLS-2$
							h.getKey(), "", status); //$NON-NLS-1$
				} else {
					if (wasRequired != headerRequired(newSpec, nr.at(), h.getKey())) {
						add(f, wasRequired ? "response.header.became-optional" : "response.header.became-required", //$NON-NLS-1$ //$NON-NLS-2$
								or.at(), nr.at(), h.getKey(), h.getKey(), status);
					}
					headerDocumentation(or.at(), nr.at(), h.getKey(), status, f);
					schemas.compare(Direction.RESPONSE, "response " + status + " header '" + h.getKey() + "'", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							h.getValue(), nr.headers().get(h.getKey()), f);
				}
			}
			for (String header : nr.headers().keySet()) {
				if (!or.headers().containsKey(header)) {
					add(f, "response.header.added", or.at(), nr.at(), "", header, status); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			links(or.at(), nr.at(), status, f);
		}
		for (Map.Entry<String, Operations.Response> e : n.responses().entrySet()) {
			if (!o.responses().containsKey(e.getKey())) {
				add(f, "response.status.added", o.at(), e.getValue().at(), "", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** Whether a 3.x response declares a header (name in lower case) {@code required: true}. */
	private static boolean headerRequired(Spec spec, At response, String lowerName) {
		return Spec.flag(header(spec, response, lowerName), "required"); //$NON-NLS-1$
	}

	/** The header object (its {@code $ref} followed) a response declares under a name in lower case, or null. */
	private static At header(Spec spec, At response, String lowerName) {
		for (Map.Entry<String, At> e : Spec.entries(Spec.child(response, "headers")).entrySet()) { //$NON-NLS-1$
			if (e.getKey().toLowerCase(Locale.ROOT).equals(lowerName)) {
				return spec.deref(e.getValue());
			}
		}
		return null;
	}

	/** A response header's description and deprecation (its schema is compared apart). */
	private void headerDocumentation(At or, At nr, String name, String status, List<Finding> f) {
		At a = header(oldSpec, or, name);
		At b = header(newSpec, nr, name);
		if (a == null || b == null) {
			return;
		}
		boolean oldDeprecated = Spec.flag(a, "deprecated"); //$NON-NLS-1$
		boolean newDeprecated = Spec.flag(b, "deprecated"); //$NON-NLS-1$
		if (oldDeprecated != newDeprecated) {
			add(f, newDeprecated ? "response.header.deprecated" : "response.header.undeprecated", a, b, name, name, //$NON-NLS-1$ //$NON-NLS-2$
					status);
		}
		if (!Objects.equals(doc(a, "description"), doc(b, "description"))) { //$NON-NLS-1$ //$NON-NLS-2$
			add(f, "response.header.description.changed", a, b, name, name, status); //$NON-NLS-1$
		}
	}

	/**
	 * The {@code links} of a response by name: what a link means is everything but its description (its target
	 * operation, parameters, request body and server).
	 */
	private void links(At or, At nr, String status, List<Finding> f) {
		Map<String, At> a = Spec.entries(Spec.child(or, "links")); //$NON-NLS-1$
		Map<String, At> b = Spec.entries(Spec.child(nr, "links")); //$NON-NLS-1$
		if (a.isEmpty() && b.isEmpty()) {
			return;
		}
		for (Map.Entry<String, At> e : a.entrySet()) {
			At other = b.get(e.getKey());
			if (other == null) {
				add(f, "response.link.removed", e.getValue(), nr, e.getKey(), "", status); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			At x = oldSpec.deref(e.getValue());
			At y = newSpec.deref(other);
			if (!schemeMeaning(x).equals(schemeMeaning(y))) {
				add(f, "response.link.changed", e.getValue(), other, e.getKey(), e.getKey(), status); //$NON-NLS-1$
			} else if (!Objects.equals(doc(x, "description"), doc(y, "description"))) { //$NON-NLS-1$ //$NON-NLS-2$
				add(f, "response.link.description.changed", e.getValue(), other, e.getKey(), e.getKey(), status); //$NON-NLS-1$
			}
		}
		for (Map.Entry<String, At> e : b.entrySet()) {
			if (!a.containsKey(e.getKey())) {
				add(f, "response.link.added", or, e.getValue(), "", e.getKey(), status); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** Servers, security schemes, tags, information and extensions of the API: changes with no operation. */
	private void api() {
		List<Finding> f = new ArrayList<>();
		At o = oldSpec.rootAt();
		At n = newSpec.rootAt();
		serverLists(f, "api.server.", servers(oldSpec), servers(newSpec), o, n); //$NON-NLS-1$
		Map<String, At> oldSchemes = Spec.entries(oldSpec.deref(securitySchemes(oldSpec)));
		Map<String, At> newSchemes = Spec.entries(newSpec.deref(securitySchemes(newSpec)));
		for (Map.Entry<String, At> e : oldSchemes.entrySet()) {
			At other = newSchemes.get(e.getKey());
			if (other == null) {
				add(f, "api.security-scheme.removed", e.getValue(), n, e.getKey(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				At x = oldSpec.deref(e.getValue());
				At y = newSpec.deref(other);
				if (schemeMeaning(x).equals(schemeMeaning(y))) {
					continue;
				}
				if (isOAuth(x) && isOAuth(y) && schemeMeaning(x, OAUTH_FLOW_KEYS).equals(schemeMeaning(y, OAUTH_FLOW_KEYS))) {
					oauthFlows(f, e.getKey(), x, y);
				} else {
					add(f, "api.security-scheme.changed", e.getValue(), other, e.getKey(), e.getKey()); //$NON-NLS-1$
				}
			}
		}
		for (Map.Entry<String, At> e : newSchemes.entrySet()) {
			if (!oldSchemes.containsKey(e.getKey())) {
				add(f, "api.security-scheme.added", o, e.getValue(), "", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Map<String, At> oldTags = tags(Spec.child(o, "tags")); //$NON-NLS-1$
		Map<String, At> newTags = tags(Spec.child(n, "tags")); //$NON-NLS-1$
		for (Map.Entry<String, At> e : oldTags.entrySet()) {
			At other = newTags.get(e.getKey());
			if (other == null) {
				add(f, "api.tag.removed", e.getValue(), n, e.getKey(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (!Objects.equals(doc(e.getValue(), "description"), doc(other, "description"))) { //$NON-NLS-1$ //$NON-NLS-2$
				add(f, "api.tag.description.changed", e.getValue(), other, e.getKey(), e.getKey()); //$NON-NLS-1$
			}
		}
		for (Map.Entry<String, At> e : newTags.entrySet()) {
			if (!oldTags.containsKey(e.getKey())) {
				add(f, "api.tag.added", o, e.getValue(), "", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		At oldInfo = Spec.child(o, "info"); //$NON-NLS-1$
		At newInfo = Spec.child(n, "info"); //$NON-NLS-1$
		List<String> changedInfo = new ArrayList<>();
		for (String k : List.of("title", "description", "termsOfService", "contact", "license")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			At a = Spec.child(oldInfo, k);
			At b = Spec.child(newInfo, k);
			String x = a == null ? null : SchemaView.normalise(SchemaView.canonicalTree(a.node()));
			String y = b == null ? null : SchemaView.normalise(SchemaView.canonicalTree(b.node()));
			if (!Objects.equals(x, y)) {
				changedInfo.add(k);
			}
		}
		if (!changedInfo.isEmpty()) {
			add(f, "api.info.changed", oldInfo == null ? o : oldInfo, newInfo == null ? n : newInfo, "", //$NON-NLS-1$ //$NON-NLS-2$
					String.join(", ", changedInfo)); //$NON-NLS-1$
		}
		extensions(f, "api.extension.", o, n); //$NON-NLS-1$
		extensions(f, "api.extension.", oldInfo, newInfo); //$NON-NLS-1$
		attribute(f, null);
	}

	/**
	 * Two lists of servers by URL: {@code prefix} + removed, added, or changed when one URL replaced another (the
	 * usual move to a new host or version prefix, one change rather than a removal and an addition).
	 */
	private void serverLists(List<Finding> f, String prefix, Map<String, At> a, Map<String, At> b, At o, At n) {
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		for (Map.Entry<String, At> e : a.entrySet()) {
			At other = b.get(e.getKey());
			if (other == null) {
				removed.add(e.getKey());
			} else {
				if (!variables(e.getValue()).equals(variables(other))) {
					add(f, prefix + "variables.changed", e.getValue(), other, e.getKey(), e.getKey()); //$NON-NLS-1$
				}
				// server objects only: the default server "/" stands for the operation, whose description is its own
				if (Spec.child(e.getValue(), "url") != null && Spec.child(other, "url") != null //$NON-NLS-1$ //$NON-NLS-2$
						&& !Objects.equals(doc(e.getValue(), "description"), doc(other, "description"))) { //$NON-NLS-1$ //$NON-NLS-2$
					add(f, prefix + "description.changed", e.getValue(), other, e.getKey(), e.getKey()); //$NON-NLS-1$
				}
			}
		}
		for (String url : b.keySet()) {
			if (!a.containsKey(url)) {
				added.add(url);
			}
		}
		if (removed.size() == 1 && added.size() == 1) {
			add(f, prefix + "changed", a.get(removed.get(0)), b.get(added.get(0)), removed.get(0), added.get(0)); //$NON-NLS-1$
			return;
		}
		for (String url : removed) {
			add(f, prefix + "removed", a.get(url), n, url, ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (String url : added) {
			add(f, prefix + "added", o, b.get(url), "", url); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Servers of an operation (3.x): its own {@code servers}, else its path item's, else the API's. Compared only
	 * when one version declares servers on the operation or its path item; otherwise the API's servers apply to
	 * both and are reported once, as {@code api.server.*}.
	 */
	private void operationServers(Operations.Op o, Operations.Op n, List<Finding> f) {
		if (nested || oldSpec.swagger2 || newSpec.swagger2) {
			return;
		}
		At oldOwn = Spec.child(o.at(), "servers"); //$NON-NLS-1$
		At oldItem = Spec.child(o.item(), "servers"); //$NON-NLS-1$
		At newOwn = Spec.child(n.at(), "servers"); //$NON-NLS-1$
		At newItem = Spec.child(n.item(), "servers"); //$NON-NLS-1$
		if (oldOwn == null && oldItem == null && newOwn == null && newItem == null) {
			return;
		}
		Map<String, At> a = oldOwn != null ? serverList(oldOwn) : oldItem != null ? serverList(oldItem) : servers(oldSpec);
		Map<String, At> b = newOwn != null ? serverList(newOwn) : newItem != null ? serverList(newItem) : servers(newSpec);
		// no servers anywhere means one server at "/" (OpenAPI 3.x, Server Object defaults)
		serverLists(f, "operation.server.", a.isEmpty() ? Map.of("/", o.at()) : a, b.isEmpty() ? Map.of("/", n.at()) : b, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				o.at(), n.at());
	}

	/** What the variables of a server mean: their names, values allowed and defaults (descriptions left out). */
	private static String variables(At server) {
		StringBuilder b = new StringBuilder();
		for (Map.Entry<String, At> v : new TreeMap<>(Spec.entries(Spec.child(server, "variables"))).entrySet()) { //$NON-NLS-1$
			b.append(v.getKey()).append('{').append(schemeMeaning(v.getValue())).append('}');
		}
		return b.toString();
	}

	/** A 3.x {@code servers} list: URL without a trailing slash to the server object. */
	private static Map<String, At> serverList(At servers) {
		Map<String, At> out = new LinkedHashMap<>();
		for (At server : Spec.items(servers)) {
			String url = Spec.text(server, "url"); //$NON-NLS-1$
			if (url != null) {
				out.putIfAbsent(trimSlash(url), server);
			}
		}
		return out;
	}

	/** Server URLs without a trailing slash: 3.x {@code servers}, or 2.0 schemes, host and base path. */
	private static Map<String, At> servers(Spec spec) {
		Map<String, At> out = new LinkedHashMap<>();
		At root = spec.rootAt();
		if (spec.swagger2) {
			String host = Spec.text(root, "host"); //$NON-NLS-1$
			if (host != null) {
				String base = Spec.text(root, "basePath"); //$NON-NLS-1$
				List<String> schemes = Operations.strings(Spec.child(root, "schemes")); //$NON-NLS-1$
				for (String scheme : schemes.isEmpty() ? List.of("https") : schemes) { //$NON-NLS-1$
					out.put(trimSlash(scheme + "://" + host + (base == null ? "" : base)), Spec.child(root, "host")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			return out;
		}
		return serverList(Spec.child(root, "servers")); //$NON-NLS-1$
	}

	private static String trimSlash(String url) {
		return url.length() > 1 && url.endsWith("/") ? url.substring(0, url.length() - 1) : url; //$NON-NLS-1$
	}

	private static At securitySchemes(Spec spec) {
		return spec.swagger2 ? Spec.child(spec.rootAt(), "securityDefinitions") //$NON-NLS-1$
				: Spec.child(Spec.child(spec.rootAt(), "components"), "securitySchemes"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The keys of an OAuth 2 scheme that {@link #oauthFlows} compares: 3.x {@code flows}, 2.0's flat spelling. */
	private static final Set<String> OAUTH_FLOW_KEYS = Set.of("flows", "flow", "authorizationUrl", "tokenUrl", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"refreshUrl", "scopes"); //$NON-NLS-1$ //$NON-NLS-2$
	/** 2.0 flow names as 3.x names them. */
	private static final Map<String, String> FLOW_NAMES = Map.of("application", "clientCredentials", "accessCode", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"authorizationCode"); //$NON-NLS-1$

	private static boolean isOAuth(At scheme) {
		return "oauth2".equals(Spec.text(scheme, "type")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An OAuth 2 scheme's flows by 3.x name: its {@code flows}, or for 2.0 the scheme itself under its {@code flow}. */
	private static Map<String, At> flows(At scheme) {
		String flow = Spec.text(scheme, "flow"); //$NON-NLS-1$
		if (flow != null) {
			return Map.of(FLOW_NAMES.getOrDefault(flow, flow), scheme);
		}
		return new TreeMap<>(Spec.entries(Spec.child(scheme, "flows"))); //$NON-NLS-1$
	}

	/**
	 * The flows of an OAuth 2 scheme that changed nothing else: flows added or removed by name, and for a flow in
	 * both versions its URLs and the scopes it offers (scope descriptions are documentation and left out).
	 */
	private void oauthFlows(List<Finding> f, String name, At x, At y) {
		Map<String, At> a = flows(x);
		Map<String, At> b = flows(y);
		for (Map.Entry<String, At> e : a.entrySet()) {
			At other = b.get(e.getKey());
			if (other == null) {
				add(f, "api.security-scheme.oauth-flow.removed", e.getValue(), y, e.getKey(), "", name); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			for (String[] url : new String[][] { { "tokenUrl", "token-url" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ "authorizationUrl", "authorization-url" }, { "refreshUrl", "refresh-url" } }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				String u = Spec.text(e.getValue(), url[0]);
				String v = Spec.text(other, url[0]);
				if (!Objects.equals(u, v)) {
					add(f, "api.security-scheme." + url[1] + ".changed", e.getValue(), other, //$NON-NLS-1$ //$NON-NLS-2$
							u == null ? "none" : u, v == null ? "none" : v, name); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			Set<String> oldScopes = Spec.entries(Spec.child(e.getValue(), "scopes")).keySet(); //$NON-NLS-1$
			Set<String> newScopes = Spec.entries(Spec.child(other, "scopes")).keySet(); //$NON-NLS-1$
			for (String scope : new TreeSet<>(oldScopes)) {
				if (!newScopes.contains(scope)) {
					add(f, "api.security-scheme.scope.removed", e.getValue(), other, "'" + scope + "' (" + e.getKey() + ")", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							name);
				}
			}
			for (String scope : new TreeSet<>(newScopes)) {
				if (!oldScopes.contains(scope)) {
					add(f, "api.security-scheme.scope.added", e.getValue(), other, "", "'" + scope + "' (" + e.getKey() + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							name);
				}
			}
		}
		for (Map.Entry<String, At> e : b.entrySet()) {
			if (!a.containsKey(e.getKey())) {
				add(f, "api.security-scheme.oauth-flow.added", x, e.getValue(), "", e.getKey(), name); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** What a security scheme or a link means to a client: everything but its descriptions and extensions. */
	private static String schemeMeaning(At scheme) {
		return schemeMeaning(scheme, Set.of());
	}

	/** {@link #schemeMeaning(At)} without the keys {@code left}. */
	private static String schemeMeaning(At scheme, Set<String> left) {
		StringBuilder b = new StringBuilder();
		for (Map.Entry<String, At> e : new TreeMap<>(Spec.entries(scheme)).entrySet()) {
			if (!e.getKey().equals("description") && !e.getKey().startsWith("x-") && !left.contains(e.getKey())) { //$NON-NLS-1$ //$NON-NLS-2$
				b.append(e.getKey()).append('=').append(SchemaView.canonicalTree(e.getValue().node())).append(';');
			}
		}
		return b.toString();
	}

	private static Map<String, At> tags(At tags) {
		Map<String, At> out = new LinkedHashMap<>();
		for (At tag : Spec.items(tags)) {
			String name = Spec.text(tag, "name"); //$NON-NLS-1$
			if (name != null) {
				out.putIfAbsent(name, tag);
			}
		}
		return out;
	}

	/** {@code x-} members of two mappings: {@code prefix} + added, removed, changed. */
	private void extensions(List<Finding> f, String prefix, At o, At n) {
		Map<String, At> a = Spec.entries(o);
		Map<String, At> b = Spec.entries(n);
		for (Map.Entry<String, At> e : a.entrySet()) {
			if (!e.getKey().startsWith("x-")) { //$NON-NLS-1$
				continue;
			}
			At other = b.get(e.getKey());
			if (other == null) {
				add(f, prefix + "removed", e.getValue(), n, e.getKey(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (!SchemaView.canonicalTree(e.getValue().node()).equals(SchemaView.canonicalTree(other.node()))) {
				add(f, prefix + "changed", e.getValue(), other, e.getKey(), e.getKey()); //$NON-NLS-1$
			}
		}
		for (Map.Entry<String, At> e : b.entrySet()) {
			if (e.getKey().startsWith("x-") && !a.containsKey(e.getKey())) { //$NON-NLS-1$
				add(f, prefix + "added", o, e.getValue(), "", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * The security an operation requires (its own {@code security}, else the API's): alternatives keyed by their
	 * sorted scheme names, each with its scopes. An empty alternative ({@code {}}) makes authentication optional.
	 */
	private Map<String, Set<String>> security(Spec spec, At op) {
		At declared = Spec.child(op, "security"); //$NON-NLS-1$
		if (declared == null && !nested) {
			declared = Spec.child(spec.rootAt(), "security"); //$NON-NLS-1$
		}
		Map<String, Set<String>> out = new TreeMap<>();
		for (At requirement : Spec.items(declared)) {
			Map<String, At> schemes = new TreeMap<>(Spec.entries(requirement));
			if (schemes.isEmpty()) {
				return Map.of(); // optional authentication: clients may send none
			}
			Set<String> scopes = new TreeSet<>();
			for (Map.Entry<String, At> e : schemes.entrySet()) {
				for (String scope : Operations.strings(e.getValue())) {
					scopes.add(e.getKey() + ':' + scope);
				}
			}
			out.put(String.join(" + ", schemes.keySet()), scopes); //$NON-NLS-1$
		}
		return out;
	}

	private void security(Operations.Op o, Operations.Op n, List<Finding> f) {
		Map<String, Set<String>> a = security(oldSpec, o.at());
		Map<String, Set<String>> b = security(newSpec, n.at());
		if (a.equals(b)) {
			return;
		}
		if (a.isEmpty()) {
			add(f, "operation.security.added", o.at(), n.at(), "", String.join(" or ", b.keySet())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		if (b.isEmpty()) {
			add(f, "operation.security.removed", o.at(), n.at(), String.join(" or ", a.keySet()), ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		for (Map.Entry<String, Set<String>> e : a.entrySet()) {
			Set<String> other = b.get(e.getKey());
			if (other == null) {
				add(f, "operation.security.alternative.removed", o.at(), n.at(), e.getKey(), ""); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			Set<String> added = new TreeSet<>(other);
			added.removeAll(e.getValue());
			Set<String> removed = new TreeSet<>(e.getValue());
			removed.removeAll(other);
			if (!added.isEmpty()) {
				add(f, "operation.security.scope.added", o.at(), n.at(), "", added.toString(), e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!removed.isEmpty()) {
				add(f, "operation.security.scope.removed", o.at(), n.at(), removed.toString(), "", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (String k : b.keySet()) {
			if (!a.containsKey(k)) {
				add(f, "operation.security.alternative.added", o.at(), n.at(), "", k); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static String doc(At at, String key) {
		return SchemaView.normalise(Spec.text(at, key));
	}

	private static At orRoot(Spec spec, At at) {
		return at != null ? at : spec.rootAt();
	}

	private void add(List<Finding> f, String ruleId, At o, At n, String oldName, String newName) {
		add(f, ruleId, o, n, oldName, newName, ""); //$NON-NLS-1$
	}

	/** An operation-level finding: {0} is {@code where} (the status for responses), {1} old name, {2} new name. */
	private void add(List<Finding> f, String ruleId, At o, At n, String oldName, String newName, String where) {
		Rule rule = Rules.get(ruleId);
		String first = where.isEmpty() ? (oldName.isEmpty() ? newName : oldName) : where;
		String message = MessageFormat.format(rule.template(), first, oldName, newName);
		f.add(new Finding(rule, SchemaComparator.capitalise(message), oldSpec.location(o), newSpec.location(n)));
	}

	private void attribute(List<Finding> findings, Operation operation) {
		for (Finding x : findings) {
			Location ol = x.oldLocation();
			Location nl = x.newLocation();
			changes.add(new Change(x.rule().id(), x.rule().kind(), x.rule().severity(), x.message(), operation, ol, nl));
		}
	}
}
