import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.output.JsonRender;

/**
 * OpenAPITools' openapi-diff on one pair, in a JVM of its own (started by {@link DiffBenchmark}), two modes:
 * <ul>
 * <li>{@code inprocess OLD NEW RUNS}: one warm-up, then the best of RUNS of parse + compare
 * ({@code OpenApiCompare.fromLocations}) and of compare alone ({@code fromSpecifications} on the parsed
 * models); prints one line {@code RESULT total_ms compare_ms peak_heap_mib new missing changed incompatible
 * breaking_ops}.</li>
 * <li>{@code command OLD NEW OUT.json}: what openapi-diff's command line does for {@code --json}: compare,
 * then render the JSON report to a file; exit 1 when the change is incompatible.</li>
 * </ul>
 */
public final class OpenApiDiffRun {
	private OpenApiDiffRun() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("command")) {
			ChangedOpenApi result = OpenApiCompare.fromLocations(args[1], args[2]);
			try (OutputStreamWriter w = new OutputStreamWriter(new FileOutputStream(args[3]), StandardCharsets.UTF_8)) {
				new JsonRender().render(result, w);
			}
			System.exit(result.isIncompatible() ? 1 : 0);
		}
		int runs = Integer.parseInt(args[3]);
		ChangedOpenApi result = OpenApiCompare.fromLocations(args[1], args[2]);
		resetPeaks();
		long bestTotal = Long.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			result = OpenApiCompare.fromLocations(args[1], args[2]);
			bestTotal = Math.min(bestTotal, System.nanoTime() - t0);
		}
		long bestCompare = Long.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			result = OpenApiCompare.fromSpecifications(result.getOldSpecOpenApi(), result.getNewSpecOpenApi());
			bestCompare = Math.min(bestCompare, System.nanoTime() - t0);
		}
		int breakingOps = result.getMissingEndpoints().size();
		for (ChangedOperation op : result.getChangedOperations()) {
			if (op.isIncompatible()) {
				breakingOps++;
			}
		}
		System.out.printf(Locale.ROOT, "RESULT %d %d %d %d %d %d %b %d%n", bestTotal / 1_000_000, bestCompare / 1_000_000,
				peakHeapMiB(), result.getNewEndpoints().size(), result.getMissingEndpoints().size(),
				result.getChangedOperations().size(), result.isIncompatible(), breakingOps);
	}

	static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	static long peakHeapMiB() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum >> 20;
	}
}
