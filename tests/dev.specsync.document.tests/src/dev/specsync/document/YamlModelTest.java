package dev.specsync.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the YAML tree tells a consumer: types, styles, anchors and aliases. */
class YamlModelTest {

	@Test
	void coreSchemaTypesAndStyles() throws Exception {
		SourceDocument doc = TestSupport.yaml("""
                s: hello
                n: 12
                f: -1.5e3
                hex: 0x1F
                b: True
                z: ~
                e:
                q: '12'
                dq: "true"
                lit: |
                  line 1
                  line 2
                fold: >-
                  a
                  b
                yes: yes
                """);
		record Expect(String pointer, ScalarType type, ScalarStyle style, String value) {
		}
		for (Expect e : List.of(
				new Expect("/s", ScalarType.STRING, ScalarStyle.PLAIN, "hello"),
				new Expect("/n", ScalarType.NUMBER, ScalarStyle.PLAIN, "12"),
				new Expect("/f", ScalarType.NUMBER, ScalarStyle.PLAIN, "-1.5e3"),
				new Expect("/hex", ScalarType.NUMBER, ScalarStyle.PLAIN, "0x1F"),
				new Expect("/b", ScalarType.BOOLEAN, ScalarStyle.PLAIN, "True"),
				new Expect("/z", ScalarType.NULL, ScalarStyle.PLAIN, "~"),
				new Expect("/e", ScalarType.NULL, ScalarStyle.PLAIN, ""),
				new Expect("/q", ScalarType.STRING, ScalarStyle.SINGLE_QUOTED, "12"),
				new Expect("/dq", ScalarType.STRING, ScalarStyle.DOUBLE_QUOTED, "true"),
				new Expect("/lit", ScalarType.STRING, ScalarStyle.LITERAL, "line 1\nline 2\n"),
				new Expect("/fold", ScalarType.STRING, ScalarStyle.FOLDED, "a b"),
				new Expect("/yes", ScalarType.STRING, ScalarStyle.PLAIN, "yes"))) {
			ScalarNode s = (ScalarNode) doc.at(e.pointer()).orElseThrow();
			assertEquals(e.type(), s.type(), e.pointer());
			assertEquals(e.style(), s.style(), e.pointer());
			assertEquals(e.value(), s.value(), e.pointer());
		}
		assertEquals(31L, ((ScalarNode) doc.at("/hex").orElseThrow()).toJava());
		ScalarNode empty = (ScalarNode) doc.at("/e").orElseThrow();
		assertEquals(doc.text().indexOf("e:") + 2, empty.start());
		ScalarNode lit = (ScalarNode) doc.at("/lit").orElseThrow();
		assertEquals("|\n  line 1\n  line 2", doc.text().substring(lit.start(), lit.end()));
	}

	@Test
	void aliasesAreKeptAsReferencesToTheAnchoredNode() throws Exception {
		SourceDocument doc = TestSupport.yaml("""
                defs:
                  err: &error
                    type: object
                    x: !!str 12
                a: *error
                b: [*error, 3]
                """);
		Node anchored = doc.at("/defs/err").orElseThrow();
		assertEquals("error", anchored.anchor());
		AliasNode a = assertInstanceOf(AliasNode.class, doc.at("/a").orElseThrow());
		assertSame(anchored, a.target());
		assertEquals("*error", doc.text().substring(a.start(), a.end()));
		assertEquals("object", ((ScalarNode) doc.at("/b/0/type").orElseThrow()).value());
		ScalarNode tagged = (ScalarNode) doc.at("/defs/err/x").orElseThrow();
		assertEquals(ScalarType.STRING, tagged.type());
		assertEquals("tag:yaml.org,2002:str", tagged.tag());
		assertNull(doc.at("/a").orElseThrow().anchor());
		assertEquals(Map.of("type", "object", "x", "12"), Nodes.toJava(a));
	}

	@Test
	void flowAndBlockCollectionsAreDistinguished() throws Exception {
		SourceDocument doc = TestSupport.yaml("a: {x: 1, y: [1, 2]}\nb:\n  - 1\n");
		assertEquals(CollectionStyle.FLOW, ((MappingNode) doc.at("/a").orElseThrow()).style());
		assertEquals(CollectionStyle.FLOW, ((SequenceNode) doc.at("/a/y").orElseThrow()).style());
		assertEquals(CollectionStyle.BLOCK, ((SequenceNode) doc.at("/b").orElseThrow()).style());
		assertEquals(CollectionStyle.BLOCK, ((MappingNode) doc.root()).style());
		Node a = doc.at("/a").orElseThrow();
		assertEquals("{x: 1, y: [1, 2]}", doc.text().substring(a.start(), a.end()));
	}

	@Test
	void styleDetection() throws Exception {
		SourceDocument yaml = TestSupport.yaml("\uFEFFa:\r\n    b: \"x\"\r\n    c: \"y\"\r\n    d:\r\n    - 1");
		TextStyle s = yaml.style();
		assertEquals(true, s.bom());
		assertEquals(LineEnding.CRLF, s.lineEnding());
		assertEquals(false, s.trailingNewline());
		assertEquals("    ", s.indentUnit());
		assertEquals('"', s.preferredQuote());
		assertEquals(false, s.indentedSequences());
		SourceDocument json = TestSupport.json("{\n\t\"a\" : 1,\n\t\"b\" : {\n\t\t\"c\" : 2\n\t}\n}\r\n");
		assertEquals(" : ", json.style().keyValueSeparator());
		assertEquals("\t", json.style().indentUnit());
		assertEquals(true, json.style().mixedLineEndings());
	}
}
