package dev.specsync.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every edit changes one contiguous block of lines (checked line by line, terminators included) and the
 * result re-parses to the expected data.
 */
class EditTest {

	private static final String JSON = """
            {
              "openapi": "3.0.0",
              "info": {
                "title": "Pets",
                "version": "1.0.0"
              },
              "tags": [
                "a",
                "b"
              ],
              "empty": {},
              "list": []
            }
            """;

	private static final String YAML = """
            # Pets API
            openapi: 3.0.0
            info:
              title: 'Pets'   # the name
              version: 1.0.0
              description: |
                Line one.
                Line two.
            # tags follow
            tags:
              - a
              - b
            servers:
            - url: http://x
              note: first
            flow: {a: 1, b: [1, 2]}
            empty:
            """;

	/** The lines of {@code before} and {@code after} differ only in one block: old lines → new lines. */
	private static void assertHunk(String before, String after, List<String> removed, List<String> added) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		assertEquals(removed, a.subList(prefix, a.size() - suffix), "removed lines\n" + after);
		assertEquals(added, b.subList(prefix, b.size() - suffix), "added lines\n" + after);
	}

	/** Lines with their terminators, so CRLF vs LF differences are visible. */
	private static List<String> lines(String text) {
		List<String> out = new ArrayList<>(Arrays.asList(text.split("(?<=\n)|(?<=\r(?!\n))")));
		if (out.size() == 1 && out.get(0).isEmpty()) {
			out.clear();
		}
		return out;
	}

	private static List<String> l(String eol, String... lines) {
		return Arrays.stream(lines).map(s -> s + eol).toList();
	}

	private static SourceDocument doc(String text, Format f, String eol) throws DocumentException {
		String t = eol.equals("\n") ? text : TestSupport.lf2crlf(text);
		return SourceDocument.parse("t." + f.name().toLowerCase(), t.getBytes(StandardCharsets.UTF_8), f,
				LoadOptions.defaults());
	}

	private static Object data(SourceDocument d, String pointer) {
		return Nodes.toJava(d.at(pointer).orElseThrow());
	}

	// ------------------------------------------------------------------ JSON

	@ParameterizedTest
	@ValueSource(strings = {"\n", "\r\n"})
	void jsonSetScalar(String eol) throws Exception {
		SourceDocument d = doc(JSON, Format.JSON, eol);
		SourceDocument e = d.apply(new DocumentEditor(d).setScalar("/info/version", "2.0.0"));
		assertHunk(d.text(), e.text(), l(eol, "    \"version\": \"1.0.0\""), l(eol, "    \"version\": \"2.0.0\""));
		assertEquals("2.0.0", data(e, "/info/version"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"\n", "\r\n"})
	void jsonAddEntryAtEndAndAfterKey(String eol) throws Exception {
		SourceDocument d = doc(JSON, Format.JSON, eol);
		DocumentEditor ed = new DocumentEditor(d);
		SourceDocument end = d.apply(ed.addEntry("/info", "license", Map.of("name", "MIT"), null));
		assertHunk(d.text(), end.text(), l(eol, "    \"version\": \"1.0.0\""),
				l(eol, "    \"version\": \"1.0.0\",", "    \"license\": {", "      \"name\": \"MIT\"", "    }"));
		assertEquals(Map.of("name", "MIT"), data(end, "/info/license"));

		SourceDocument after = d.apply(ed.addEntry("/info", "summary", "S", "title"));
		assertHunk(d.text(), after.text(), List.of(), l(eol, "    \"summary\": \"S\","));
		assertEquals(List.of("title", "summary", "version"),
				new ArrayList<>(((Map<?, ?>) data(after, "/info")).keySet()));

		SourceDocument empty = d.apply(ed.addEntry("/empty", "k", 1, null));
		assertEquals(Map.of("k", 1L), data(empty, "/empty"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"\n", "\r\n"})
	void jsonRemoveEntry(String eol) throws Exception {
		SourceDocument d = doc(JSON, Format.JSON, eol);
		DocumentEditor ed = new DocumentEditor(d);
		SourceDocument last = d.apply(ed.removeEntry("/info/version"));
		assertHunk(d.text(), last.text(), l(eol, "    \"title\": \"Pets\",", "    \"version\": \"1.0.0\""),
				l(eol, "    \"title\": \"Pets\""));
		SourceDocument first = d.apply(ed.removeEntry("/info/title"));
		assertHunk(d.text(), first.text(), l(eol, "    \"title\": \"Pets\","), List.of());
		assertEquals(Map.of("version", "1.0.0"), data(first, "/info"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"\n", "\r\n"})
	void jsonSequenceEdits(String eol) throws Exception {
		SourceDocument d = doc(JSON, Format.JSON, eol);
		DocumentEditor ed = new DocumentEditor(d);
		SourceDocument appended = d.apply(ed.appendItem("/tags", "c"));
		assertHunk(d.text(), appended.text(), l(eol, "    \"b\""), l(eol, "    \"b\",", "    \"c\""));
		SourceDocument inserted = d.apply(ed.insertItem("/tags", 0, "z"));
		assertHunk(d.text(), inserted.text(), List.of(), l(eol, "    \"z\","));
		assertEquals(List.of("z", "a", "b"), data(inserted, "/tags"));
		SourceDocument removed = d.apply(ed.removeItem("/tags/1"));
		assertHunk(d.text(), removed.text(), l(eol, "    \"a\",", "    \"b\""), l(eol, "    \"a\""));
		assertEquals(List.of(true), data(d.apply(ed.appendItem("/list", true)), "/list"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"\n", "\r\n"})
	void jsonRenameAndReplaceSubtree(String eol) throws Exception {
		SourceDocument d = doc(JSON, Format.JSON, eol);
		DocumentEditor ed = new DocumentEditor(d);
		SourceDocument renamed = d.apply(ed.renameKey("/info/title", "name"));
		assertHunk(d.text(), renamed.text(), l(eol, "    \"title\": \"Pets\","), l(eol, "    \"name\": \"Pets\","));
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("title", "New");
		info.put("tags", List.of(1, 2));
		SourceDocument replaced = d.apply(ed.replace("/info", info));
		assertHunk(d.text(), replaced.text(),
				l(eol, "    \"title\": \"Pets\",", "    \"version\": \"1.0.0\""),
				l(eol, "    \"title\": \"New\",", "    \"tags\": [", "      1,", "      2", "    ]"));
		assertEquals(Map.of("title", "New", "tags", List.of(1L, 2L)), data(replaced, "/info"));
	}

	@Test
	void minifiedJsonStaysOnOneLine() throws Exception {
		SourceDocument d = TestSupport.json("{\"a\":{\"x\":1},\"b\":[1,2]}");
		DocumentEditor ed = new DocumentEditor(d);
		assertEquals("{\"a\":{\"x\":1,\"y\":[true]},\"b\":[1,2]}",
				d.apply(ed.addEntry("/a", "y", List.of(true), null)).text());
		assertEquals("{\"a\":{\"x\":1},\"b\":[1,2,3]}", d.apply(ed.appendItem("/b", 3)).text());
		assertEquals("{\"a\":{\"x\":1}}", d.apply(ed.removeEntry("/b")).text());
	}

	// ------------------------------------------------------------------ YAML

	@ParameterizedTest
	@ValueSource(strings = {"\n", "\r\n"})
	void yamlSetScalarKeepsQuotesAndComments(String eol) throws Exception {
		SourceDocument d = doc(YAML, Format.YAML, eol);
		DocumentEditor ed = new DocumentEditor(d);
		SourceDocument t = d.apply(ed.setScalar("/info/title", "Pet's store"));
		assertHunk(d.text(), t.text(), l(eol, "  title: 'Pets'   # the name"), l(eol, "  title: 'Pet''s store'   # the name"));
		SourceDocument v = d.apply(ed.setScalar("/info/version", "2.0"));
		assertHunk(d.text(), v.text(), l(eol, "  version: 1.0.0"), l(eol, "  version: '2.0'"));
		assertEquals("2.0", data(v, "/info/version"));
		SourceDocument n = d.apply(ed.setScalar("/openapi", 3));
		assertEquals(3L, data(n, "/openapi"));
		SourceDocument e = d.apply(ed.setScalar("/empty", "now set"));
		assertHunk(d.text(), e.text(), l(eol, "empty:"), l(eol, "empty: now set"));
		SourceDocument lit = d.apply(ed.setScalar("/info/description", "One.\nTwo.\nThree.\n"));
		assertHunk(d.text(), lit.text(), l(eol, "    Line one.", "    Line two."),
				l(eol, "    One.", "    Two.", "    Three."));
		assertEquals("One.\nTwo.\nThree.\n", data(lit, "/info/description"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"\n", "\r\n"})
	void yamlAddEntry(String eol) throws Exception {
		SourceDocument d = doc(YAML, Format.YAML, eol);
		DocumentEditor ed = new DocumentEditor(d);
		SourceDocument end = d.apply(ed.addEntry("/info", "license", Map.of("name", "MIT"), null));
		assertHunk(d.text(), end.text(), List.of(), l(eol, "  license:", "    name: MIT"));
		assertEquals("MIT", data(end, "/info/license/name"));
		assertEquals("Line one.\nLine two.\n", data(end, "/info/description"));
		SourceDocument after = d.apply(ed.addEntry("/info", "summary", "yes", "title"));
		assertHunk(d.text(), after.text(), List.of(), l(eol, "  summary: 'yes'"));
		assertEquals(List.of("title", "summary", "version", "description"),
				new ArrayList<>(((Map<?, ?>) data(after, "/info")).keySet()));
		SourceDocument top = d.apply(ed.addEntry("", "paths", Map.of("/p", Map.of("get", List.of("x"))), "info"));
		assertHunk(d.text(), top.text(), List.of(), l(eol, "paths:", "  /p:", "    get:", "      - x"));
		SourceDocument flow = d.apply(ed.addEntry("/flow", "c", "d", null));
		assertHunk(d.text(), flow.text(), l(eol, "flow: {a: 1, b: [1, 2]}"), l(eol, "flow: {a: 1, b: [1, 2], c: d}"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"\n", "\r\n"})
	void yamlRemoveEntryAndRename(String eol) throws Exception {
		SourceDocument d = doc(YAML, Format.YAML, eol);
		DocumentEditor ed = new DocumentEditor(d);
		SourceDocument r = d.apply(ed.removeEntry("/info/description"));
		assertHunk(d.text(), r.text(), l(eol, "  description: |", "    Line one.", "    Line two."), List.of());
		SourceDocument r2 = d.apply(ed.removeEntry("/info/title"));
		assertHunk(d.text(), r2.text(), l(eol, "  title: 'Pets'   # the name"), List.of());
		SourceDocument r3 = d.apply(ed.removeEntry("/servers/0/url"));
		assertHunk(d.text(), r3.text(), l(eol, "- url: http://x", "  note: first"), l(eol, "- note: first"));
		SourceDocument rn = d.apply(ed.renameKey("/info/title", "x-title"));
		assertHunk(d.text(), rn.text(), l(eol, "  title: 'Pets'   # the name"), l(eol, "  x-title: 'Pets'   # the name"));
		assertThrows(IllegalArgumentException.class, () -> ed.renameKey("/info/title", "version"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"\n", "\r\n"})
	void yamlSequenceEdits(String eol) throws Exception {
		SourceDocument d = doc(YAML, Format.YAML, eol);
		DocumentEditor ed = new DocumentEditor(d);
		SourceDocument app = d.apply(ed.appendItem("/tags", Map.of("name", "c")));
		assertHunk(d.text(), app.text(), List.of(), l(eol, "  - name: c"));
		SourceDocument ins = d.apply(ed.insertItem("/tags", 1, "x"));
		assertHunk(d.text(), ins.text(), List.of(), l(eol, "  - x"));
		assertEquals(List.of("a", "x", "b"), data(ins, "/tags"));
		SourceDocument srv = d.apply(ed.appendItem("/servers", Map.of("url", "http://y")));
		assertHunk(d.text(), srv.text(), List.of(), l(eol, "- url: http://y"));
		SourceDocument rm = d.apply(ed.removeItem("/tags/0"));
		assertHunk(d.text(), rm.text(), l(eol, "  - a"), List.of());
		SourceDocument flow = d.apply(ed.appendItem("/flow/b", 3));
		assertEquals(List.of(1L, 2L, 3L), data(flow, "/flow/b"));
		assertHunk(d.text(), flow.text(), l(eol, "flow: {a: 1, b: [1, 2]}"), l(eol, "flow: {a: 1, b: [1, 2, 3]}"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"\n", "\r\n"})
	void yamlReplaceSubtree(String eol) throws Exception {
		SourceDocument d = doc(YAML, Format.YAML, eol);
		DocumentEditor ed = new DocumentEditor(d);
		SourceDocument r = d.apply(ed.replace("/tags", List.of("x", Map.of("k", "v"))));
		assertHunk(d.text(), r.text(), l(eol, "  - a", "  - b"), l(eol, "  - x", "  - k: v"));
		SourceDocument s = d.apply(ed.replace("/openapi", Map.of("v", 1)));
		assertHunk(d.text(), s.text(), l(eol, "openapi: 3.0.0"), l(eol, "openapi:", "  v: 1"));
		SourceDocument e = d.apply(ed.replace("/info", Map.of()));
		assertEquals(Map.of(), data(e, "/info"));
		assertEquals(List.of("info: {}" + eol, "# tags follow" + eol), lines(e.text()).subList(2, 4));
	}

	@Test
	void yamlEditsOnARealFileTouchOnlyTheirLines() throws Exception {
		SourceDocument d = TestSupport.load(TestSupport.resource("corpus/blockfrost/blockfrost-0.1.24.yaml"));
		DocumentEditor ed = new DocumentEditor(d);
		SourceDocument e = d.apply(ed.setScalar("/paths/~1health/get/summary", "Health check"));
		int line = d.start(d.at("/paths/~1health/get/summary").orElseThrow()).line();
		String old = d.line(line);
		assertHunk(d.text(), e.text(), List.of(old + "\n"),
				List.of(old.substring(0, old.indexOf(':') + 2) + "Health check\n"));
		SourceDocument a = d.apply(ed.addEntry("/paths/~1health/get", "deprecated", true, null));
		assertEquals(true, data(a, "/paths/~1health/get/deprecated"));
		assertEquals(d.lineCount() + 1, a.lineCount());
	}

	@Test
	void misuseIsAnIllegalArgument() throws Exception {
		SourceDocument d = TestSupport.yaml("a: 1\n");
		DocumentEditor ed = new DocumentEditor(d);
		assertThrows(IllegalArgumentException.class, () -> ed.setScalar("/missing", 1));
		assertThrows(IllegalArgumentException.class, () -> ed.appendItem("/a", 1));
		assertThrows(IllegalArgumentException.class, () -> ed.addEntry("", "a", 2, null));
	}
}
