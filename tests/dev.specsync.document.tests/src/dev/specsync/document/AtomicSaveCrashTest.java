package dev.specsync.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A JVM killed while it saves a document leaves the old or the new file, never part of one: a child process
 * saves two 4 MB documents over one file in turn and is killed at random moments during its saves. (Saved with
 * a plain {@code Files.write}, the file is found empty or truncated after nearly every such kill.)
 */
class AtomicSaveCrashTest {
	private static final int KILLS = 6;

	@TempDir
	Path dir;

	@Test
	void killedMidSaveLeavesTheOldOrTheNewFile() throws Exception {
		byte[] a = document('a');
		byte[] b = document('b');
		Path fileA = Files.write(dir.resolve("a.json"), a);
		Path fileB = Files.write(dir.resolve("b.json"), b);
		Path target = Files.write(dir.resolve("api.json"), a);
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
		Random random = new Random(42);
		for (int kill = 0; kill < KILLS; kill++) {
			runAndKill(target, fileA, fileB, 2 + random.nextInt(6), random.nextInt(40));
			byte[] now = Files.readAllBytes(target);
			assertTrue(Arrays.equals(now, a) || Arrays.equals(now, b),
					"after kill " + kill + " the file is neither document: " + now.length + " bytes");
			assertTrue(Files.getPosixFilePermissions(target).equals(PosixFilePermissions.fromString("rw-rw-r--")),
					"the save kept the file's permissions");
		}
		SourceDocument.load(fileA).save(target);
		assertArrayEquals(a, Files.readAllBytes(target));
	}

	/** A JSON document of about 4 MB whose every line holds {@code c}. */
	private static byte[] document(char c) {
		StringBuilder sb = new StringBuilder("{\"openapi\": \"3.0.3\", \"x-data\": {\n");
		String value = String.valueOf(c).repeat(60);
		for (int i = 0; sb.length() < 4 * 1024 * 1024; i++) {
			sb.append("  \"k").append(i).append("\": \"").append(value).append("\",\n");
		}
		sb.append("  \"end\": true\n}}\n");
		return sb.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Starts the child, waits until it begins save number {@code saves}, waits {@code delayMillis}, kills it. */
	private static void runAndKill(Path target, Path a, Path b, int saves, long delayMillis) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String cp = String.join(File.pathSeparator, codeSource(AtomicSaveChild.class),
				codeSource(SourceDocument.class), codeSource(LoadSettings.class));
		Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", cp, AtomicSaveChild.class.getName(),
				target.toString(), a.toString(), b.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("SAVING " + saves)) {
				// wait for the save to kill
			}
			assertTrue(line != null, "the child ended before save " + saves);
			Thread.sleep(delayMillis);
			child.destroyForcibly();
		} finally {
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not end");
		}
	}

	private static String codeSource(Class<?> type) throws IOException {
		CodeSource source = type.getProtectionDomain().getCodeSource();
		try {
			return Path.of(source.getLocation().toURI()).toString();
		} catch (URISyntaxException e) {
			throw new IOException(e);
		}
	}
}
