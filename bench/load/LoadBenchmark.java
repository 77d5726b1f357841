import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.SourceDocument;

/**
 * Loads every corpus file of at least {@code minBytes} (unpacked) {@code runs} times and prints best / median
 * wall time and the heap retained by one loaded document. Run by {@code run.sh} with Java's source launcher
 * against the built {@code dev.specsync.document} jar; never part of the tests.
 *
 * <p>Usage: {@code LoadBenchmark <corpus-dir> [runs=10] [minBytes=1000000]}
 */
public final class LoadBenchmark {
	private LoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		long minBytes = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
		List<Path> files;
		try (Stream<Path> s = Files.walk(dir)) {
			files = s.filter(Files::isRegularFile)
					.filter(p -> p.toString().matches(".*\\.(json|ya?ml)(\\.gz)?$"))
					.sorted().toList();
		}
		System.out.printf(Locale.ROOT, "%s, %d runs, files of at least %d bytes, Java %s, %d cores%n", dir, runs,
				minBytes, Runtime.version(), Runtime.getRuntime().availableProcessors());
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.out.printf(Locale.ROOT, "%-55s %10s %9s %9s %10s %6s %8s%n",
				"file", "bytes", "best ms", "median ms", "heap MiB", "x size", "lines");
		for (Path file : files) {
			byte[] bytes = read(file);
			if (bytes.length < minBytes) {
				continue;
			}
			String name = dir.relativize(file).toString();
			Format format = Format.fromFileName(name);
			long[] times = new long[runs];
			SourceDocument doc = null;
			for (int i = 0; i < runs; i++) {
				long t0 = System.nanoTime();
				doc = SourceDocument.parse(name, bytes, format, LoadOptions.defaults());
				times[i] = System.nanoTime() - t0;
			}
			int lines = doc.lineCount();
			doc = null;
			long before = usedAfterGc(memory);
			SourceDocument held = SourceDocument.parse(name, bytes, format, LoadOptions.defaults());
			long after = usedAfterGc(memory);
			long retained = after - before;
			Arrays.sort(times);
			System.out.printf(Locale.ROOT, "%-55s %10d %9.1f %9.1f %10.1f %6.1f %8d%n", name, bytes.length,
					times[0] / 1e6, times[runs / 2] / 1e6, retained / 1048576.0, (double) retained / bytes.length,
					lines + (held.root() == null ? 1 : 0));
		}
	}

	private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static byte[] read(Path file) throws IOException {
		if (!file.toString().endsWith(".gz")) {
			return Files.readAllBytes(file);
		}
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return in.readAllBytes();
		}
	}
}
