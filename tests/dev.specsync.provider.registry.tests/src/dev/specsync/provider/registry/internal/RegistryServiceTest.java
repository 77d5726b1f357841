package dev.specsync.provider.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.provider.GitProvider;
import dev.specsync.provider.registry.ProviderRegistry;
import dev.specsync.provider.registry.ProviderRegistry.ListenerRegistration;
import dev.specsync.provider.registry.testbundle.DynamicProvider;

/**
 * The registry as an OSGi service in the product's runtime: it holds the shipped providers, finds them by URL,
 * and follows provider bundles installed, stopped, started and uninstalled while the framework runs.
 */
class RegistryServiceTest {

	BundleContext context;
	ServiceTracker<ProviderRegistry, ProviderRegistry> tracker;
	ProviderRegistry registry;
	final List<String> events = new CopyOnWriteArrayList<>();
	ListenerRegistration listening;

	@BeforeEach
	void findRegistry() throws InterruptedException {
		context = FrameworkUtil.getBundle(ProviderTable.class).getBundleContext();
		assertNotNull(context, "the registry bundle has been started");
		tracker = new ServiceTracker<>(context, ProviderRegistry.class, null);
		tracker.open();
		registry = tracker.waitForService(10_000);
		assertNotNull(registry, "ProviderRegistry is registered");
		await(() -> registry.provider("local").isPresent() && registry.provider("generic").isPresent(),
				"the shipped providers are bound");
		listening = registry.addListener(e -> events.add(e.type() + " " + e.id()));
		events.clear();
	}

	@AfterEach
	void close() {
		listening.close();
		tracker.close();
	}

	@Test
	void shippedProvidersAreFoundByUrl() {
		assertEquals("local", registry.providerFor("/home/me/apis").map(GitProvider::id).orElseThrow());
		assertEquals("local", registry.providerFor("file:///srv/git/api.git").map(GitProvider::id).orElseThrow());
		assertEquals("generic", registry.providerFor("https://git.corp.example/team/api.git").map(GitProvider::id).orElseThrow());
		assertEquals("generic", registry.providerFor("git@git.corp.example:team/api.git").map(GitProvider::id).orElseThrow());
		assertEquals(Optional.empty(), registry.providerFor("ftp://host/api"));
	}

	@Test
	void providerBundleInstalledAtRunTimeAppearsAndDisappears() throws Exception {
		assertEquals(Optional.empty(), registry.provider(DynamicProvider.ID));
		assertEquals("generic", registry.providerFor("https://dynamic.example.com/a.git").map(GitProvider::id).orElseThrow());
		Bundle bundle = context.installBundle("specsync-test:dynamic-provider", providerBundle());
		try {
			bundle.start();
			await(() -> registry.provider(DynamicProvider.ID).isPresent(), "the new provider appears");
			assertEquals(DynamicProvider.ID,
					registry.providerFor("https://dynamic.example.com/a.git").map(GitProvider::id).orElseThrow(),
					"its URLs now go to it rather than to generic");
			assertEquals(DynamicProvider.ID, registry.providerFor("https://git.acme.example/a.git",
					Map.of(DynamicProvider.ID, Set.of("git.acme.example"))).map(GitProvider::id).orElseThrow());
			assertTrue(registry.providers().stream().anyMatch(p -> p.id().equals(DynamicProvider.ID)));
		} finally {
			bundle.uninstall();
		}
		await(() -> registry.provider(DynamicProvider.ID).isEmpty(), "the provider disappears with its bundle");
		assertEquals("generic", registry.providerFor("https://dynamic.example.com/a.git").map(GitProvider::id).orElseThrow());
		assertEquals(List.of("ADDED " + DynamicProvider.ID, "REMOVED " + DynamicProvider.ID), events);
	}

	@Test
	void stoppingAShippedProviderBundleRemovesItUntilItStartsAgain() throws Exception {
		Bundle local = bundle("dev.specsync.provider.local");
		local.stop();
		try {
			await(() -> registry.provider("local").isEmpty(), "local disappears when its bundle stops");
			assertEquals(Optional.empty(), registry.providerFor("/home/me/apis"));
		} finally {
			local.start();
		}
		await(() -> registry.provider("local").isPresent(), "local is back when its bundle starts");
		assertEquals(List.of("REMOVED local", "ADDED local"), events);
	}

	private Bundle bundle(String symbolicName) {
		for (Bundle b : context.getBundles()) {
			if (b.getSymbolicName().equals(symbolicName)) {
				return b;
			}
		}
		throw new AssertionError("bundle " + symbolicName + " is not installed");
	}

	/** A jar holding {@link DynamicProvider}, with a manifest that makes it a provider bundle of its own. */
	private static InputStream providerBundle() throws IOException {
		Manifest manifest = new Manifest();
		Attributes a = manifest.getMainAttributes();
		a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		a.putValue("Bundle-ManifestVersion", "2");
		a.putValue("Bundle-SymbolicName", "dev.specsync.provider.registry.testbundle");
		a.putValue("Bundle-Version", "1.0.0");
		a.putValue("Bundle-Activator", DynamicProvider.class.getName());
		a.putValue("Import-Package", "dev.specsync.provider;version=\"[1,2)\",org.osgi.framework;version=\"[1.8,2)\"");
		String classFile = DynamicProvider.class.getName().replace('.', '/') + ".class";
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest);
				InputStream in = DynamicProvider.class.getClassLoader().getResourceAsStream(classFile)) {
			assertNotNull(in, classFile);
			jar.putNextEntry(new JarEntry(classFile));
			in.transferTo(jar);
			jar.closeEntry();
		}
		return new ByteArrayInputStream(bytes.toByteArray());
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("within 10 s: " + what);
			}
			Thread.sleep(20);
		}
	}
}
