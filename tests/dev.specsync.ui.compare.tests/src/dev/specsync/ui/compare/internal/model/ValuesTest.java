package dev.specsync.ui.compare.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.specsync.document.DocumentException;

/** The Edit Value dialog's text: a conflict's value as one line of JSON, and what the user types read back. */
class ValuesTest {

	@Test
	void valuesRoundTripThroughOneLineOfJson() throws Exception {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("type", "integer");
		value.put("enum", List.of(Long.valueOf(1), Long.valueOf(2)));
		value.put("note", "say \"hi\"\nthen go");
		String json = Values.toJson(value);
		assertEquals("{\"type\": \"integer\", \"enum\": [1, 2], \"note\": \"say \\\"hi\\\"\\nthen go\"}", json);
		assertEquals(Values.toJson(Values.parse(json)), json);
	}

	@Test
	void plainYamlScalarsAreValuesToo() throws Exception {
		assertEquals("No book here", Values.parse("No book here"));
		assertEquals("50", Values.toJson(Values.parse("50")));
	}

	@Test
	void textThatIsNoValueIsRefusedWithItsPosition() {
		DocumentException refused = assertThrows(DocumentException.class, () -> Values.parse("{\"a\": [1, 2"));
		assertEquals(1, refused.first().line());
	}
}
