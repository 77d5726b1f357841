package dev.specsync.merge.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.specsync.merge.MergeRequest;
import dev.specsync.merge.MergeResult;

/**
 * Promise 2 for merges: what the merge takes from theirs appears in the result exactly as theirs wrote it (quotes,
 * block scalars, comments, flow style, its JSON layout), re-based only where the nesting differs; everything else
 * keeps ours' bytes. Each case in {@code bytes/} has a hand-written expected file.
 */
class ByteExactMergeTest {

	static List<String> cases() {
		Bundle bundle = FrameworkUtil.getBundle(ByteExactMergeTest.class);
		List<String> names = new ArrayList<>();
		Enumeration<URL> found = bundle.findEntries("bytes", "expected.*", true); //$NON-NLS-1$ //$NON-NLS-2$
		for (URL u : Collections.list(found)) {
			String p = u.getPath();
			String dir = p.substring(0, p.lastIndexOf('/'));
			names.add(dir.substring(dir.lastIndexOf('/') + 1) + p.substring(p.lastIndexOf('.')));
		}
		Collections.sort(names);
		return names;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theirsContentIsCopiedAsWritten(String nameAndExt) throws Exception {
		int dot = nameAndExt.lastIndexOf('.');
		String name = nameAndExt.substring(0, dot);
		String ext = nameAndExt.substring(dot + 1);
		byte[] base = read(name, "base." + ext); //$NON-NLS-1$
		byte[] ours = read(name, "ours." + ext); //$NON-NLS-1$
		byte[] theirs = read(name, "theirs." + ext); //$NON-NLS-1$
		MergeResult r = new StructuralMerger().merge(MergeRequest.of("openapi." + ext, base, ours, theirs)); //$NON-NLS-1$
		assertTrue(r.isClean(), () -> r.conflicts().toString());
		assertEquals(new String(read(name, "expected." + ext), StandardCharsets.UTF_8), r.text()); //$NON-NLS-1$
	}

	@Test
	void theCasesAreThere() {
		assertFalse(cases().size() < 13, () -> cases().toString());
	}

	/** Every side of every benchmark case copied into this bundle: real, large OpenAPI files. */
	static List<String> sides() throws IOException {
		List<String> out = new ArrayList<>();
		for (String name : Cases.names()) {
			for (String side : new String[] { "base", "ours", "theirs", "expected" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				if (Cases.read(name, side, Cases.ext(name)) != null) {
					out.add(name + "/" + side); //$NON-NLS-1$
				}
			}
		}
		return out;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sides")
	void mergingAFileWithItselfChangesNoByte(String caseAndSide) throws Exception {
		String name = caseAndSide.substring(0, caseAndSide.indexOf('/'));
		String side = caseAndSide.substring(caseAndSide.indexOf('/') + 1);
		String ext = Cases.ext(name);
		byte[] file = Cases.read(name, side, ext);
		StructuralMerger merger = new StructuralMerger();
		MergeResult unchanged = merger.merge(MergeRequest.of("openapi." + ext, file, file, file)); //$NON-NLS-1$
		assertTrue(unchanged.isClean());
		assertArrayEquals(file, unchanged.bytes());
		MergeResult added = merger.merge(MergeRequest.of("openapi." + ext, null, file, file.clone())); //$NON-NLS-1$
		assertTrue(added.isClean());
		assertArrayEquals(file, added.bytes());
	}

	/**
	 * When ours did not change the file, the merge takes all of theirs: copying theirs' text must give theirs'
	 * bytes, for the real files of the benchmark cases.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.specsync.merge.internal.Cases#names")
	void takingAllOfTheirsGivesTheirBytes(String name) throws Exception {
		String ext = Cases.ext(name);
		byte[] base = Cases.read(name, "base", ext); //$NON-NLS-1$
		byte[] theirs = Cases.read(name, "theirs", ext); //$NON-NLS-1$
		MergeResult r = new StructuralMerger().merge(MergeRequest.of("openapi." + ext, base, base, theirs)); //$NON-NLS-1$
		assertTrue(r.isClean(), () -> r.conflicts().toString());
		assertEquals(new String(theirs, StandardCharsets.UTF_8), r.text());
	}

	private static byte[] read(String name, String file) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(ByteExactMergeTest.class);
		Enumeration<URL> found = bundle.findEntries("bytes/" + name, file, false); //$NON-NLS-1$
		assertTrue(found != null && found.hasMoreElements(), () -> "missing bytes/" + name + "/" + file); //$NON-NLS-1$ //$NON-NLS-2$
		try (InputStream in = found.nextElement().openStream()) {
			return in.readAllBytes();
		}
	}
}
