package dev.specsync.openapi.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;

/** The files under {@code data/} of this test bundle, and small helpers to write more. */
final class TestData {
	private TestData() {
	}

	/**
	 * A folder of the bundle's data.
	 *
	 * @param name e.g. {@code multi/petstore-3.0}
	 */
	static Path folder(String name) {
		try {
			URL url = TestData.class.getClassLoader().getResource("data/" + name);
			assertNotNull(url, "data/" + name + " is in the test bundle");
			return Path.of(FileLocator.toFileURL(url).getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path write(Path dir, String name, String content) {
		try {
			Path file = dir.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
