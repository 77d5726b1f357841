package dev.specsync.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encoding and line-ending details survive load, save and edits byte for byte. */
class RoundTripTest {

	private static byte[] bytes(boolean bom, String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (bom) {
			out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
		}
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	@Test
	void bomMixedLineEndingsNoTrailingNewlineAndMultibyteTextRoundTrip(@TempDir Path dir) throws Exception {
		String[][] cases = {
				{"a.json", "{\r\n  \"caf\u00e9\": \"\u65e5\u672c \uD83D\uDE00\",\n  \"n\": 1\r\n}"},
				{"a.yaml", "# \u00e9t\u00e9\r\nk\u00e9y: v\u00e4lue \uD83D\uDE00\nlist:\r\n  - 1\r  - 2"},
		};
		for (String[] c : cases) {
			for (boolean bom : new boolean[]{true, false}) {
				byte[] original = bytes(bom, c[1]);
				Path file = dir.resolve(c[0]);
				Files.write(file, original);
				SourceDocument doc = SourceDocument.load(file);
				assertArrayEquals(original, doc.toBytes(), c[0]);
				assertEquals(bom, doc.style().bom());
				assertTrue(doc.style().mixedLineEndings(), c[0]);
				assertFalse(doc.style().trailingNewline(), c[0]);
				Path copy = dir.resolve("copy-" + c[0]);
				doc.save(copy);
				assertArrayEquals(original, Files.readAllBytes(copy));
			}
		}
	}

	@Test
	void editsKeepTheBomAndEverythingOutsideTheEdit() throws Exception {
		byte[] original = bytes(true, "a: 1\r\nb: 2\r\n");
		SourceDocument doc = SourceDocument.parse("x.yaml", original, Format.YAML, LoadOptions.defaults());
		SourceDocument edited = doc.apply(new DocumentEditor(doc).addEntry("", "c", "three", null));
		assertArrayEquals(bytes(true, "a: 1\r\nb: 2\r\nc: three\r\n"), edited.toBytes());
		SourceDocument noEol = TestSupport.yaml("a: 1\nb: 2");
		assertEquals("a: 1\nb: 2\nc: 3", noEol.apply(new DocumentEditor(noEol).addEntry("", "c", 3, null)).text());
	}

	@Test
	void utf16IsRefusedWithAHint() {
		byte[] utf16 = "{}".getBytes(StandardCharsets.UTF_16);
		DocumentException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
				() -> SourceDocument.parse("x.json", utf16, Format.JSON, LoadOptions.defaults()));
		assertTrue(e.first().message().contains("UTF-16"));
	}
}
