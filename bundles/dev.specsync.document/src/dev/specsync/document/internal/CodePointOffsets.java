package dev.specsync.document.internal;

import java.util.Arrays;

/** Converts code point indexes (as reported by snakeyaml-engine marks) to char offsets. */
final class CodePointOffsets {
	/** Code point index of each supplementary character, ascending; null when the text has none. */
	private final int[] supplementary;

	CodePointOffsets(String text) {
		int[] found = null;
		int count = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (found == null) {
					found = new int[16];
				} else if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count] = i - count;
				count++;
				i++;
			}
		}
		this.supplementary = found == null ? null : Arrays.copyOf(found, count);
	}

	int toCharOffset(int codePointIndex) {
		if (supplementary == null) {
			return codePointIndex;
		}
		int i = Arrays.binarySearch(supplementary, codePointIndex);
		int before = i >= 0 ? i : -i - 1;
		return codePointIndex + before;
	}
}
