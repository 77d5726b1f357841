package dev.specsync.provider.generic.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.provider.GitProvider;

/** The provider as Declarative Services registered it. */
final class Services {

	private Services() {
	}

	/** The registered {@link GitProvider} service of an id, waiting up to 10 s for it. */
	static GitProvider provider(String id) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		assertNotNull(context, "the provider bundle has been started");
		ServiceTracker<GitProvider, GitProvider> tracker = new ServiceTracker<>(context,
				context.createFilter("(objectClass=" + GitProvider.class.getName() + ")"), null);
		tracker.open();
		try {
			long deadline = System.currentTimeMillis() + 10_000;
			while (System.currentTimeMillis() < deadline) {
				for (GitProvider provider : tracker.getServices(new GitProvider[0])) {
					if (provider.id().equals(id)) {
						return provider;
					}
				}
				Thread.sleep(50);
			}
			throw new AssertionError("no GitProvider service with the id " + id + " within 10 s");
		} finally {
			tracker.close();
		}
	}
}
