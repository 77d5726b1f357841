package dev.specsync.git.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.git.credentials.Credential;
import dev.specsync.git.credentials.GitCredentials;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.GitService;

/** The Git engine as the application gets it (from the OSGi service registry), and test data. */
public final class Engines {

	public static final Author AUTHOR = new Author("Ada Designer", "ada@example.invalid");

	private static GitService service;

	private Engines() {
	}

	public static synchronized GitService service() {
		if (service == null) {
			BundleContext context = FrameworkUtil.getBundle(GitService.class).getBundleContext();
			assertNotNull(context, "the Git bundle has been started");
			ServiceTracker<GitService, GitService> tracker = new ServiceTracker<>(context, GitService.class, null);
			tracker.open();
			try {
				service = tracker.waitForService(10_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			assertNotNull(service, "GitService is registered");
		}
		return service;
	}

	public static GitCredentials token(String token) {
		return uri -> Optional.of(new Credential(HttpGitServer.USER, token.toCharArray()));
	}

	/** A working repository on main with openapi.yaml and notes.txt, for seeding bare repositories. */
	public static Path seed(Path dir) {
		TestRepo repo = TestRepo.init(dir);
		repo.write("openapi.yaml", "openapi: 3.1.0\ninfo:\n  title: Orders\n  version: 1.0.0\npaths: {}\n");
		repo.write("notes.txt", "first line\n");
		repo.commitAll("Initial API");
		repo.close();
		return dir;
	}

	/** Writes {@code count} files of incompressible data under {@code dir/blobs}, for transfers that take a while. */
	public static void bulk(Path dir, String prefix, int count, int size) {
		Random random = new Random(count * 31L + size);
		try {
			Files.createDirectories(dir.resolve("blobs"));
			byte[] data = new byte[size];
			for (int i = 0; i < count; i++) {
				random.nextBytes(data);
				Files.write(dir.resolve("blobs/" + prefix + i + ".bin"), data);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
