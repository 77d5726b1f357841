import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import dev.specsync.diff.DiffReport;
import dev.specsync.diff.ReportFormat;
import dev.specsync.diff.SchemaDiffer;
import dev.specsync.diff.Summary;
import dev.specsync.diff.internal.OpenApiDiffer;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.SourceDocument;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;

/**
 * The differ benchmark: real version pairs and self-diffs from the OpenAPI corpus, each measured four ways in
 * one run, and the figures printed as one table.
 * <ol>
 * <li>SpecSync in this JVM (warm, best of RUNS): parse only (both files into the document model), diff alone
 * (loaded file sets in, report out), load + diff + JSON report, and the same with the two sides loaded in parallel
 * (as {@code specsync diff} loads them); peak heap while doing it (this JVM runs with
 * {@code -Xmx1g}, so finishing at all shows the 1 GB bound).</li>
 * <li>SpecSync as a command: the product's {@code specsync diff --format json OLD NEW} through its launch
 * script, start-up included, best of min(RUNS, 3), with {@code SPECSYNC_VM_OPTIONS=-Xmx1g}; wall time and
 * peak RSS from {@code /usr/bin/time}.</li>
 * <li>openapi-diff in a JVM of its own ({@link OpenApiDiffRun} {@code inprocess}): one warm-up, then best of
 * min(RUNS, 2) of parse + compare, and of compare alone.</li>
 * <li>openapi-diff as a command ({@link OpenApiDiffRun} {@code command}: compare and write its JSON report),
 * once, with the time-out and heap limit given.</li>
 * </ol>
 * Started by {@code run.sh}; never part of the tests.
 *
 * <p>Usage: {@code DiffBenchmark CORPUS RUNS PRODUCT_DIR OAD_CLASSPATH|- TIMEOUT_S OAD_XMX WORK_DIR [FILTER]}
 */
public final class DiffBenchmark {

	record Pair(String name, String oldFile, String newFile) {
	}

	static final List<Pair> PAIRS = List.of(
			new Pair("github 2.2.1 -> 10.0.0", "github/api.github.com-2.2.1.json.gz", "github/api.github.com-10.0.0.json.gz"),
			new Pair("github 10.0.0 -> 16.0.0", "github/api.github.com-10.0.0.json.gz", "github/api.github.com-16.0.0.json.gz"),
			new Pair("github 16.0.0 -> 23.0.2", "github/api.github.com-16.0.0.json.gz", "github/api.github.com-23.0.2.json.gz"),
			new Pair("github 16.0.0 -> 23.0.2 yaml", "github/api.github.com-16.0.0.yaml.gz", "github/api.github.com-23.0.2.yaml.gz"),
			new Pair("blockfrost 0.1.24 -> 0.1.93", "blockfrost/blockfrost-0.1.24.yaml", "blockfrost/blockfrost-0.1.93.yaml"),
			new Pair("directus 9.21.0 -> 15.2.0", "directus/directus-9.21.0.json", "directus/directus-15.2.0.json"),
			new Pair("github 23.0.2 self", "github/api.github.com-23.0.2.json.gz", "github/api.github.com-23.0.2.json.gz"),
			new Pair("github 23.0.2 json vs yaml", "github/api.github.com-23.0.2.json.gz", "github/api.github.com-23.0.2.yaml.gz"),
			new Pair("ms graph v1.0 self", "apis-guru/microsoft-graph-v1.0.json.gz", "apis-guru/microsoft-graph-v1.0.json.gz"));

	private DiffBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		int runs = Integer.parseInt(args[1]);
		Path product = Path.of(args[2]);
		String oadClasspath = args[3];
		int timeout = Integer.parseInt(args[4]);
		String oadXmx = args[5];
		Path work = Path.of(args[6]);
		String filter = args.length > 7 ? args[7] : "";
		SchemaDiffer differ = new OpenApiDiffer();
		System.out.printf(Locale.ROOT, "load average at start: %s%n",
				Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "?");
		System.out.printf(Locale.ROOT,
				"SpecSync diff benchmark: %d runs, Java %s, %d cores, max heap %d MiB here; openapi-diff: %s, -Xmx%s, time-out %d s%n",
				runs, Runtime.version(), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, oadClasspath.equals("-") ? "not run" : "2.1.7", oadXmx, timeout);
		List<String> rows = new ArrayList<>();
		for (Pair pair : PAIRS) {
			if (!pair.name().contains(filter)) {
				continue;
			}
			Path oldPath = unpack(corpus, pair.oldFile(), work);
			Path newPath = unpack(corpus, pair.newFile(), work);
			System.out.println("-- " + pair.name());

			// 1. in-process, warm
			DiffReport report = differ.diff(load(oldPath), load(newPath));
			differ.render(report, ReportFormat.JSON);
			resetPeaks();
			long parse = Long.MAX_VALUE;
			long diff = Long.MAX_VALUE;
			long total = Long.MAX_VALUE;
			long parallel = Long.MAX_VALUE;
			long parseCpu = Long.MAX_VALUE;
			long totalCpu = Long.MAX_VALUE;
			for (int i = 0; i < runs; i++) {
				long c0 = cpu();
				long t0 = System.nanoTime();
				SourceDocument a = SourceDocument.load(oldPath, LoadOptions.defaults());
				SourceDocument b = SourceDocument.load(newPath, LoadOptions.defaults());
				long t1 = System.nanoTime();
				parse = Math.min(parse, t1 - t0);
				parseCpu = Math.min(parseCpu, cpu() - c0);
				if (a.lineCount() + b.lineCount() < 0) {
					throw new AssertionError();
				}
				a = null;
				b = null;
				c0 = cpu();
				t0 = System.nanoTime();
				ApiFileSet oldSet = load(oldPath);
				ApiFileSet newSet = load(newPath);
				t1 = System.nanoTime();
				report = differ.diff(oldSet, newSet);
				long t2 = System.nanoTime();
				String json = differ.render(report, ReportFormat.JSON);
				long t3 = System.nanoTime();
				totalCpu = Math.min(totalCpu, cpu() - c0);
				if (json.isEmpty()) {
					throw new AssertionError();
				}
				diff = Math.min(diff, t2 - t1);
				total = Math.min(total, t3 - t0);
				oldSet = null;
				newSet = null;
				report = null;
				// as `specsync diff` does it: the two sides load in parallel
				t0 = System.nanoTime();
				CompletableFuture<ApiFileSet> oldLoad = CompletableFuture.supplyAsync(() -> loadUnchecked(oldPath));
				ApiFileSet newSide = load(newPath);
				report = differ.diff(oldLoad.join(), newSide);
				json = differ.render(report, ReportFormat.JSON);
				parallel = Math.min(parallel, System.nanoTime() - t0);
			}
			long heap = peakHeapMiB();
			Summary s = report.summary();
			System.out.printf(Locale.ROOT, "   specsync in-process: parse %d ms, diff %d ms, load+diff+json %d ms (sides loaded in parallel: %d ms), peak heap %d MiB, %s%n",
					ms(parse), ms(diff), ms(total), ms(parallel), heap, s);
			System.out.printf(Locale.ROOT, "   specsync in-process CPU (this process, GC included; less disturbed by a loaded machine): parse %d ms, load+diff+json %d ms%n",
					ms(parseCpu), ms(totalCpu));

			// 2. command through the product's launch script
			Path script = product.resolve("specsync");
			long cmdBest = Long.MAX_VALUE;
			long cmdRss = 0;
			long cmdCpu = 0;
			String cmdStatus = "";
			Path out = work.resolve("specsync-report.json");
			for (int i = 0; i < Math.min(runs, 3); i++) {
				Timed t = timed(List.of(script.toString(), "diff", "--format", "json", oldPath.toString(), newPath.toString()),
						out, timeout, List.of("SPECSYNC_VM_OPTIONS=-Xmx1g", "SPECSYNC_STATE_HOME=" + work.resolve("state")), work);
				cmdStatus = t.status();
				if (t.ok(0, 1) && t.millis() < cmdBest) {
					cmdBest = t.millis();
					cmdRss = t.rssMiB();
					cmdCpu = t.cpuMillis();
				}
			}
			boolean reportOk = Files.exists(out) && Files.readString(out).contains("\"summary\"");
			System.out.printf(Locale.ROOT, "   specsync command: %s ms (CPU %d ms), RSS %d MiB, exit %s, JSON report %s%n",
					cmdBest == Long.MAX_VALUE ? "-" : Long.toString(cmdBest), cmdCpu, cmdRss, cmdStatus,
					reportOk ? "written" : "MISSING");

			// 3. and 4. openapi-diff
			String oadTotal = "-";
			String oadCompare = "-";
			String oadHeap = "-";
			String oadCmd = "-";
			String oadCounts = "";
			if (!oadClasspath.equals("-")) {
				String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
				Path oadOut = work.resolve("oad-stdout.txt");
				Timed t = timed(List.of(java, "-Xmx" + oadXmx, "-cp", oadClasspath, "OpenApiDiffRun", "inprocess",
						oldPath.toString(), newPath.toString(), Integer.toString(Math.min(runs, 2))), oadOut, timeout,
						List.of(), work);
				String line = Files.exists(oadOut) ? Files.readAllLines(oadOut).stream().filter(l -> l.startsWith("RESULT "))
						.findFirst().orElse("") : "";
				if (!line.isEmpty()) {
					String[] f = line.split(" ");
					oadTotal = f[1];
					oadCompare = f[2];
					oadHeap = f[3];
					oadCounts = "new " + f[4] + ", missing " + f[5] + ", changed " + f[6] + ", incompatible " + f[7]
							+ ", breaking operations " + f[8];
				} else {
					oadTotal = t.status();
				}
				System.out.printf(Locale.ROOT, "   openapi-diff in-process: parse+compare %s ms, compare %s ms, peak heap %s MiB, %s%n",
						oadTotal, oadCompare, oadHeap, oadCounts);
				Path oadJson = work.resolve("oad-report.json");
				Files.deleteIfExists(oadJson);
				t = timed(List.of(java, "-Xmx" + oadXmx, "-cp", oadClasspath, "OpenApiDiffRun", "command",
						oldPath.toString(), newPath.toString(), oadJson.toString()), work.resolve("oad-cmd.txt"), timeout,
						List.of(), work);
				boolean oadReport = t.ok(0, 1) && Files.exists(oadJson) && Files.size(oadJson) > 0;
				oadCmd = t.ok(0, 1) && oadReport ? Long.toString(t.millis()) : t.status();
				System.out.printf(Locale.ROOT, "   openapi-diff command: %s, %d ms (CPU %d ms), RSS %d MiB, JSON report %s%n",
						t.status(), t.millis(), t.cpuMillis(), t.rssMiB(), oadReport ? "written" : "not written");
			}
			rows.add(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d | %d | %.2f | %d | %d | %d | %d | %d | %s | %s | %s | %s | %s |",
					pair.name(), ms(parse), ms(diff), (double) diff / parse, ms(total), ms(parallel),
					(double) total / parse, heap, s.changes(), s.breaking(),
					s.changedOperations(), s.breakingOperations(), cmdBest == Long.MAX_VALUE ? "fail" : Long.toString(cmdBest),
					oadTotal, oadCmd, ratio(oadTotal, ms(total)), ratio(oadCmd, cmdBest)));
		}
		System.out.println();
		System.out.println("Times in ms. parse: both files into the document model; diff: the comparison of the loaded sets;"
				+ " heap: peak MiB in-process (-Xmx1g); cmd: `specsync diff --format json` through the launch script, start-up"
				+ " included; oad: openapi-diff 2.1.7, in-process = parse + compare (warm), cmd = compare + JSON report in a new JVM;"
				+ " x: openapi-diff time / SpecSync time (in-process: against load + diff + JSON, sides loaded one after the"
				+ " other); total/parse: load + diff + JSON against parsing the two files alone.");
		System.out.printf(Locale.ROOT, "load average at end: %s%n",
				Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "?");
		System.out.println();
		System.out.println("| pair | parse | diff | diff/parse | load+diff+json | same, sides in parallel | total/parse | heap MiB | changes | breaking | changed ops | breaking ops | cmd | oad in-process | oad cmd | x in-process | x cmd |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		rows.forEach(System.out::println);
	}

	private static ApiFileSet load(Path path) throws Exception {
		return ApiFileSet.load(path, ApiLoadOptions.defaults());
	}

	private static ApiFileSet loadUnchecked(Path path) {
		try {
			return load(path);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String ratio(String theirs, long ours) {
		try {
			return String.format(Locale.ROOT, "%.0f", Double.parseDouble(theirs) / ours);
		} catch (NumberFormatException e) {
			return theirs.startsWith("timeout") ? ">" + theirs.substring(8) : "-";
		}
	}

	record Timed(long millis, long rssMiB, long cpuMillis, String status, int exit) {
		boolean ok(int... codes) {
			for (int c : codes) {
				if (exit == c) {
					return true;
				}
			}
			return false;
		}
	}

	/** Runs a command under /usr/bin/time with its standard output to {@code stdout}; kills it after the time-out. */
	private static Timed timed(List<String> command, Path stdout, int timeoutSeconds, List<String> env, Path work)
			throws IOException, InterruptedException {
		Path timeFile = work.resolve("time.txt");
		Files.deleteIfExists(timeFile);
		List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-q", "-o", timeFile.toString(), "-f", "%e %M %U %S"));
		full.addAll(command);
		ProcessBuilder pb = new ProcessBuilder(full).redirectOutput(stdout.toFile())
				.redirectError(work.resolve("stderr.txt").toFile());
		for (String e : env) {
			int eq = e.indexOf('=');
			pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
		}
		long t0 = System.nanoTime();
		Process p = pb.start();
		if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			p.waitFor();
			return new Timed(timeoutSeconds * 1000L, 0, 0, "timeout " + timeoutSeconds + " s", -1);
		}
		long millis = (System.nanoTime() - t0) / 1_000_000;
		long rss = 0;
		long cpu = 0;
		if (Files.exists(timeFile)) {
			String[] f = Files.readString(timeFile).trim().split("\\s+");
			if (f.length == 4) {
				rss = Long.parseLong(f[1]) >> 10;
				cpu = Math.round((Double.parseDouble(f[2]) + Double.parseDouble(f[3])) * 1000);
			}
		}
		String err = Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8);
		String status = "exit " + p.exitValue();
		if (err.contains("OutOfMemoryError")) {
			status = "out of memory";
		}
		return new Timed(millis, rss, cpu, status, p.exitValue());
	}

	private static Path unpack(Path corpus, String name, Path work) throws IOException {
		Path source = corpus.resolve(name);
		if (!name.endsWith(".gz")) {
			return source.toAbsolutePath();
		}
		Path target = work.resolve(Path.of(name).getFileName().toString().replaceFirst("\\.gz$", ""));
		if (!Files.exists(target)) {
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(source)))) {
				Files.write(target, in.readAllBytes());
			}
		}
		return target;
	}

	/** CPU time of this process so far (all threads, GC included), or 0 when the platform does not say. */
	private static long cpu() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeapMiB() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum >> 20;
	}
}
