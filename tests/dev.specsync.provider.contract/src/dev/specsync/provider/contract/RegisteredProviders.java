package dev.specsync.provider.contract;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.provider.GitProvider;

/**
 * Finds a provider as Declarative Services registered it, so that the contract runs against the service the
 * product uses rather than an instance the test made itself.
 */
public final class RegisteredProviders {

	private RegisteredProviders() {
	}

	/**
	 * The registered {@link GitProvider} service of an id, waiting up to 10 s for it.
	 *
	 * @param from a class of a started bundle (a test fragment's class: its host, the provider bundle), whose
	 *            context looks the service up
	 * @param id the provider's id
	 * @return the provider service
	 * @throws Exception if the wait is interrupted or the filter is invalid
	 */
	public static GitProvider find(Class<?> from, String id) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(from).getBundleContext();
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
