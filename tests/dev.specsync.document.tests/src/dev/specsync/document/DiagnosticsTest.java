package dev.specsync.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives a positioned diagnostic with a useful message, never a raw exception or a hang. */
class DiagnosticsTest {

	private static Diagnostic jsonError(String text) {
		return assertThrows(DocumentException.class, () -> TestSupport.json(text)).first();
	}

	private static Diagnostic yamlError(String text) {
		return assertThrows(DocumentException.class, () -> TestSupport.yaml(text)).first();
	}

	private static void assertAt(Diagnostic d, int line, int column) {
		assertEquals(Severity.ERROR, d.severity(), d::toString);
		assertEquals(line, d.line(), d::toString);
		assertEquals(column, d.column(), d::toString);
	}

	@Test
	void jsonTrailingCommaPointsAtTheComma() {
		Diagnostic d = jsonError("{\n  \"a\": 1,\n  \"b\": [1, 2,]\n}");
		assertAt(d, 3, 13);
		assertTrue(d.message().contains("trailing comma before ']'"), d::toString);
		assertNotNull(d.hint());
		assertAt(jsonError("{\n  \"a\": 1,\n}"), 2, 9);
	}

	@Test
	void jsonUnclosedBraceNamesTheLineItOpenedOn() {
		Diagnostic d = jsonError("{\n  \"a\": {\n    \"b\": 1\n  },\n  \"c\": [\n    1\n");
		assertTrue(d.message().contains("'[' opened at line 5, column 8 is not closed"), d::toString);
		assertEquals(7, d.line());
		Diagnostic outer = jsonError("{\n  \"a\": {\n    \"b\": 1\n}\n");
		assertTrue(outer.message().contains("'{' opened at line 1, column 1"), outer::toString);
		assertTrue(outer.hint().contains("}"));
	}

	@Test
	void jsonOtherMistakes() {
		Diagnostic mismatch = jsonError("{\"a\": [1, 2}");
		assertAt(mismatch, 1, 12);
		assertTrue(mismatch.message().contains("does not match '[' opened at line 1, column 7"), mismatch::toString);
		Diagnostic string = jsonError("{\n  \"a\": \"open\n}");
		assertAt(string, 2, 8);
		assertTrue(string.message().contains("not closed"));
		assertTrue(jsonError("{'a': 1}").hint().contains("double quotes"));
		assertTrue(jsonError("{\"a\": 1} // done").message().contains("comments"));
		assertTrue(jsonError("{\"a\": 01}").message().contains("leading zeros"));
		assertTrue(jsonError("{\"a\": 1 \"b\": 2}").message().contains("expected ',' or '}'"));
		assertTrue(jsonError("{\"a\": 1}\n{}").message().contains("after the end"));
		assertTrue(jsonError("{\"a\": True}").hint().contains("lower case"));
	}

	@Test
	void yamlBadIndentation() {
		Diagnostic d = yamlError("paths:\n  /a:\n    get: {}\n /b:\n    get: {}\n");
		assertEquals(4, d.line(), d::toString);
		assertTrue(d.hint() != null && d.hint().contains("indentation"), d::toString);
	}

	@Test
	void yamlTabIndentation() {
		Diagnostic d = yamlError("info:\n\ttitle: x\n");
		assertEquals(2, d.line(), d::toString);
		assertTrue(d.hint().contains("tabs"), d::toString);
	}

	@Test
	void duplicateKeysAreWarningsWithBothLines() throws Exception {
		SourceDocument json = TestSupport.json("{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}");
		Diagnostic d = json.diagnostics().get(0);
		assertEquals(Severity.WARNING, d.severity());
		assertEquals(4, d.line());
		assertTrue(d.message().contains("duplicate key 'a' (first defined at line 2, column 3)"), d::toString);
		assertEquals("1", ((ScalarNode) json.at("/a").orElseThrow()).value());

		SourceDocument yaml = TestSupport.yaml("x:\n  k: 1\n  k: 2\n");
		assertEquals(3, yaml.diagnostics().get(0).line());
		assertTrue(yaml.diagnostics().get(0).message().contains("line 2"));

		StringBuilder big = new StringBuilder("{");
		for (int i = 0; i < 20; i++) {
			big.append("\"k").append(i).append("\": ").append(i).append(",\n");
		}
		big.append("\"k7\": 0}");
		assertEquals(21, TestSupport.json(big.toString()).diagnostics().get(0).line());

		LoadOptions strict = LoadOptions.defaults().withDuplicateKeySeverity(Severity.ERROR);
		DocumentException e = assertThrows(DocumentException.class, () -> SourceDocument.parse("d.yaml",
				"a: 1\na: 2\n", Format.YAML, strict));
		assertEquals(2, e.first().line());
	}

	@Test
	void invalidUtf8NamesLineAndColumnOfTheBadByte() {
		byte[] latin1 = "a: 1\nb: \u00fc caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		Diagnostic d = assertThrows(DocumentException.class,
				() -> SourceDocument.parse("x.yaml", latin1, Format.YAML, LoadOptions.defaults())).first();
		assertEquals(2, d.line());
		assertEquals(4, d.column());
		assertTrue(d.message().contains("invalid UTF-8: byte 0xFC"), d::toString);
		byte[] late = new byte[]{'{', '"', (byte) 0xC3, (byte) 0xA9, '"', ':', ' ', '"', (byte) 0xFF, '"', '}'};
		Diagnostic d2 = assertThrows(DocumentException.class,
				() -> SourceDocument.parse("x.json", late, Format.JSON, LoadOptions.defaults())).first();
		assertEquals(1, d2.line());
		assertEquals(8, d2.column());
	}

	@Test
	void billionLaughsIsRefused() {
		String lol = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
		Diagnostic d = yamlError(lol);
		assertTrue(d.message().contains("billion laughs"), d::toString);
		assertTrue(d.hint().contains("LoadOptions.maxAliasExpansion"));
		assertTrue(d.line() >= 7, d::toString);

		StringBuilder many = new StringBuilder("x: &x 1\nl:\n");
		for (int i = 0; i < 1001; i++) {
			many.append("  - *x\n");
		}
		Diagnostic count = yamlError(many.toString());
		assertTrue(count.message().contains("more than 1000 aliases"), count::toString);
		assertEquals(1003, count.line());
	}

	@Test
	void deepNestingIsRefusedWithTheLimit() throws Exception {
		String deep = "[".repeat(100_000);
		Diagnostic j = jsonError(deep);
		assertTrue(j.message().contains("deeper than 1000 levels"), j::toString);
		assertTrue(j.hint().contains("LoadOptions.maxDepth"));
		assertEquals(1001, j.column());
		Diagnostic y = yamlError(deep);
		assertTrue(y.message().contains("deeper than 1000 levels"), y::toString);

		String balanced = "[".repeat(100_000) + "]".repeat(100_000);
		SourceDocument ok = SourceDocument.parse("deep.json", balanced, Format.JSON,
				LoadOptions.defaults().withMaxDepth(200_000));
		assertEquals(2 * 100_000, ok.root().end());
	}

	@Test
	void oversizedFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
		Path big = dir.resolve("huge.json");
		try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
			f.setLength(100L * 1024 * 1024);
		}
		Diagnostic d = assertThrows(DocumentException.class,
				() -> SourceDocument.load(big, LoadOptions.defaults().withMaxBytes(64L * 1024 * 1024))).first();
		// Reading stops after the limit plus one byte, so a size found by reading is at most 67108865 bytes:
		// naming the whole 104857600 bytes proves the file was refused on its size alone, before reading.
		assertTrue(d.message().contains("100.0 MiB (104857600 bytes)"), d::toString);
		assertTrue(d.message().contains("it was not read"), d::toString);
		assertTrue(d.message().contains("64.0 MiB"), d::toString);
		assertTrue(d.hint().contains("LoadOptions.maxBytes"));
		assertEquals(big.toString(), d.path());

		Diagnostic bytes = assertThrows(DocumentException.class, () -> SourceDocument.parse("b.json",
				new byte[2048], Format.JSON, LoadOptions.defaults().withMaxBytes(1024))).first();
		assertTrue(bytes.message().contains("2048 bytes"), bytes::toString);
	}

	@Test
	void emptyFiles(@TempDir Path dir) throws Exception {
		Path empty = dir.resolve("empty.yaml");
		Files.write(empty, new byte[0]);
		Diagnostic y = assertThrows(DocumentException.class, () -> SourceDocument.load(empty)).first();
		assertTrue(y.message().contains("file is empty"), y::toString);
		assertTrue(jsonError("").message().contains("file is empty"));
		assertTrue(jsonError(" \n ").message().contains("only whitespace"));
		assertTrue(yamlError("# just a comment\n").message().contains("no YAML document"));
	}

	@Test
	void severalYamlDocumentsAreRefused() {
		Diagnostic d = yamlError("openapi: 3.0.0\n---\nopenapi: 3.1.0\n");
		assertEquals(2, d.line());
		assertTrue(d.message().contains("more than one YAML document"), d::toString);
		assertTrue(d.hint().contains("---"));
	}

	@Test
	void truncatedRealFilesNeverThrowAnythingButDocumentException() throws Exception {
		Random random = new Random(42);
		for (String name : new String[]{"oas-examples/3.0/json/petstore.json", "oas-examples/3.0/yaml/petstore.yaml"}) {
			Path file = TestSupport.resource("corpus/" + name);
			byte[] bytes = TestSupport.read(file);
			for (int i = 0; i < 150; i++) {
				int cut = random.nextInt(bytes.length);
				byte[] part = java.util.Arrays.copyOf(bytes, cut);
				try {
					SourceDocument.parse(name, part, Format.fromFileName(name), LoadOptions.defaults());
				} catch (DocumentException e) {
					Diagnostic d = e.first();
					assertTrue(d.line() >= 1 && d.line() <= bytes.length, d::toString);
				}
			}
		}
	}
}
