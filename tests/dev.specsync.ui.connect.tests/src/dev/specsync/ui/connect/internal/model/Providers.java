package dev.specsync.ui.connect.internal.model;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.provider.GitProvider;
import dev.specsync.provider.registry.ProviderRegistry;

/** The provider registry as Declarative Services started it, with the product's providers in it. */
final class Providers {

	private Providers() {
	}

	static ProviderRegistry registry() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(Providers.class).getBundleContext();
		assertNotNull(context, "the connect bundle has been started");
		ServiceTracker<ProviderRegistry, ProviderRegistry> tracker = new ServiceTracker<>(context, ProviderRegistry.class, null);
		tracker.open();
		try {
			ProviderRegistry registry = tracker.waitForService(10_000);
			assertNotNull(registry, "the provider registry service within 10 s");
			return registry;
		} finally {
			tracker.close();
		}
	}

	static GitProvider provider(String id) throws InterruptedException {
		ProviderRegistry registry = registry();
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			var found = registry.provider(id);
			if (found.isPresent()) {
				return found.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no provider " + id + " in the registry within 10 s: " + registry.providers());
	}
}
