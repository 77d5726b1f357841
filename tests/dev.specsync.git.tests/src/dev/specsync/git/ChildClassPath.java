package dev.specsync.git;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jgit.lib.Repository;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The class path for a child JVM that runs the snapshot engine without OSGi: the classes of this fragment
 * and of its host (where the running framework loaded them from), JGit and every bundle JGit's package and
 * bundle wires lead to (JavaEWAH, commons-codec, slf4j-api), as installed in the running framework.
 */
final class ChildClassPath {

	private ChildClassPath() {
	}

	static String of(Class<?> mainClass) throws IOException {
		Set<String> entries = new LinkedHashSet<>();
		entries.add(codeSource(mainClass));
		entries.add(codeSource(dev.specsync.git.internal.JGitSnapshotServices.class));
		for (Bundle bundle : wiredClosure(FrameworkUtil.getBundle(Repository.class))) {
			File file = FileLocator.getBundleFileLocation(bundle).filter(File::isFile)
					.orElseThrow(() -> new IOException("bundle " + bundle.getSymbolicName() + " is not a jar file: "
							+ bundle.getLocation()));
			entries.add(file.getAbsolutePath());
		}
		return String.join(File.pathSeparator, entries);
	}

	/** Where the framework loaded a class from: the bundle jar, or the output folder of a bundle in development. */
	private static String codeSource(Class<?> type) throws IOException {
		CodeSource source = type.getProtectionDomain().getCodeSource();
		if (source == null || source.getLocation() == null) {
			throw new IOException("no code source for " + type.getName());
		}
		try {
			return Path.of(source.getLocation().toURI()).toString();
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw new IOException("code source of " + type.getName() + " is not a file: " + source.getLocation(), e);
		}
	}

	/** The bundle and every bundle its package and bundle wires reach, transitively; without the system bundle. */
	private static Set<Bundle> wiredClosure(Bundle root) {
		Set<Bundle> seen = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			Bundle bundle = todo.pop();
			if (bundle.getBundleId() == Constants.SYSTEM_BUNDLE_ID || !seen.add(bundle)) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			for (String namespace : List.of(PackageNamespace.PACKAGE_NAMESPACE, BundleNamespace.BUNDLE_NAMESPACE)) {
				for (BundleWire wire : wiring.getRequiredWires(namespace)) {
					todo.add(wire.getProvider().getBundle());
				}
			}
		}
		return seen;
	}
}
