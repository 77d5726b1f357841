package dev.specsync.diff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * RULES.md, shipped in the bundle, lists every rule of the catalogue with the kind and severity the differ
 * reports, and no rule the catalogue does not have: the document users read cannot drift from the code.
 */
class RulesDocumentTest {

	private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);

	private static String document() throws Exception {
		URL url = FrameworkUtil.getBundle(Rules.class).getEntry("RULES.md");
		assertNotNull(url, "RULES.md is not in the dev.specsync.diff bundle");
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void everyRuleIsListedWithItsKindAndSeverity() throws Exception {
		String doc = document();
		List<String> missing = new ArrayList<>();
		for (Rule rule : Rules.all()) {
			String id = rule.id();
			if (id.startsWith("callback.")) {
				String base = id.substring("callback.".length());
				String row = "| `" + base + "` | " + Renderers.severity(rule.severity()) + " | `callback." + base
						+ "`, `webhook." + base + "` |";
				if (!doc.contains(row)) {
					missing.add(row);
				}
				continue;
			}
			if (id.startsWith("webhook.")) {
				assertEquals(Rules.get("callback." + id.substring(8)).severity(), rule.severity(), id);
				continue;
			}
			String direction = rule.direction() == Direction.API ? "API"
					: rule.direction() == Direction.NONE ? "none" : rule.direction().prefix;
			String row = "| `" + id + "` | " + rule.kind().name().toLowerCase(Locale.ROOT) + " | "
					+ Renderers.severity(rule.severity()) + " | " + direction + " | `RuleTest#eachRule[" + id + "]` |";
			if (!doc.contains(row)) {
				missing.add(row);
			}
		}
		assertEquals("", String.join("\n", missing), "rows missing from RULES.md or not matching the catalogue");
	}

	@Test
	void everyListedRuleExists() throws Exception {
		List<String> unknown = new ArrayList<>();
		Matcher m = ROW.matcher(document());
		while (m.find()) {
			if (m.group(1).contains("*")) {
				continue; // a family of rules (the table of equivalents in other tools)
			}
			try {
				Rules.get(m.group(1));
			} catch (IllegalArgumentException e) {
				unknown.add(m.group(1));
			}
		}
		assertEquals(List.of(), unknown);
	}
}
