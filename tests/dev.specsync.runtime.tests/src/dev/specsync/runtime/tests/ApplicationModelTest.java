package dev.specsync.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The application model that the branding names loads, has the frame the product is built on, and every
 * contribution in the model fragments of every installed bundle (their {@code Model-Fragment} header) lands in
 * an element that exists and names a class that loads.
 */
class ApplicationModelTest {

	private static final String WORKBENCH_BUNDLE = "dev.specsync.ui.workbench";
	private static MApplication application;
	/** The model fragments by the symbolic name of the bundle contributing them. */
	private static final Map<String, MModelFragments> fragments = new TreeMap<>();

	@BeforeAll
	static void load() {
		IProduct product = Platform.getProduct();
		assertNotNull(product, "the test runs the SpecSync product");
		String xmi = product.getProperty("applicationXMI");
		assertEquals(WORKBENCH_BUNDLE + "/Application.e4xmi", xmi);
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new E4XMIResourceFactory());
		application = (MApplication) single(resources, URI.createPlatformPluginURI(xmi, true));
		for (Bundle bundle : FrameworkUtil.getBundle(ApplicationModelTest.class).getBundleContext().getBundles()) {
			String header = bundle.getHeaders("").get("Model-Fragment");
			if (header != null) {
				String file = header.split(";")[0].trim();
				fragments.put(bundle.getSymbolicName(), (MModelFragments) single(resources,
						URI.createPlatformPluginURI(bundle.getSymbolicName() + "/" + file, true)));
			}
		}
		assertTrue(fragments.containsKey(WORKBENCH_BUNDLE), () -> "fragments: " + fragments.keySet());
	}

	private static EObject single(ResourceSetImpl resources, URI uri) {
		Resource resource = resources.getResource(uri, true);
		assertEquals(List.of(), resource.getErrors(), () -> "errors in " + uri);
		assertEquals(1, resource.getContents().size(), () -> uri + " has one root");
		return resource.getContents().get(0);
	}

	@Test
	void theFrameHasTheExplorerEditorAndBottomAreas() {
		assertEquals(1, application.getChildren().size(), "one main window");
		MTrimmedWindow window = assertInstanceOf(MTrimmedWindow.class, application.getChildren().get(0));
		assertEquals("dev.specsync.ui.window.main", window.getElementId());
		assertNotNull(window.getMainMenu(), "the window has a menu bar");

		MPerspective perspective = find(MPerspective.class, "dev.specsync.ui.perspective.design");
		assertNotNull(perspective, "the API Design perspective");
		for (String stack : List.of("explorer", "editors", "bottom")) {
			MPartStack partStack = find(MPartStack.class, "dev.specsync.ui.partstack." + stack);
			assertNotNull(partStack, stack + " stack");
			assertTrue(contains(perspective, partStack), stack + " stack is inside the perspective");
		}
	}

	@Test
	void everyFragmentTargetsAnExistingElementAndEveryPartClassLoads() throws Exception {
		List<String> parts = new ArrayList<>();
		for (MModelFragments bundleFragments : fragments.values()) {
			for (MModelFragment fragment : bundleFragments.getFragments()) {
				MStringModelFragment stringFragment = assertInstanceOf(MStringModelFragment.class, fragment);
				assertNotNull(find(MApplicationElement.class, stringFragment.getParentElementId()),
						() -> "fragment target " + stringFragment.getParentElementId() + " exists in the application model");
				for (MApplicationElement element : fragment.getElements()) {
					for (TreeIterator<EObject> it = ((EObject) element).eAllContents(); it.hasNext();) {
						if (it.next() instanceof MPart child) {
							parts.add(child.getElementId());
							assertLoads(child.getContributionURI());
						}
					}
					if (element instanceof MPart part) {
						parts.add(part.getElementId());
						assertLoads(part.getContributionURI());
					} else if (element instanceof MPartDescriptor descriptor) {
						assertLoads(descriptor.getContributionURI());
					} else if (element instanceof MHandler handler) {
						assertLoads(handler.getContributionURI());
						assertNotNull(handler.getCommand(), () -> handler.getElementId() + " names its command");
						assertNotNull(command(handler.getCommand().getElementId()),
								() -> handler.getElementId() + " handles a command of the application model or of a fragment");
					}
				}
			}
		}
		assertTrue(parts.containsAll(List.of("dev.specsync.ui.part.explorer", "dev.specsync.ui.part.sourcecontrol",
				"dev.specsync.ui.part.problems", "dev.specsync.ui.part.outline")), () -> "parts: " + parts);
	}

	@Test
	void handlersAndLifeCycleClassesLoad() throws Exception {
		assertTrue(application.getHandlers().size() >= 2);
		for (var handler : application.getHandlers()) {
			assertLoads(handler.getContributionURI());
		}
		for (var addon : application.getAddons()) {
			assertLoads(addon.getContributionURI());
		}
		assertLoads(Platform.getProduct().getProperty("lifeCycleURI"));
	}

	@Test
	void everyTranslatedLabelHasATranslation() throws IOException {
		List<String> missing = new ArrayList<>();
		Map<String, EObject> models = new TreeMap<>();
		fragments.forEach((bundle, model) -> models.put(bundle, (EObject) model));
		models.put(WORKBENCH_BUNDLE + " (application)", (EObject) application);
		for (Map.Entry<String, EObject> model : models.entrySet()) {
			String bundle = model.getKey().split(" ")[0];
			Properties translations = new Properties();
			URL url = Platform.getBundle(bundle).getEntry("OSGI-INF/l10n/bundle.properties");
			assertNotNull(url, () -> bundle + " has OSGI-INF/l10n/bundle.properties");
			try (InputStream in = url.openStream()) {
				translations.load(in);
			}
			for (TreeIterator<EObject> it = model.getValue().eAllContents(); it.hasNext();) {
				if (it.next() instanceof MUILabel label && label.getLabel() != null && label.getLabel().startsWith("%")
						&& !translations.containsKey(label.getLabel().substring(1))) {
					missing.add(bundle + ": " + label.getLabel());
				}
			}
		}
		assertEquals(List.of(), missing, "labels without a translation");
	}

	private static void assertLoads(String contributionUri) throws ClassNotFoundException {
		assertNotNull(contributionUri);
		assertTrue(contributionUri.startsWith("bundleclass://"), contributionUri);
		String[] parts = contributionUri.substring("bundleclass://".length()).split("/", 2);
		Bundle bundle = Platform.getBundle(parts[0]);
		assertNotNull(bundle, () -> "bundle " + parts[0] + " of " + contributionUri + " is installed");
		assertNotNull(bundle.loadClass(parts[1]));
	}

	/** A command of the application model, or one a bundle's fragment adds to the application's commands. */
	private static MCommand command(String id) {
		MCommand found = find(MCommand.class, id);
		for (MModelFragments bundleFragments : fragments.values()) {
			for (MModelFragment fragment : bundleFragments.getFragments()) {
				if (found == null && fragment instanceof MStringModelFragment string && "commands".equals(string.getFeaturename())) {
					for (MApplicationElement element : fragment.getElements()) {
						if (element instanceof MCommand command && id.equals(command.getElementId())) {
							found = command;
						}
					}
				}
			}
		}
		return found;
	}

	private static <T> T find(Class<T> type, String id) {
		if (type.isInstance(application) && id.equals(application.getElementId())) {
			return type.cast(application);
		}
		for (TreeIterator<EObject> it = ((EObject) application).eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (type.isInstance(next) && next instanceof MApplicationElement element && id.equals(element.getElementId())) {
				return type.cast(next);
			}
		}
		return null;
	}

	private static boolean contains(Object container, Object element) {
		for (TreeIterator<EObject> it = ((EObject) container).eAllContents(); it.hasNext();) {
			if (it.next() == element) {
				return true;
			}
		}
		return false;
	}
}
