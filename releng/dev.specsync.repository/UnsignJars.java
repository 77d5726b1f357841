import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies jars without their signature files ({@code META-INF/*.SF}, {@code .RSA}, {@code .DSA}, {@code .EC}),
 * replacing each jar in place; every other entry keeps its bytes, time and order. Run by the build on the
 * bootstrap jars of the materialized products (see unsign-bootstrap-jars.xml). Usage: java UnsignJars.java JAR...
 */
public final class UnsignJars {

	public static void main(String[] args) throws IOException {
		for (String arg : args) {
			Path jar = Path.of(arg);
			Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned.tmp");
			int removed = 0;
			try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
					ZipOutputStream out = new ZipOutputStream(file)) {
				for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
					ZipEntry entry = entries.nextElement();
					if (isSignature(entry.getName())) {
						removed++;
						continue;
					}
					ZipEntry target = new ZipEntry(entry.getName());
					target.setTime(entry.getTime());
					out.putNextEntry(target);
					try (InputStream data = in.getInputStream(entry)) {
						data.transferTo(out);
					}
					out.closeEntry();
				}
			}
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			System.out.println("unsigned " + jar + " (" + removed + " signature files removed)");
		}
	}

	private static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}
}
