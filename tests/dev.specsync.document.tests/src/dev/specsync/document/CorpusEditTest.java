package dev.specsync.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random structural edits at random places of every corpus file under 600,000 bytes (unpacked; larger ones
 * would only lengthen the run): the result must re-parse to exactly the expected data, and the changed lines
 * must lie within the edited entry's lines (plus one neighbour line for a moved comma).
 */
class CorpusEditTest {
	private static final int EDITS_PER_FILE = 12;

	static List<Named<Path>> files() {
		return TestSupport.named(TestSupport.corpusFiles().stream()
				.filter(p -> TestSupport.read(p).length < 600_000)
				.toList());
	}

	private record Located(JsonPointer pointer, Node node) {
	}

	@ParameterizedTest
	@MethodSource("files")
	void randomEditsChangeOnlyTheirLinesAndGiveTheExpectedData(Path file) throws Exception {
		SourceDocument doc = TestSupport.load(file);
		List<Located> mappings = new ArrayList<>();
		List<Located> sequences = new ArrayList<>();
		collect(doc.root(), mappings, sequences);
		Random random = new Random(file.getFileName().toString().hashCode());
		DocumentEditor ed = new DocumentEditor(doc);
		for (int step = 0; step < EDITS_PER_FILE; step++) {
			final int n = step;
			int op = n % 6;
			Object expected = Nodes.toJava(doc.root());
			TextEdit edit;
			final int firstLine;
			final int lastLine;
			if (op == 5 && !sequences.isEmpty()) {
				Located s = sequences.get(random.nextInt(sequences.size()));
				SequenceNode seq = (SequenceNode) s.node();
				Object value = random.nextBoolean() ? "appended" : Map.of("k", List.of(1, "v"));
				edit = ed.appendItem(s.pointer().toString(), value);
				@SuppressWarnings("unchecked")
				List<Object> list = (List<Object>) navigate(expected, s.pointer());
				list.add(value);
				firstLine = doc.start(seq).line() - 1;
				lastLine = doc.end(seq).line() + 1;

			} else {
				Located m = mappings.get(random.nextInt(mappings.size()));
				MappingNode map = (MappingNode) m.node();
				int i = random.nextInt(map.size());
				String key = map.keyText(i);
				Node value = map.value(i);
				JsonPointer entry = m.pointer().append(key);
				@SuppressWarnings("unchecked")
				Map<String, Object> target = (Map<String, Object>) navigate(expected, m.pointer());
				firstLine = doc.start(map.key(i)).line() - 1;
				lastLine = doc.end(value).line() + 1;
				switch (op) {
					case 0 -> {
						edit = ed.setScalar(entry.toString(), "edited: value #" + n);
						target.put(key, "edited: value #" + n);
					}
					case 1 -> {
						Map<String, Object> v = new LinkedHashMap<>();
						v.put("description", "added");
						v.put("enum", List.of("a b", 2, true));
						edit = ed.addEntry(m.pointer().toString(), "x-added-" + n, v, key);
						Map<String, Object> copy = new LinkedHashMap<>();
						target.forEach((k, val) -> {
							copy.put(k, val);
							if (k.equals(key)) {
								copy.put("x-added-" + n, v);
							}
						});
						target.clear();
						target.putAll(copy);
					}
					case 2 -> {
						edit = ed.removeEntry(entry.toString());
						target.remove(key);
					}
					case 3 -> {
						String newKey = "renamed-" + n;
						edit = ed.renameKey(entry.toString(), newKey);
						Map<String, Object> copy = new LinkedHashMap<>();
						target.forEach((k, val) -> copy.put(k.equals(key) ? newKey : k, val));
						target.clear();
						target.putAll(copy);
					}
					default -> {
						Object v = List.of(Map.of("name", "n"), 42);
						edit = ed.replace(entry.toString(), v);
						target.put(key, v);
					}
				}
			}
			SourceDocument edited = doc.apply(edit);
			String where = file.getFileName() + " edit #" + n + " " + edit;
			assertEquals(TestSupport.normalize(expected), TestSupport.normalize(Nodes.toJava(edited.root())), where);
			assertTrue(edited.diagnostics().isEmpty() || !doc.diagnostics().isEmpty(), where);
			int changedFrom = doc.position(edit.offset()).line();
			int changedTo = doc.position(edit.offset() + edit.length()).line();
			assertTrue(changedFrom >= firstLine && changedTo <= lastLine + 1,
					() -> where + ": changed lines " + changedFrom + ".." + changedTo + " outside " + firstLine + ".." + lastLine);
			assertEquals(doc.text().substring(0, doc.lineStartOffset(changedFrom)),
					edited.text().substring(0, doc.lineStartOffset(changedFrom)), where);
		}
	}

	private static void collect(Node root, List<Located> mappings, List<Located> sequences) {
		ArrayDeque<Located> todo = new ArrayDeque<>();
		todo.push(new Located(JsonPointer.ROOT, root));
		while (!todo.isEmpty()) {
			Located l = todo.pop();
			if (l.node() instanceof MappingNode m && m.size() > 1) {
				boolean scalarKeys = true;
				for (int i = 0; i < m.size(); i++) {
					scalarKeys &= m.keyText(i) != null && !(m.value(i) instanceof AliasNode);
				}
				if (scalarKeys) {
					mappings.add(l);
					for (int i = 0; i < m.size(); i++) {
						todo.push(new Located(l.pointer().append(m.keyText(i)), m.value(i)));
					}
				}
			} else if (l.node() instanceof SequenceNode s && s.size() > 0) {
				sequences.add(l);
				for (int i = 0; i < s.size(); i++) {
					todo.push(new Located(l.pointer().append(Integer.toString(i)), s.get(i)));
				}
			}
		}
	}

	private static Object navigate(Object root, JsonPointer p) {
		Object o = root;
		for (String t : p.tokens()) {
			o = o instanceof Map<?, ?> m ? m.get(t) : ((List<?>) o).get(Integer.parseInt(t));
		}
		return o;
	}
}
