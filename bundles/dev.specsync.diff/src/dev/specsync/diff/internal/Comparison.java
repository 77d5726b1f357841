package dev.specsync.diff.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

	Comparison(Spec oldSpec, Spec newSpec) {
		this.oldSpec = oldSpec;
		this.newSpec = newSpec;
		this.schemas = new SchemaComparator(oldSpec, newSpec);
	}

	DiffReport run() {
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
			} else {
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

	private void operation(Operations.Op o, Operations.Op n, List<Finding> f) {
		if (!Spec.flag(o.at(), "deprecated") && Spec.flag(n.at(), "deprecated")) { //$NON-NLS-1$ //$NON-NLS-2$
			add(f, "operation.deprecated", o.at(), n.at(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
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
	}

	private void parameters(Operations.Op o, Operations.Op n, List<Finding> f) {
		for (Map.Entry<String, Operations.Parameter> e : o.parameters().entrySet()) {
			Operations.Parameter op = e.getValue();
			Operations.Parameter np = n.parameters().get(e.getKey());
			if (np == null) {
				add(f, "request.parameter.removed", op.at(), n.at(), op.label(), ""); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			if (op.required() != np.required()) {
				add(f, np.required() ? "request.parameter.became-required" : "request.parameter.became-optional", //$NON-NLS-1$ //$NON-NLS-2$
						op.at(), np.at(), np.label(), ""); //$NON-NLS-1$
			}
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
				schemas.compare(Direction.REQUEST, "request body '" + e.getKey() + "'", e.getValue(), //$NON-NLS-1$ //$NON-NLS-2$
						nb.content().get(e.getKey()), f);
			}
		}
		for (String type : nb.content().keySet()) {
			if (!ob.content().containsKey(type)) {
				add(f, "request.media-type.added", ob.at(), nb.at(), "", type); //$NON-NLS-1$ //$NON-NLS-2$
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
			for (Map.Entry<String, At> c : or.content().entrySet()) {
				if (!nr.content().containsKey(c.getKey())) {
					add(f, "response.media-type.removed", or.at(), nr.at(), c.getKey(), "", status); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					schemas.compare(Direction.RESPONSE, "response " + status + " '" + c.getKey() + "'", c.getValue(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							nr.content().get(c.getKey()), f);
				}
			}
			for (String type : nr.content().keySet()) {
				if (!or.content().containsKey(type)) {
					add(f, "response.media-type.added", or.at(), nr.at(), "", type, status); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			for (Map.Entry<String, At> h : or.headers().entrySet()) {
				if (!nr.headers().containsKey(h.getKey())) {
					add(f, "response.header.removed", or.at(), nr.at(), h.getKey(), "", status); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					schemas.compare(Direction.RESPONSE, "response " + status + " header '" + h.getKey() + "'", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							h.getValue(), nr.headers().get(h.getKey()), f);
				}
			}
			for (String header : nr.headers().keySet()) {
				if (!or.headers().containsKey(header)) {
					add(f, "response.header.added", or.at(), nr.at(), "", header, status); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		for (Map.Entry<String, Operations.Response> e : n.responses().entrySet()) {
			if (!o.responses().containsKey(e.getKey())) {
				add(f, "response.status.added", o.at(), e.getValue().at(), "", e.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
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
