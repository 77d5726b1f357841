package dev.specsync.diff.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.zip.GZIPInputStream;

import dev.specsync.diff.DiffReport;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.SourceDocument;

/** Test helpers: documents from text or from the fragment's {@code data/} folder, and a differ. */
final class Diffs {

	static final OpenApiDiffer DIFFER = new OpenApiDiffer();

	private Diffs() {
	}

	static SourceDocument yaml(String text) throws Exception {
		return SourceDocument.parse("test.yaml", text, Format.YAML, LoadOptions.defaults());
	}

	static DiffReport diff(String oldYaml, String newYaml) throws Exception {
		return DIFFER.diff(yaml(oldYaml), yaml(newYaml));
	}

	/** A file of {@code data/}, gunzipped when its name ends with {@code .gz}. */
	static SourceDocument data(String name) throws Exception {
		URL url = Diffs.class.getClassLoader().getResource("data/" + name);
		if (url == null) {
			throw new IOException("data/" + name + " is not in the test fragment");
		}
		byte[] bytes;
		try (InputStream in = url.openStream()) {
			bytes = in.readAllBytes();
		}
		String path = name;
		if (name.endsWith(".gz")) {
			bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
			path = name.substring(0, name.length() - 3);
		}
		return SourceDocument.parse(path, bytes, Format.fromFileName(path), LoadOptions.defaults());
	}
}
