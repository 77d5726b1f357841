package dev.specsync.merge.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.Nodes;
import dev.specsync.document.SourceDocument;

/** Reads the copied benchmark cases from this fragment. */
final class Cases {
	private Cases() {
	}

	static List<String> names() {
		Bundle bundle = FrameworkUtil.getBundle(Cases.class);
		List<String> names = new ArrayList<>();
		// findEntries, unlike getEntry, also searches the fragments: this one holds the cases.
		Enumeration<URL> metas = bundle.findEntries("cases", "meta.json", true); //$NON-NLS-1$ //$NON-NLS-2$
		for (URL u : Collections.list(metas)) {
			String p = u.getPath();
			String dir = p.substring(0, p.length() - "/meta.json".length()); //$NON-NLS-1$
			names.add(dir.substring(dir.lastIndexOf('/') + 1));
		}
		Collections.sort(names);
		return names;
	}

	/** A side's bytes, or null when the case has no such file. */
	static byte[] read(String name, String side, String ext) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(Cases.class);
		URL plain = entry(bundle, name, side + "." + ext); //$NON-NLS-1$
		if (plain != null) {
			try (InputStream in = plain.openStream()) {
				return in.readAllBytes();
			}
		}
		URL gz = entry(bundle, name, side + "." + ext + ".gz"); //$NON-NLS-1$ //$NON-NLS-2$
		if (gz == null) {
			return null;
		}
		try (InputStream in = new GZIPInputStream(gz.openStream())) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		}
	}

	private static URL entry(Bundle bundle, String name, String file) {
		Enumeration<URL> found = bundle.findEntries("cases/" + name, file, false); //$NON-NLS-1$
		return found != null && found.hasMoreElements() ? found.nextElement() : null;
	}

	static String meta(String name) throws IOException {
		return new String(read(name, "meta", "json"), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String ext(String name) throws IOException {
		return read(name, "base", "json") != null ? "json" : "yaml"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	static Object data(byte[] bytes, String ext) throws DocumentException {
		return Nodes.toJava(SourceDocument.parse("x." + ext, bytes, Format.fromFileName("x." + ext), //$NON-NLS-1$ //$NON-NLS-2$
				LoadOptions.defaults()).root());
	}
}
