package dev.specsync.merge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.specsync.merge.Conflict;
import dev.specsync.merge.MergeRequest;
import dev.specsync.merge.MergeResult;

/**
 * The copied cases of the merge benchmark on real specifications: the expected clean merges come out clean with
 * exactly the expected data, change no line of ours beyond what theirs changed, and the real conflicts are reported
 * at the expected pointers.
 */
class BenchmarkCasesTest {

	static List<String> cases() {
		return Cases.names();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void mergesLikeTheExpectedResult(String name) throws Exception {
		String meta = Cases.meta(name);
		String ext = Cases.ext(name);
		byte[] base = Cases.read(name, "base", ext);
		byte[] ours = Cases.read(name, "ours", ext);
		byte[] theirs = Cases.read(name, "theirs", ext);
		MergeResult result = new StructuralMerger().merge(MergeRequest.of("openapi." + ext, base, ours, theirs));
		List<String> pointers = result.conflicts().stream().map(Conflict::pointer).toList();
		if (field(meta, "expect").equals("conflict")) {
			assertFalse(result.isClean(), "a real conflict was merged silently");
			for (String expected : expectedConflicts(meta)) {
				assertTrue(pointers.contains(expected), () -> "no conflict at " + expected + "; got " + pointers);
			}
			assertEquals(Cases.data(ours, ext), Cases.data(result.bytes(), ext),
					"with conflicts (and nothing else changed by theirs) the file keeps ours' values");
			return;
		}
		assertTrue(result.isClean(), () -> "false conflict(s): " + result.conflicts());
		assertEquals(Cases.data(Cases.read(name, "expected", ext), ext), Cases.data(result.bytes(), ext));
		String o = new String(ours, StandardCharsets.UTF_8);
		int oursLinesChanged = unmatchedLines(o, result.text());
		int theirsLinesChanged = unmatchedLines(new String(base, StandardCharsets.UTF_8),
				new String(theirs, StandardCharsets.UTF_8));
		assertTrue(oursLinesChanged <= theirsLinesChanged,
				() -> oursLinesChanged + " lines of ours changed, but theirs changed only " + theirsLinesChanged);
	}

	/** Lines of {@code a} that a longest common subsequence with {@code b} does not keep. */
	static int unmatchedLines(String a, String b) {
		Diff3.Symbols symbols = new Diff3.Symbols();
		int[] x = symbols.of(Diff3.lines(a));
		int[] y = symbols.of(Diff3.lines(b));
		int n = 0;
		for (int m : Diff3.match(x, y)) {
			if (m < 0) {
				n++;
			}
		}
		return n;
	}

	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		return m.find() ? m.group(1) : "";
	}

	private static List<String> expectedConflicts(String json) {
		Matcher m = Pattern.compile("\"expected_conflicts\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
		if (!m.find()) {
			return List.of();
		}
		return Pattern.compile("\"([^\"]*)\"").matcher(m.group(1)).results().map(r -> r.group(1)).toList();
	}
}
