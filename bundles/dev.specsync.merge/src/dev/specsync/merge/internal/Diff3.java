package dev.specsync.merge.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A three-way merge of sequences of symbols (lines of a text, items of an array) in the manner of diff3: the
 * longest common subsequences of base with each side split the sequences into stable runs and changed chunks;
 * a chunk changed on one side takes that side, a chunk changed alike on both is kept, a chunk changed differently
 * is a conflict. Stateless.
 */
final class Diff3 {
	private static final long MAX_CELLS = 4_000_000L;

	private Diff3() {
	}

	/** A chunk of the merge: base range, ours range, theirs range, and how it merged. */
	record Chunk(int baseFrom, int baseTo, int oursFrom, int oursTo, int theirsFrom, int theirsTo, Kind kind) {
	}

	/** How a chunk merged. */
	enum Kind {
		/** Unchanged on both sides. */
		STABLE,
		/** Changed on ours only, or alike on both: take ours. */
		OURS,
		/** Changed on theirs only: take theirs. */
		THEIRS,
		/** Changed differently on both sides. */
		CONFLICT
	}

	/** Merges three symbol sequences. */
	static List<Chunk> merge(int[] base, int[] ours, int[] theirs) {
		int[] mo = match(base, ours);
		int[] mt = match(base, theirs);
		List<Chunk> chunks = new ArrayList<>();
		int i = 0;
		int j = 0;
		int k = 0;
		while (true) {
			int s = i;
			while (s < base.length && (mo[s] < j || mt[s] < k)) {
				s++;
			}
			int oTo = s < base.length ? mo[s] : ours.length;
			int tTo = s < base.length ? mt[s] : theirs.length;
			if (s > i || oTo > j || tTo > k) {
				chunks.add(new Chunk(i, s, j, oTo, k, tTo, classify(base, i, s, ours, j, oTo, theirs, k, tTo)));
			}
			if (s >= base.length) {
				break;
			}
			chunks.add(new Chunk(s, s + 1, oTo, oTo + 1, tTo, tTo + 1, Kind.STABLE));
			i = s + 1;
			j = oTo + 1;
			k = tTo + 1;
		}
		return chunks;
	}

	private static Kind classify(int[] b, int bf, int bt, int[] o, int of, int ot, int[] t, int tf, int tt) {
		boolean oursSame = Arrays.equals(b, bf, bt, o, of, ot);
		boolean theirsSame = Arrays.equals(b, bf, bt, t, tf, tt);
		if (oursSame && theirsSame) {
			return Kind.STABLE;
		}
		if (theirsSame || Arrays.equals(o, of, ot, t, tf, tt)) {
			return Kind.OURS;
		}
		if (oursSame) {
			return Kind.THEIRS;
		}
		return Kind.CONFLICT;
	}

	/**
	 * For each base index, the index of the matching symbol of {@code other} in a longest common subsequence, or
	 * -1. Common prefix and suffix are matched directly; the middle by dynamic programming when small enough,
	 * otherwise left unmatched (a coarser but still correct merge).
	 */
	static int[] match(int[] base, int[] other) {
		int[] m = new int[base.length];
		Arrays.fill(m, -1);
		int pre = 0;
		while (pre < base.length && pre < other.length && base[pre] == other[pre]) {
			m[pre] = pre;
			pre++;
		}
		int suf = 0;
		while (suf < base.length - pre && suf < other.length - pre
				&& base[base.length - 1 - suf] == other[other.length - 1 - suf]) {
			m[base.length - 1 - suf] = other.length - 1 - suf;
			suf++;
		}
		int n = base.length - pre - suf;
		int k = other.length - pre - suf;
		if (n == 0 || k == 0 || (long) n * k > MAX_CELLS) {
			return m;
		}
		int[][] lcs = new int[n + 1][k + 1];
		for (int x = n - 1; x >= 0; x--) {
			for (int y = k - 1; y >= 0; y--) {
				lcs[x][y] = base[pre + x] == other[pre + y] ? lcs[x + 1][y + 1] + 1
						: Math.max(lcs[x + 1][y], lcs[x][y + 1]);
			}
		}
		int x = 0;
		int y = 0;
		while (x < n && y < k) {
			if (base[pre + x] == other[pre + y]) {
				m[pre + x] = pre + y;
				x++;
				y++;
			} else if (lcs[x + 1][y] >= lcs[x][y + 1]) {
				x++;
			} else {
				y++;
			}
		}
		return m;
	}

	/** Symbols for strings: equal strings get equal numbers. */
	static final class Symbols {
		private final Map<String, Integer> ids = new HashMap<>();

		int[] of(List<String> items) {
			int[] out = new int[items.size()];
			for (int i = 0; i < out.length; i++) {
				out[i] = ids.computeIfAbsent(items.get(i), x -> Integer.valueOf(ids.size())).intValue();
			}
			return out;
		}
	}

	/**
	 * Merges three texts line by line.
	 *
	 * @return the merged text, or {@code null} when a chunk conflicts
	 */
	static String mergeLines(String base, String ours, String theirs) {
		Symbols symbols = new Symbols();
		List<String> b = lines(base);
		List<String> o = lines(ours);
		List<String> t = lines(theirs);
		StringBuilder sb = new StringBuilder();
		for (Chunk c : merge(symbols.of(b), symbols.of(o), symbols.of(t))) {
			switch (c.kind()) {
			case STABLE, OURS -> o.subList(c.oursFrom(), c.oursTo()).forEach(sb::append);
			case THEIRS -> t.subList(c.theirsFrom(), c.theirsTo()).forEach(sb::append);
			case CONFLICT -> {
				return null;
			}
			}
		}
		return sb.toString();
	}

	/** Lines with their line breaks. */
	static List<String> lines(String s) {
		List<String> out = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == '\n') {
				out.add(s.substring(from, i + 1));
				from = i + 1;
			}
		}
		if (from < s.length()) {
			out.add(s.substring(from));
		}
		return out;
	}
}
