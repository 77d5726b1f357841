package dev.specsync.diff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.specsync.diff.Change;
import dev.specsync.diff.DiffReport;

/** Constraints that OpenAPI versions spell differently mean the same thing. */
class ConstraintSpellingsTest {

	@Test
	void booleanExclusiveBoundOf30EqualsTheNumberOf31() throws Exception {
		String v30 = RuleTest.exchange("{type: number, minimum: 0, exclusiveMinimum: true, maximum: 10}",
				"{type: string}");
		String v31 = RuleTest.exchange("{type: number, exclusiveMinimum: 0, maximum: 10}", "{type: string}")
				.replace("openapi: 3.0.3", "openapi: 3.1.0");
		assertEquals(List.of(), Diffs.diff(v30, v31).changes());
		assertEquals(List.of(), Diffs.diff(v31, v30).changes());
	}

	@Test
	void makingA30BoundExclusiveNarrowsARequest() throws Exception {
		String inclusive = RuleTest.exchange("{type: number, maximum: 10}", "{type: string}");
		DiffReport r = Diffs.diff(inclusive, inclusive.replace("maximum: 10}", "maximum: 10, exclusiveMaximum: true}"));
		assertEquals(List.of("request.maximum.removed non-breaking", "request.exclusiveMaximum.added breaking"),
				r.changes().stream().map(ConstraintSpellingsTest::line).toList());
	}

	private static String line(Change c) {
		return c.ruleId() + ' ' + Renderers.severity(c.severity());
	}
}
