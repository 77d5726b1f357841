package dev.specsync.openapi.validation.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.FileLocator;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Severity;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;

/** The files under {@code data/} of this fragment, and the validator run on them. */
final class Data {
	private Data() {
	}

	static Path path(String name) {
		try {
			URL url = Data.class.getClassLoader().getResource("data/" + name);
			assertNotNull(url, "data/" + name + " is in the test fragment");
			return Path.of(FileLocator.toFileURL(url).getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every YAML file below a data folder, relative to {@code data/}. */
	static Stream<String> yamlFiles(String folder) throws IOException {
		Path data = path("");
		try (Stream<Path> walk = Files.walk(path(folder))) {
			return walk.filter(p -> p.toString().endsWith(".yaml")).map(p -> data.relativize(p).toString()).sorted()
					.toList().stream();
		}
	}

	/** Unpacks a gzipped data file into a folder. */
	static Path gunzip(String name, Path dir) throws IOException {
		Path out = dir.resolve(name.substring(0, name.length() - ".gz".length()));
		try (InputStream in = new GZIPInputStream(Files.newInputStream(path(name)))) {
			Files.copy(in, out);
		}
		return out;
	}

	/** Copies a data folder into a temporary folder, to change it there. */
	static Path copyTree(String name, Path dir) throws IOException {
		Path from = path(name);
		Path to = dir.resolve(from.getFileName().toString());
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path p : walk.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
		return to;
	}

	static ApiFileSet load(Path root, String label) {
		try {
			return ApiFileSet.load(root, label, ApiLoadOptions.defaults().withBoundary(root.getParent()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (DocumentException e) {
			throw new AssertionError(e.diagnostics().toString(), e);
		}
	}

	static List<Diagnostic> validate(Path root, String label) {
		return new SwaggerSchemaValidator().validate(load(root, label));
	}

	static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
	}
}
