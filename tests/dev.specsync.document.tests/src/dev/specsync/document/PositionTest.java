package dev.specsync.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Line/column of pointer lookups, checked by hand against {@code grep -n} on the copied files. */
class PositionTest {

	private static SourceDocument corpus(String name) throws DocumentException {
		return TestSupport.load(TestSupport.resource("corpus/" + name));
	}

	private static Position startOf(SourceDocument doc, String pointer) {
		return doc.start(doc.at(pointer).orElseThrow(() -> new AssertionError("missing " + pointer)));
	}

	@Test
	void yamlPetstorePositions() throws Exception {
		SourceDocument doc = corpus("oas-examples/3.0/yaml/petstore.yaml");
		Position version = startOf(doc, "/info/version");
		assertEquals(6, version.line());
		assertEquals(12, version.column());
		assertEquals("1.0.0", ((ScalarNode) doc.at("/info/version").orElseThrow()).value());
		assertEquals(18, startOf(doc, "/servers/0/url").line());
		assertEquals(10, startOf(doc, "/servers/0/url").column());
		Position op = startOf(doc, "/paths/~1pet/post/operationId");
		assertEquals(39, op.line());
		assertEquals(20, op.column());
		assertEquals(35, doc.start(doc.keyAt("/paths/~1pet/post/tags").orElseThrow()).line());
		assertEquals(36, startOf(doc, "/paths/~1pet/post/tags").line());
		assertEquals(36, startOf(doc, "/paths/~1pet/post/tags/0").line());
	}

	@Test
	void yamlBlockfrostPathKeysAndOperations() throws Exception {
		SourceDocument doc = corpus("blockfrost/blockfrost-0.1.24.yaml");
		MappingNode paths = (MappingNode) doc.at("/paths").orElseThrow();
		int health = paths.indexOf("/health");
		assertEquals(151, doc.start(paths.key(health)).line());
		assertEquals(3, doc.start(paths.key(health)).column());
		assertEquals(116, doc.start(doc.keyAt("/paths/~1/get").orElseThrow()).line());
		assertEquals(117, startOf(doc, "/paths/~1/get").line());
		Position get = doc.start(doc.keyAt("/paths/~1health/get").orElseThrow());
		assertEquals(152, get.line());
		assertEquals(5, get.column());
		assertEquals("  /health/clock:", doc.line(184));
	}

	@Test
	void prettyJsonPositions() throws Exception {
		SourceDocument doc = corpus("oas-examples/3.0/json/petstore.json");
		assertEquals(new Position(doc.at("/info/version").orElseThrow().start(), 5, 16),
				startOf(doc, "/info/version"));
		assertEquals(53, startOf(doc, "/paths/~1pet/post/operationId").line());
		assertEquals(24, startOf(doc, "/paths/~1pet/post/operationId").column());
		assertEquals(99, startOf(doc, "/paths/~1pet~1findByStatus/get/operationId").line());
		Node pet = doc.at("/paths/~1pet").orElseThrow();
		assertEquals(48, doc.start(pet).line());
		assertTrue(doc.text().substring(pet.start(), pet.end()).startsWith("{"));
		assertTrue(doc.text().substring(pet.start(), pet.end()).endsWith("}"));
	}

	@Test
	void minifiedJsonColumnsCountFromTheLineStart() throws Exception {
		SourceDocument doc = corpus("apis-guru/openai.json");
		assertEquals(1, doc.lineCount());
		Node servers = doc.at("/servers/0/url").orElseThrow();
		assertEquals(1, doc.start(servers).line());
		assertEquals(doc.text().indexOf("\"https://api.openai.com/v1\"") + 1, doc.start(servers).column());
	}

	@Test
	void pointerEscapesAndMissingSteps() throws Exception {
		SourceDocument doc = TestSupport.json("{\"a/b\": {\"m~n\": [10, 20]}, \"\": 1}");
		assertEquals("20", ((ScalarNode) doc.at("/a~1b/m~0n/1").orElseThrow()).value());
		assertEquals("1", ((ScalarNode) doc.at("/").orElseThrow()).value());
		assertTrue(doc.at("/a~1b/m~0n/2").isEmpty());
		assertTrue(doc.at("/a~1b/m~0n/01").isEmpty());
		assertTrue(doc.at("/nope/x").isEmpty());
		assertEquals(doc.root(), doc.at("").orElseThrow());
		assertEquals("/a~1b/m~0n", JsonPointer.parse("/a~1b/m~0n").toString());
	}

	@Test
	void positionsAfterCrlfAndSupplementaryCharacters() throws Exception {
		SourceDocument doc = TestSupport.yaml("a: \"\uD83D\uDE00\"\r\nb:\r\n  c: x # note\r\n");
		assertEquals(new Position(doc.at("/b/c").orElseThrow().start(), 3, 6), startOf(doc, "/b/c"));
		assertEquals(4, doc.at("/a").orElseThrow().end() - doc.at("/a").orElseThrow().start());
		assertEquals("\uD83D\uDE00", ((ScalarNode) doc.at("/a").orElseThrow()).value());
	}
}
