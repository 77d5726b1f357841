package dev.specsync.ui.compare.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.junit.jupiter.api.Test;

/** Linked scrolling: which line of one side matches a line of the other. */
class LineMappingTest {

	private static List<Edit> diff(String a, String b) {
		return new HistogramDiff().diff(RawTextComparator.DEFAULT, new RawText(a.getBytes(StandardCharsets.UTF_8)),
				new RawText(b.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void linesMoveByWhatWasInsertedOrDeletedBeforeThem() {
		List<Edit> regions = diff("a\nb\nc\nd\ne\n", "a\nx\ny\nb\nc\ne\n");
		assertEquals(0, LineMapping.toRemote(regions, 0));
		assertEquals(3, LineMapping.toRemote(regions, 1), "b moved down by the two inserted lines");
		assertEquals(4, LineMapping.toRemote(regions, 2));
		assertEquals(5, LineMapping.toRemote(regions, 4), "e after d was deleted");
		assertEquals(1, LineMapping.toLocal(regions, 3));
		assertEquals(4, LineMapping.toLocal(regions, 5));
	}

	@Test
	void aLineInsideAChangedRegionMapsIntoTheOtherSidesRegion() {
		List<Edit> regions = diff("a\nb\nc\nd\n", "a\nB\nd\n");
		assertEquals(1, LineMapping.toRemote(regions, 1));
		assertEquals(1, LineMapping.toRemote(regions, 2), "the shorter region's last line");
		assertEquals(2, LineMapping.toRemote(regions, 3));
		assertEquals(0, LineMapping.regionAtOrAfter(regions, 0));
		assertEquals(0, LineMapping.regionAtOrAfter(regions, 2));
		assertEquals(-1, LineMapping.regionAtOrAfter(regions, 3));
	}

	@Test
	void withoutDifferencesLinesMapToThemselves() {
		assertEquals(7, LineMapping.toRemote(List.of(), 7));
		assertEquals(7, LineMapping.toLocal(List.of(), 7));
	}
}
