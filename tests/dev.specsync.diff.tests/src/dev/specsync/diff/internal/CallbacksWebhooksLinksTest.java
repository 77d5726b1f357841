package dev.specsync.diff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.specsync.diff.Change;
import dev.specsync.diff.DiffReport;

/**
 * Callbacks, webhooks, response links and path-level servers on ReadMe's examples ({@code callbacks},
 * {@code webhooks}, {@code link-example}, {@code train-travel} of {@code @readme/oas-examples}, copied from the
 * shared corpus into {@code data/}), and hand-edited versions of them ({@code *-changed.yaml}: each edit is
 * listed in the test that uses it).
 */
class CallbacksWebhooksLinksTest {

	private static final List<String> FILES = List.of("callbacks", "webhooks", "link-example", "train-travel");

	@Test
	void selfDiffsAndJsonVersusYamlReportNothing() throws Exception {
		for (String name : FILES) {
			assertEquals(List.of(), Diffs.DIFFER.diff(Diffs.data(name + ".yaml"), Diffs.data(name + ".yaml")).changes(),
					name);
			if (name.equals("train-travel")) {
				continue; // trainTravelJsonAndYamlDifferInTheirDescriptionOnly
			}
			assertEquals(List.of(), Diffs.DIFFER.diff(Diffs.data(name + ".json"), Diffs.data(name + ".yaml")).changes(),
					name);
			assertEquals(List.of(), Diffs.DIFFER.diff(Diffs.data(name + ".yaml"), Diffs.data(name + ".json")).changes(),
					name);
		}
	}

	/**
	 * The two spellings of train-travel in the corpus are not the same document: the YAML's {@code info.description}
	 * is a plain scalar holding a backslash and an {@code n} where the JSON has line breaks. Everything else,
	 * webhooks and servers included, compares equal.
	 */
	@Test
	void trainTravelJsonAndYamlDifferInTheirDescriptionOnly() throws Exception {
		DiffReport r = Diffs.DIFFER.diff(Diffs.data("train-travel.json"), Diffs.data("train-travel.yaml"));
		assertEquals(List.of("- api.info.changed documentation"), lines(r));
		assertEquals("/info", r.changes().get(0).newLocation().pointer());
	}

	/**
	 * The {@code onData} callback of {@code POST /streams}: its payload's {@code timestamp} became an integer and a
	 * required {@code source} property appeared, its 204 answer is gone, and a callback {@code onClose} is new. The
	 * API sends the payload, so the new required property is harmless to the client that receives it and the type
	 * change breaks it; the removed 204 was an answer clients may give.
	 */
	@Test
	void callbackOperationsAreComparedWithTheRolesReversed() throws Exception {
		DiffReport r = Diffs.DIFFER.diff(Diffs.data("callbacks.yaml"), Diffs.data("callbacks-changed.yaml"));
		assertEquals(List.of( //
				"POST /streams callback.request.type.changed breaking", //
				"POST /streams callback.request.format.changed potentially-breaking", //
				"POST /streams callback.request.property.required.added non-breaking", //
				"POST /streams callback.response.success-status.removed breaking", //
				"POST /streams operation.callback.added non-breaking"), lines(r));
		Change type = r.changes().get(0);
		assertEquals("/paths/~1streams/post/callbacks/onData/{$request.query.callbackUrl}~1data/post/requestBody"
				+ "/content/application~1json/schema/properties/timestamp", type.newLocation().pointer());
		assertTrue(type.message().startsWith("Callback 'onData' POST {$request.query.callbackUrl}/data: "),
				type.message());
		assertEquals(1, r.summary().breakingOperations());
	}

	/**
	 * The {@code newPet} webhook lost its {@code DELETE} operation, its {@code Pet} payload lost {@code tag} and no
	 * longer requires {@code name}; a webhook {@code petSold} is new. Webhooks belong to no operation of the API.
	 */
	@Test
	void webhooksAreComparedLikeCallbacksWithNoOperation() throws Exception {
		DiffReport r = Diffs.DIFFER.diff(Diffs.data("webhooks.yaml"), Diffs.data("webhooks-changed.yaml"));
		assertEquals(List.of( //
				"- webhook.request.property.became-optional breaking", //
				"- webhook.request.property.removed potentially-breaking", //
				"- webhook.operation.removed breaking", //
				"- api.webhook.added non-breaking"), lines(r));
		assertTrue(r.changes().get(0).message().startsWith("Webhook 'newPet' POST: Schema 'Pet': "),
				r.changes().get(0).message());
		assertEquals(0, r.summary().changedOperations());
		assertTrue(Renderers.markdown(r).contains("`webhook.operation.removed`"), Renderers.markdown(r));
		assertTrue(Renderers.json(r).contains("\"rule\": \"api.webhook.added\""), Renderers.json(r));
	}

	/**
	 * The shared link {@code UserRepositories} now targets another operationId, the {@code pullRequestMerge} link
	 * is gone, and {@code /2.0/users/{username}} got a path-level server where the API declares none (that is, the
	 * server {@code /}).
	 */
	@Test
	void linksAndPathLevelServers() throws Exception {
		DiffReport r = Diffs.DIFFER.diff(Diffs.data("link-example.yaml"), Diffs.data("link-example-changed.yaml"));
		assertEquals(List.of( //
				"GET /2.0/users/{username} operation.server.changed breaking", //
				"GET /2.0/users/{username} response.link.changed potentially-breaking", //
				"GET /2.0/repositories/{username}/{slug}/pullrequests/{pid} response.link.removed potentially-breaking"),
				lines(r));
		assertEquals("/paths/~12.0~1users~1{username}/servers/0", r.changes().get(0).newLocation().pointer());
		assertEquals("/paths/~12.0~1users~1{username}/get/responses/200/links/userRepositories",
				r.changes().get(1).newLocation().pointer());
	}

	private static List<String> lines(DiffReport r) {
		return r.changes().stream().map(c -> (c.operation() == null ? "-" : c.operation().toString()) + ' ' + c.ruleId()
				+ ' ' + Renderers.severity(c.severity())).toList();
	}
}
