package dev.specsync.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Every real file: byte-identical round trip, same data as an independent parser, sane node ranges. */
class CorpusTest {

	static List<Named<Path>> files() {
		return TestSupport.named(TestSupport.corpusFiles());
	}

	@ParameterizedTest
	@MethodSource("files")
	void savingAnUnchangedDocumentGivesTheSameBytes(Path file) throws Exception {
		byte[] bytes = TestSupport.read(file);
		SourceDocument doc = TestSupport.load(file);
		assertArrayEquals(bytes, doc.toBytes());
		assertTrue(doc.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR));
	}

	@ParameterizedTest
	@MethodSource("files")
	void treeHoldsTheSameDataAsAReferenceParser(Path file) throws Exception {
		byte[] bytes = TestSupport.read(file);
		SourceDocument doc = TestSupport.load(file);
		Object expected;
		if (doc.format() == Format.JSON) {
			expected = TestSupport.jackson(bytes);
		} else {
			LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE)
					.setMaxAliasesForCollections(10_000).build();
			expected = TestSupport.normalize(new Load(settings).loadFromString(new String(bytes, StandardCharsets.UTF_8)));
		}
		assertEquals(expected, TestSupport.normalize(Nodes.toJava(doc.root())));
	}

	@ParameterizedTest
	@MethodSource("files")
	void nodeRangesAreOrderedAndPointAtTheirText(Path file) throws Exception {
		SourceDocument doc = TestSupport.load(file);
		String text = doc.text();
		ArrayDeque<Node> todo = new ArrayDeque<>();
		todo.push(doc.root());
		int checked = 0;
		while (!todo.isEmpty()) {
			Node n = todo.pop();
			assertTrue(n.start() <= n.end() && n.end() <= text.length(), () -> "range of " + n);
			if (n instanceof MappingNode m) {
				int previous = m.start();
				for (int i = 0; i < m.size(); i++) {
					Node k = m.key(i);
					Node v = m.value(i);
					int prev = previous;
					assertTrue(prev <= k.start() && k.end() <= v.start() && v.end() <= m.end(),
							() -> "entry " + k + " of " + m + " at " + doc.start(k));
					previous = v.end();
					todo.push(k);
					todo.push(v);
				}
			} else if (n instanceof SequenceNode s) {
				int previous = s.start();
				for (Node item : s.items()) {
					assertTrue(previous <= item.start() && item.end() <= s.end(), () -> "item " + item);
					previous = item.end();
					todo.push(item);
				}
			} else if (n instanceof ScalarNode s && n.anchor() == null && n.tag() == null) {
				String raw = text.substring(s.start(), s.end());
				switch (s.style()) {
					case PLAIN -> {
						if (raw.indexOf('\n') < 0) {
							assertEquals(s.value(), raw, () -> "plain scalar at " + doc.start(s));
						}
					}
					case DOUBLE_QUOTED -> assertTrue(raw.startsWith("\"") && raw.endsWith("\""), raw);
					case SINGLE_QUOTED -> assertTrue(raw.startsWith("'") && raw.endsWith("'"), raw);
					case LITERAL -> assertTrue(raw.startsWith("|"), raw);
					case FOLDED -> assertTrue(raw.startsWith(">"), raw);
				}
				checked++;
			}
		}
		assertTrue(checked > 0);
	}

	@ParameterizedTest
	@MethodSource("files")
	void crlfCopyRoundTripsAndHoldsTheSameData(Path file) throws Exception {
		SourceDocument lf = TestSupport.load(file);
		if (lf.text().length() > 2_000_000) {
			return;
		}
		byte[] crlfBytes = TestSupport.lf2crlf(lf.text()).getBytes(StandardCharsets.UTF_8);
		SourceDocument crlf = SourceDocument.parse(file + " (CRLF)", crlfBytes, lf.format(), LoadOptions.defaults());
		assertArrayEquals(crlfBytes, crlf.toBytes());
		if (lf.lineCount() > 1) {
			assertEquals(LineEnding.CRLF, crlf.style().lineEnding());
		}
		assertEquals(TestSupport.normalize(Nodes.toJava(lf.root())), TestSupport.normalize(Nodes.toJava(crlf.root())));
	}
}
