package dev.specsync.diff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.specsync.diff.Change;
import dev.specsync.diff.ChangeSeverity;
import dev.specsync.diff.DiffReport;

/** Real descriptions copied from the shared corpus into {@code data/}. */
class RealFilesTest {

	@Test
	void selfDiffsReportNothing() throws Exception {
		for (String name : List.of("petstore-expanded.yaml", "directus-9.21.0.json", "directus-15.2.0.json")) {
			assertEquals(List.of(), Diffs.DIFFER.diff(Diffs.data(name), Diffs.data(name)).changes(), name);
		}
	}

	@Test
	void githubJsonAndYamlOfTheSameVersionReportNothing() throws Exception {
		DiffReport r = Diffs.DIFFER.diff(Diffs.data("api.github.com-2.2.1.json.gz"),
				Diffs.data("api.github.com-2.2.1.yaml.gz"));
		assertEquals(List.of(), r.changes().stream().limit(5).toList());
	}

	/**
	 * Directus 9.21.0 to 15.2.0, breaking changes checked by hand with jq: the activity comment endpoints are
	 * gone, {@code DELETE /users/{id}} and {@code POST /users/invite} answer 204 instead of 200, the shared
	 * {@code Filter} query parameter changed from an array of strings to an object, and
	 * {@code Settings.public_background} from a string to an object (a file reference).
	 */
	@Test
	void directus9To15HandCheckedBreakingChanges() throws Exception {
		DiffReport r = Diffs.DIFFER.diff(Diffs.data("directus-9.21.0.json"), Diffs.data("directus-15.2.0.json"));
		assertBreaking(r, "operation.removed", "POST /activity/comment");
		assertBreaking(r, "operation.removed", "DELETE /activity/comment/{id}");
		assertBreaking(r, "response.success-status.removed", "DELETE /users/{id}");
		assertBreaking(r, "response.success-status.removed", "POST /users/invite");
		assertBreaking(r, "request.type.changed", "GET /users");
		assertBreaking(r, "response.type.changed", "GET /settings");
		assertTrue(r.summary().breakingOperations() > 0 && r.summary().breakingOperations() <= r.summary()
				.changedOperations(), r.summary()::toString);
	}

	/**
	 * Where openapi-diff 2.1.7 disagrees on the same pair (RULES.md, "Checked against openapi-diff"): it calls
	 * 70 operations incompatible, we call 32 breaking, all among its 70. The other 38 only lose an optional query
	 * parameter ({@code meta}), an optional request property ({@code ip_whitelist} of roles) or an optional
	 * response property ({@code error} of the 401/404 bodies, replaced by {@code errors}): openapi-diff counts
	 * removing anything as incompatible; for us an optional element was never something a client could rely on
	 * being accepted or present, so it is potentially breaking (a strict server or client may fail), not breaking.
	 */
	@Test
	void directus9To15DisagreementsWithOpenApiDiffArePotentiallyBreaking() throws Exception {
		DiffReport r = Diffs.DIFFER.diff(Diffs.data("directus-9.21.0.json"), Diffs.data("directus-15.2.0.json"));
		for (String op : List.of("GET /roles/{id}", "POST /roles", "GET /server/info", "PATCH /users/{id}")) {
			List<Change> changes = r.changes().stream()
					.filter(c -> c.operation() != null && c.operation().toString().equals(op)).toList();
			assertTrue(changes.stream().noneMatch(c -> c.severity() == ChangeSeverity.BREAKING), () -> op + ": " + changes);
			assertTrue(changes.stream().anyMatch(c -> c.severity() == ChangeSeverity.POTENTIALLY_BREAKING
					&& List.of("request.parameter.removed", "request.property.removed", "response.property.removed")
							.contains(c.ruleId())), () -> op + ": " + changes);
		}
		assertEquals(32, r.summary().breakingOperations(), r.summary()::toString);
	}

	private static void assertBreaking(DiffReport r, String rule, String operation) {
		assertTrue(r.changes().stream().anyMatch(c -> c.ruleId().equals(rule) && c.severity() == ChangeSeverity.BREAKING
				&& c.operation() != null && c.operation().toString().equals(operation)),
				() -> rule + " on " + operation + " in " + r.changes().stream().filter(c -> c.operation() != null
						&& c.operation().toString().equals(operation)).map(Change::ruleId).toList());
	}
}
