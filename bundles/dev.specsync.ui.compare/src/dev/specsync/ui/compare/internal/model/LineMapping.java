package dev.specsync.ui.compare.internal.model;

import java.util.List;

import org.eclipse.jgit.diff.Edit;

/**
 * Maps a line of one side of a two-way comparison to the line that corresponds to it on the other side, from
 * the list of differing regions: lines outside the regions move by what the regions before them added or
 * removed; a line inside a region maps to the same place in the other side's region (its last line when the
 * other side's region is shorter). Lines are 0-based. Stateless.
 */
public final class LineMapping {

	private LineMapping() {
	}

	/**
	 * The line of the remote side (B) that corresponds to a line of the local side (A).
	 *
	 * @param regions the differing regions, in order
	 * @param line a line of A, 0-based
	 * @return the corresponding line of B, never negative
	 */
	public static int toRemote(List<Edit> regions, int line) {
		return map(regions, line, true);
	}

	/**
	 * The line of the local side (A) that corresponds to a line of the remote side (B).
	 *
	 * @param regions the differing regions, in order
	 * @param line a line of B, 0-based
	 * @return the corresponding line of A, never negative
	 */
	public static int toLocal(List<Edit> regions, int line) {
		return map(regions, line, false);
	}

	private static int map(List<Edit> regions, int line, boolean fromA) {
		int shift = 0;
		for (Edit e : regions) {
			int begin = fromA ? e.getBeginA() : e.getBeginB();
			int end = fromA ? e.getEndA() : e.getEndB();
			int otherBegin = fromA ? e.getBeginB() : e.getBeginA();
			int otherEnd = fromA ? e.getEndB() : e.getEndA();
			if (line < begin) {
				break;
			}
			if (line < end) {
				return Math.max(0, Math.min(otherBegin + (line - begin), Math.max(otherBegin, otherEnd - 1)));
			}
			shift = otherEnd - end;
		}
		return Math.max(0, line + shift);
	}

	/**
	 * The region that holds a line of the local side, or that comes first after it.
	 *
	 * @param regions the differing regions, in order
	 * @param line a line of A, 0-based
	 * @return the region's index, or -1 when every region ends before the line
	 */
	public static int regionAtOrAfter(List<Edit> regions, int line) {
		for (int i = 0; i < regions.size(); i++) {
			if (Math.max(regions.get(i).getEndA(), regions.get(i).getBeginA() + 1) > line) {
				return i;
			}
		}
		return -1;
	}
}
