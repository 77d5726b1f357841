package dev.specsync.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.git.testing.RepoState;
import dev.specsync.git.testing.TestRepo;

/** The bundle publishes {@link SnapshotServices} through Declarative Services, and the service works. */
class SnapshotServicesServiceTest {

	@TempDir
	Path tmp;

	@Test
	void theRegisteredFactoryTakesAndRestoresSnapshots() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(SnapshotServices.class).getBundleContext();
		assertNotNull(context, "the snapshot bundle has been started");
		ServiceTracker<SnapshotServices, SnapshotServices> tracker = new ServiceTracker<>(context, SnapshotServices.class, null);
		tracker.open();
		try {
			SnapshotServices services = tracker.waitForService(10_000);
			assertNotNull(services, "SnapshotServices is registered");
			try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
				repo.write("openapi.yaml", "openapi: 3.1.0\n").commitAll("init");
				repo.write("openapi.yaml", "openapi: 3.1.1\n");
				RepoState before = repo.state();
				SnapshotService service = services.forRepository(repo.repository());
				Snapshot snapshot = service.take("from the service registry");
				repo.write("openapi.yaml", "changed\n");
				service.restore(snapshot);
				assertEquals(before, repo.state());
				repo.assertFsckClean();
			}
		} finally {
			tracker.close();
		}
	}
}
