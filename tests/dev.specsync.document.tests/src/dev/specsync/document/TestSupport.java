package dev.specsync.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Named;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** Shared helpers: corpus discovery, reading, independent reference parsers and value normalisation. */
final class TestSupport {
	private TestSupport() {
	}

	/** Every JSON and YAML file of the corpus shipped in this fragment ({@code corpus/}, large files gzipped). */
	static List<Path> corpusFiles() {
		return filesUnder(resource("corpus"));
	}

	/**
	 * A file or folder of this fragment as a local path. The fragment's entries are found through the host's
	 * class loader; {@link FileLocator#toFileURL} extracts them when the fragment is installed as a jar.
	 */
	static Path resource(String name) {
		URL url = TestSupport.class.getClassLoader().getResource(name);
		if (url == null) {
			throw new IllegalStateException("no " + name + " in the test fragment: check its build.properties");
		}
		try {
			return Path.of(FileLocator.toFileURL(url).getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Test arguments named by their path below {@code corpus/}, so reports show which file failed. */
	static List<Named<Path>> named(List<Path> files) {
		Path corpus = resource("corpus");
		return files.stream().map(f -> Named.of(corpus.relativize(f).toString(), f)).toList();
	}

	private static List<Path> filesUnder(Path dir) {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile)
					.filter(p -> p.toString().matches(".*\\.(json|ya?ml)(\\.gz)?$"))
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] read(Path file) {
		try {
			if (!file.toString().endsWith(".gz")) {
				return Files.readAllBytes(file);
			}
			try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
				return in.readAllBytes();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static SourceDocument load(Path file) throws DocumentException {
		return SourceDocument.parse(file.toString(), read(file), Format.fromFileName(file.toString()),
				LoadOptions.defaults());
	}

	static SourceDocument json(String text) throws DocumentException {
		return SourceDocument.parse("test.json", text.getBytes(StandardCharsets.UTF_8), Format.JSON,
				LoadOptions.defaults());
	}

	static SourceDocument yaml(String text) throws DocumentException {
		return SourceDocument.parse("test.yaml", text.getBytes(StandardCharsets.UTF_8), Format.YAML,
				LoadOptions.defaults());
	}

	/** Reads JSON with Jackson (independent of the code under test) into Map/List/String/BigDecimal/Boolean/null. */
	static Object jackson(byte[] bytes) throws IOException {
		JsonFactory factory = JsonFactory.builder()
				.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE)
						.maxNestingDepth(2000).build())
				.build();
		try (JsonParser p = factory.createParser(bytes)) {
			p.nextToken();
			return jacksonValue(p);
		}
	}

	private static Object jacksonValue(JsonParser p) throws IOException {
		JsonToken t = p.currentToken();
		switch (t) {
			case START_OBJECT -> {
				Map<String, Object> m = new LinkedHashMap<>();
				while (p.nextToken() == JsonToken.FIELD_NAME) {
					String k = p.currentName();
					p.nextToken();
					Object v = jacksonValue(p);
					m.putIfAbsent(k, v);
				}
				return m;
			}
			case START_ARRAY -> {
				List<Object> l = new ArrayList<>();
				while (p.nextToken() != JsonToken.END_ARRAY) {
					l.add(jacksonValue(p));
				}
				return l;
			}
			case VALUE_STRING -> {
				return p.getText();
			}
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
				return new BigDecimal(p.getText()).stripTrailingZeros();
			}
			case VALUE_TRUE -> {
				return true;
			}
			case VALUE_FALSE -> {
				return false;
			}
			default -> {
				return null;
			}
		}
	}

	/** Numbers become stripped BigDecimals (NaN / infinities stay Doubles) so values compare across parsers. */
	static Object normalize(Object v) {
		if (v instanceof Map<?, ?> m) {
			Map<String, Object> out = new LinkedHashMap<>();
			m.forEach((k, val) -> out.put(String.valueOf(normalize(k)), normalize(val)));
			return out;
		}
		if (v instanceof List<?> l) {
			return l.stream().map(TestSupport::normalize).toList();
		}
		if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
			return d;
		}
		if (v instanceof Number n) {
			return new BigDecimal(n.toString()).stripTrailingZeros();
		}
		return v;
	}

	static String lf2crlf(String s) {
		return s.replace("\r\n", "\n").replace("\n", "\r\n");
	}
}
