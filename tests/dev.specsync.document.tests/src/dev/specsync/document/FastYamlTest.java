package dev.specsync.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.specsync.document.internal.FastYaml;
import dev.specsync.document.internal.LineIndex;
import dev.specsync.document.internal.Problems;
import dev.specsync.document.internal.YamlReader;

/**
 * The fast YAML reader builds exactly the nodes the snakeyaml-based reader builds (offsets, values, types, styles,
 * quote counts, sequence indentation) for every text it accepts, and declines the rest: checked on every YAML file
 * of the corpus and on thousands of mutated pieces of a real file.
 */
class FastYamlTest {

	static List<Named<Path>> yamlFiles() {
		return TestSupport.named(TestSupport.corpusFiles().stream()
				.filter(p -> p.toString().matches(".*\\.ya?ml(\\.gz)?$")).toList());
	}

	@ParameterizedTest
	@MethodSource("yamlFiles")
	void acceptedFilesReadAsSnakeyamlReadsThem(Path file) throws DocumentException {
		String text = new String(TestSupport.read(file), StandardCharsets.UTF_8);
		String problem = disagreement(text);
		assertNull(problem, problem);
	}

	/** GitHub's descriptions are in the subset (Blockfrost's are not: they use flow sequences such as [a, b]). */
	@Test
	void largeRealFilesTakeTheFastPath() {
		int checked = 0;
		for (Path file : TestSupport.corpusFiles()) {
			String name = file.getFileName().toString();
			if (name.startsWith("api.github.com-") && name.contains(".yaml")) {
				checked++;
				String text = new String(TestSupport.read(file), StandardCharsets.UTF_8);
				assertNotNull(FastYaml.read(text, new Problems(name, new LineIndex(text)), LoadOptions.defaults()),
						name + " should be read by the fast reader");
			}
		}
		assertEquals(4, checked, "GitHub's four YAML descriptions are in the corpus");
	}

	@Test
	void mutatedPiecesOfARealFileAreReadAsSnakeyamlReadsThemOrDeclined() throws DocumentException {
		Path github = TestSupport.corpusFiles().stream()
				.filter(p -> p.getFileName().toString().equals("api.github.com-16.0.0.yaml.gz")).findFirst().orElseThrow();
		String[] lines = new String(TestSupport.read(github), StandardCharsets.UTF_8).split("\n", -1);
		String[] edits = { "", " ", "  ", ":", ": ", "#", " #", "- ", "'", "\"", "|", ">", "|-", "|2", "\\", "{}", "[]",
				"\n", "\n\n", "   \n", "-", "? ", "&a ", "*a", "!t ", "\t", "x: y", "%", "---", "\\_", "''", "\\u00e9",
				"\r\n", "- - ", "{a: b}", "[a]", "\"a\nb\"" };
		Random random = new Random(20261123L);
		int accepted = 0;
		for (int k = 0; k < 3000; k++) {
			int from = random.nextInt(lines.length);
			StringBuilder piece = new StringBuilder();
			int indent = -1;
			for (int i = from; i < Math.min(lines.length, from + 1 + random.nextInt(40)); i++) {
				String line = lines[i];
				if (indent < 0) {
					indent = line.length() - line.stripLeading().length();
				}
				int cut = 0;
				while (cut < indent && cut < line.length() && line.charAt(cut) == ' ') {
					cut++;
				}
				piece.append(line, cut, line.length()).append('\n');
			}
			String text = piece.toString();
			for (int m = random.nextInt(3); m > 0 && !text.isEmpty(); m--) {
				int at = random.nextInt(text.length());
				text = text.substring(0, at) + edits[random.nextInt(edits.length)]
						+ text.substring(Math.min(text.length(), at + random.nextInt(3)));
			}
			if (FastYaml.read(text, new Problems("piece", new LineIndex(text)), LoadOptions.defaults()) != null) {
				accepted++;
			}
			String problem = disagreement(text);
			if (problem != null) {
				fail(problem + "\n--- text:\n" + text);
			}
		}
		assertTrue(accepted > 1000, "the fast reader should accept most pieces, accepted " + accepted);
	}

	@Test
	void documentsLoadedEitherWayAreEqual() throws DocumentException {
		// a multi-line plain scalar is outside the subset: the document still loads, through snakeyaml
		String text = "openapi: 3.0.3\ninfo:\n  title: a\n    b\n  version: '1'\n";
		assertNull(FastYaml.read(text, new Problems("x", new LineIndex(text)), LoadOptions.defaults()));
		SourceDocument d = SourceDocument.parse("x.yaml", text, Format.YAML, LoadOptions.defaults());
		assertEquals("a b", ((ScalarNode) d.at("/info/title").orElseThrow()).value());
		String fast = "openapi: 3.0.3\ninfo:\n  title: |-\n    a\n\n    b\n  version: '1'\n";
		assertNotNull(FastYaml.read(fast, new Problems("x", new LineIndex(fast)), LoadOptions.defaults()));
		SourceDocument f = SourceDocument.parse("x.yaml", fast, Format.YAML, LoadOptions.defaults());
		assertEquals("a\n\nb", ((ScalarNode) f.at("/info/title").orElseThrow()).value());
		assertEquals('\'', f.style().preferredQuote());
	}

	/** Null when the fast reader declines the text or builds what the snakeyaml-based reader builds. */
	private static String disagreement(String text) {
		FastYaml.Result fast = FastYaml.read(text, new Problems("x", new LineIndex(text)), LoadOptions.defaults());
		if (fast == null) {
			return null;
		}
		YamlReader reader = new YamlReader(text, new Problems("x", new LineIndex(text)), LoadOptions.defaults());
		Node root;
		try {
			root = reader.parse();
		} catch (DocumentException e) {
			return "the fast reader accepts what snakeyaml rejects: " + e.getMessage();
		}
		if (fast.singleQuoted() != reader.singleQuoted() || fast.doubleQuoted() != reader.doubleQuoted()
				|| !Objects.equals(fast.indentedSequences(), reader.indentedSequences())) {
			return "statistics differ";
		}
		return difference(fast.root(), root);
	}

	private static String difference(Node x, Node y) {
		if (x.kind() != y.kind() || x.start() != y.start() || x.end() != y.end()
				|| !Objects.equals(x.anchor(), y.anchor()) || !Objects.equals(x.tag(), y.tag())) {
			return "fast " + x + " but snakeyaml " + y;
		}
		if (x instanceof ScalarNode a && y instanceof ScalarNode b) {
			return a.type() == b.type() && a.style() == b.style() && a.value().equals(b.value()) ? null
					: "fast " + a + " " + a.style() + " but snakeyaml " + b + " " + b.style();
		}
		if (x instanceof MappingNode a && y instanceof MappingNode b) {
			if (a.size() != b.size() || a.style() != b.style()) {
				return "fast " + a + " but snakeyaml " + b;
			}
			for (int i = 0; i < a.size(); i++) {
				String d = difference(a.key(i), b.key(i));
				if (d == null) {
					d = difference(a.value(i), b.value(i));
				}
				if (d != null) {
					return d;
				}
			}
			return null;
		}
		if (x instanceof SequenceNode a && y instanceof SequenceNode b) {
			if (a.size() != b.size() || a.style() != b.style()) {
				return "fast " + a + " but snakeyaml " + b;
			}
			for (int i = 0; i < a.size(); i++) {
				String d = difference(a.get(i), b.get(i));
				if (d != null) {
					return d;
				}
			}
		}
		return null;
	}
}
