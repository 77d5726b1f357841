package dev.specsync.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.cli.internal.CommandCatalog;

/** The product's OSGi runtime starts Declarative Services and every SpecSync component can be satisfied. */
class DeclarativeServicesTest {

	private static final long TIMEOUT_MS = 10_000;

	static <T> T await(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(TIMEOUT_MS);
		assertNotNull(service, () -> type.getSimpleName() + " was not registered within " + TIMEOUT_MS + " ms");
		return service;
	}

	@Test
	void commandRegistryIsPublishedByDeclarativeServices() throws Exception {
		CommandCatalog catalog = await(CommandCatalog.class);
		assertTrue(catalog.names().containsAll(List.of("help", "validate", "version")), () -> "commands: " + catalog.names());
	}

	@Test
	void noSpecSyncComponentIsUnsatisfiedOrFailed() throws Exception {
		await(CommandCatalog.class); // the registry's bundle has been activated by SCR
		ServiceComponentRuntime scr = await(ServiceComponentRuntime.class);
		BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
		Bundle[] ours = Arrays.stream(context.getBundles())
				.filter(b -> b.getSymbolicName().startsWith("dev.specsync.") && !b.getSymbolicName().endsWith(".tests"))
				.toArray(Bundle[]::new);
		assertTrue(ours.length >= 4, "the SpecSync bundles are installed");

		List<String> components = new ArrayList<>();
		List<String> broken = new ArrayList<>();
		for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(ours)) {
			components.add(description.name);
			assertTrue(scr.isComponentEnabled(description), () -> description.name + " is disabled");
			for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
				if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
						|| configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
						|| configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
					broken.add(description.name + " (state " + configuration.state + ", " + configuration.failure + ")");
				}
			}
		}
		assertTrue(components.contains("dev.specsync.cli.internal.CommandRegistry"), () -> "components: " + components);
		assertFalse(components.isEmpty());
		assertEquals(List.of(), broken, "components that cannot run");
	}
}
