import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import dev.specsync.document.DocumentEditor;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.JsonPointer;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.SourceDocument;
import dev.specsync.merge.MergeRequest;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.internal.StructuralMerger;

/**
 * Merge benchmark: runs the structural resolver and `git merge-file` on the same three-way cases and prints, per
 * case and merger, the outcome (clean or conflict), whether that is a false conflict, a missed conflict or a silent
 * wrong merge, whether the output parses with every internal $ref resolving, and the time. Then merges a ~11 MB
 * GitHub description with two far-apart edits generated here and prints the time (best and median of RUNS).
 *
 * Usage: java -cp ... MergeBenchmark.java CASES_DIR GITHUB_JSON_GZ RUNS
 */
public class MergeBenchmark {

	record Outcome(boolean conflict, boolean valid, String verdict, double ms, String note) {
	}

	public static void main(String[] args) throws Exception {
		Path cases = Path.of(args[0]);
		Path github = Path.of(args[1]);
		int runs = Integer.parseInt(args[2]);
		StructuralMerger merger = new StructuralMerger();
		List<Path> dirs;
		try (Stream<Path> s = Files.list(cases)) {
			dirs = s.filter(Files::isDirectory).sorted().toList();
		}
		System.out.printf(Locale.ROOT, "%-26s %-9s | %-36s | %-36s%n", "case", "expected", "specsync resolver",
				"git merge-file");
		int[] resolverBad = new int[3];
		int[] gitBad = new int[3];
		for (Path dir : dirs) {
			String meta = Files.readString(dir.resolve("meta.json"));
			String expect = field(meta, "expect");
			String alsoAccept = field(meta, "also_accept");
			List<String> pointers = pointers(meta);
			String ext = ext(dir);
			byte[] base = read(dir, "base." + ext);
			byte[] ours = read(dir, "ours." + ext);
			byte[] theirs = read(dir, "theirs." + ext);
			byte[] expected = Files.exists(dir.resolve("expected." + ext)) || Files.exists(dir.resolve("expected." + ext + ".gz"))
					? read(dir, "expected." + ext) : null;
			String path = "openapi." + ext;
			// warm-up once, then time
			Outcome r = null;
			for (int i = 0; i < 2; i++) {
				long t0 = System.nanoTime();
				MergeResult result = merger.merge(MergeRequest.of(path, base, ours, theirs));
				double ms = (System.nanoTime() - t0) / 1e6;
				List<String> conflictPointers = result.conflicts().stream().map(c -> c.pointer()).toList();
				r = score(expect, alsoAccept, pointers, !result.isClean(), result.bytes(), expected, ext, ms,
						result.isClean() ? "" : String.join(" ", conflictPointers));
			}
			Outcome g = gitMergeFile(base, ours, theirs, ext, expect, alsoAccept, pointers, expected);
			count(r, resolverBad);
			count(g, gitBad);
			System.out.printf(Locale.ROOT, "%-26s %-9s | %-36s | %-36s%n", dir.getFileName(), expect, line(r), line(g));
			if (!r.note().isEmpty()) {
				System.out.println("    resolver conflicts at: " + r.note());
			}
			if (expected != null && sameData(expected, ours, ext) && !sameData(base, theirs, ext)
					&& !sameData(ours, theirs, ext)) {
				System.out.println("    note: expected." + ext + " holds the same data as ours although theirs changed"
						+ " something: the case's expected result looks wrong (it drops theirs' change)");
			}
		}
		System.out.printf(Locale.ROOT, "%nfalse conflicts / silent wrong merges / invalid outputs: resolver %d / %d / %d, git merge-file %d / %d / %d%n",
				resolverBad[0], resolverBad[1], resolverBad[2], gitBad[0], gitBad[1], gitBad[2]);
		largeMerge(merger, github, runs);
	}

	static void count(Outcome o, int[] bad) {
		if (o.verdict().equals("FALSE CONFLICT")) {
			bad[0]++;
		}
		if (o.verdict().startsWith("SILENT WRONG")) {
			bad[1]++;
		}
		if (!o.valid()) {
			bad[2]++;
		}
	}

	static String line(Outcome o) {
		return String.format(Locale.ROOT, "%-8s %-16s %-5s %7.1f ms", o.conflict() ? "conflict" : "clean", o.verdict(),
				o.valid() ? "valid" : "INVALID", o.ms());
	}

	static Outcome score(String expect, String alsoAccept, List<String> pointers, boolean conflict, byte[] out,
			byte[] expected, String ext, double ms, String note) {
		boolean valid = valid(out, ext);
		String verdict;
		if (expect.equals("clean")) {
			if (conflict) {
				verdict = "conflict".equals(alsoAccept) ? "ok (accepted)" : "FALSE CONFLICT";
			} else if (!valid) {
				verdict = "CLEAN BUT INVALID";
			} else if (expected != null && !sameData(out, expected, ext)) {
				verdict = "SILENT WRONG";
			} else {
				verdict = "ok";
			}
		} else {
			verdict = conflict ? "ok" : "MISSED CONFLICT";
		}
		return new Outcome(conflict, valid || conflict && expect.equals("conflict"), verdict, ms, note);
	}

	static Outcome gitMergeFile(byte[] base, byte[] ours, byte[] theirs, String ext, String expect, String alsoAccept,
			List<String> pointers, byte[] expected) throws Exception {
		Path tmp = Files.createTempDirectory("merge-bench");
		try {
			Path o = tmp.resolve("ours." + ext);
			Files.write(o, ours);
			Files.write(tmp.resolve("base." + ext), base);
			Files.write(tmp.resolve("theirs." + ext), theirs);
			long t0 = System.nanoTime();
			Process p = new ProcessBuilder("git", "merge-file", o.toString(), tmp.resolve("base." + ext).toString(),
					tmp.resolve("theirs." + ext).toString()).redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			int code = p.waitFor();
			double ms = (System.nanoTime() - t0) / 1e6;
			return score(expect, alsoAccept, pointers, code != 0, Files.readAllBytes(o), expected, ext, ms, "");
		} finally {
			try (Stream<Path> s = Files.list(tmp)) {
				for (Path f : s.toList()) {
					Files.delete(f);
				}
			}
			Files.delete(tmp);
		}
	}

	/** Parses and every internal $ref resolves. */
	static boolean valid(byte[] out, String ext) {
		try {
			SourceDocument d = SourceDocument.parse("out", out, Format.fromFileName("x." + ext), LoadOptions.defaults());
			return danglingRefs(d.root(), d.root()) == 0;
		} catch (DocumentException e) {
			return false;
		}
	}

	static int danglingRefs(Node root, Node n) {
		n = Nodes.resolveAlias(n);
		int bad = 0;
		if (n instanceof MappingNode m) {
			for (int i = 0; i < m.size(); i++) {
				Node v = Nodes.resolveAlias(m.value(i));
				if ("$ref".equals(m.keyText(i)) && v instanceof ScalarNode s && s.value().startsWith("#")) {
					try {
						if (JsonPointer.parse(s.value().substring(1)).resolve(root) == null) {
							bad++;
						}
					} catch (IllegalArgumentException e) {
						bad++;
					}
				} else {
					bad += danglingRefs(root, v);
				}
			}
		} else if (n instanceof SequenceNode s) {
			for (Node v : s.items()) {
				bad += danglingRefs(root, v);
			}
		}
		return bad;
	}

	static boolean sameData(byte[] a, byte[] b, String ext) {
		try {
			Format f = Format.fromFileName("x." + ext);
			return Nodes.toJava(SourceDocument.parse("a", a, f, LoadOptions.defaults()).root())
					.equals(Nodes.toJava(SourceDocument.parse("b", b, f, LoadOptions.defaults()).root()));
		} catch (DocumentException e) {
			return false;
		}
	}

	static void largeMerge(StructuralMerger merger, Path github, int runs) throws Exception {
		byte[] baseBytes = gunzip(Files.readAllBytes(github));
		SourceDocument base = SourceDocument.parse("github.json", baseBytes, Format.JSON, LoadOptions.defaults());
		DocumentEditor editor = new DocumentEditor(base);
		MappingNode paths = (MappingNode) base.at("/paths").orElseThrow();
		Map<String, Object> op = new LinkedHashMap<>();
		op.put("summary", "Added near the top by the benchmark");
		op.put("responses", Map.of("200", Map.of("description", "OK")));
		SourceDocument ours = base.apply(editor.addEntry("/paths", "/specsync/bench", Map.of("get", op), paths.keyText(0)));
		MappingNode schemas = (MappingNode) base.at("/components/schemas").orElseThrow();
		String last = null;
		for (int i = schemas.size() - 1; i >= 0 && last == null; i--) {
			if (schemas.value(i) instanceof MappingNode s && s.get("description") instanceof ScalarNode) {
				last = schemas.keyText(i);
			}
		}
		String pointer = "/components/schemas/" + JsonPointer.escape(last) + "/description";
		SourceDocument theirs = base.apply(editor.setScalar(pointer, "Edited far below by the benchmark"));
		List<Double> times = new ArrayList<>();
		MergeResult result = null;
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			result = merger.merge(MergeRequest.of("api.github.com.json", baseBytes, ours.toBytes(), theirs.toBytes()));
			times.add((System.nanoTime() - t0) / 1e6);
		}
		times.sort(null);
		SourceDocument merged = SourceDocument.parse("m", result.bytes(), Format.JSON, LoadOptions.defaults());
		boolean both = merged.at("/paths/~1specsync~1bench").isPresent()
				&& merged.at(pointer).map(n -> ((ScalarNode) n).value()).orElse("").startsWith("Edited far below");
		int changedLines = changedLines(ours.text(), result.text());
		System.out.printf(Locale.ROOT,
				"%nlarge: %s (%.1f MB), endpoint added at the top + %s edited: %s, both edits in: %s, lines differing from ours: %d%n"
						+ "large: merge time best %.0f ms, median %.0f ms over %d runs (parse of 3 sides, merge, write, re-parse, checks)%n",
				github.getFileName(), baseBytes.length / 1e6, pointer, result.isClean() ? "clean" : "CONFLICT " + result.conflicts(),
				both, changedLines, times.get(0), times.get(times.size() / 2), runs);
	}

	static int changedLines(String a, String b) {
		String[] x = a.split("\n", -1);
		String[] y = b.split("\n", -1);
		int n = Math.min(x.length, y.length);
		int diff = Math.abs(x.length - y.length);
		for (int i = 0; i < n; i++) {
			if (!x[i].equals(y[i])) {
				diff++;
			}
		}
		return diff;
	}

	static String ext(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			String name = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("base.")).findFirst().orElseThrow();
			return name.substring(5).replace(".gz", "");
		}
	}

	static byte[] read(Path dir, String name) throws IOException {
		Path p = dir.resolve(name);
		if (Files.exists(p)) {
			return Files.readAllBytes(p);
		}
		return gunzip(Files.readAllBytes(dir.resolve(name + ".gz")));
	}

	static byte[] gunzip(byte[] gz) throws IOException {
		try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		}
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		return m.find() ? m.group(1) : "";
	}

	static List<String> pointers(String json) {
		List<String> out = new ArrayList<>();
		Matcher m = Pattern.compile("\"expected_conflicts\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
		if (m.find()) {
			Matcher p = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
			while (p.find()) {
				out.add(p.group(1));
			}
		}
		return out;
	}
}
