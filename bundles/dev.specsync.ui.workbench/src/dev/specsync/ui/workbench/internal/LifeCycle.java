package dev.specsync.ui.workbench.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;

import dev.specsync.core.BuildInfo;

/**
 * The workbench life cycle hooks named by the product's {@code lifeCycleURI}: it refuses a second
 * workbench on the same workspace, and brands the main window (title with the open workspace, icon from
 * the product's branding) before it is shown.
 */
public final class LifeCycle {

	/** The process exit code when the workspace is already open in another workbench. */
	public static final int ALREADY_RUNNING_EXIT_CODE = 5;

	/** The system property the launch script sets to the workspace folder. */
	public static final String WORKSPACE_PROPERTY = "specsync.workspace"; //$NON-NLS-1$

	/** Creates the hooks; the workbench calls this. */
	public LifeCycle() {
	}

	/**
	 * Stops a second workbench on the same workspace before it opens a window, with a message that says
	 * what to do instead (the platform's own message speaks of "another Eclipse application").
	 */
	@PostContextCreate
	public void refuseSecondInstance() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || !instance.isSet()) {
			return;
		}
		boolean locked;
		try {
			locked = instance.isLocked();
		} catch (IOException e) {
			return; // the platform's own check reports an unusable location
		}
		if (locked) {
			String workspace = System.getProperty(WORKSPACE_PROPERTY);
			String name = workspace == null || workspace.isBlank() ? BuildInfo.current().productName() : displayName(workspace);
			MessageDialog.openInformation(null, Messages.LifeCycle_alreadyRunningTitle,
					NLS.bind(Messages.LifeCycle_alreadyRunning, name));
			System.exit(ALREADY_RUNNING_EXIT_CODE);
		}
	}

	/**
	 * Brands the main windows once the model is assembled and before it is rendered.
	 *
	 * @param application the application model
	 */
	@ProcessAdditions
	public void brandWindows(MApplication application) {
		defineColours();
		String productName = BuildInfo.current().productName();
		String workspace = System.getProperty(WORKSPACE_PROPERTY);
		String title = workspace == null || workspace.isBlank() ? productName
				: NLS.bind(Messages.LifeCycle_windowTitle, productName, displayName(workspace));
		String icon = windowIconUri();
		for (MWindow window : application.getChildren()) {
			window.setLabel(title);
			if (icon != null) {
				window.setIconURI(icon);
			}
		}
	}

	/**
	 * The colours JFace's styled labels use for grey details, counts and decorations; the 3.x workbench theme
	 * defines them, a pure e4 application must (without them, details look like the names they follow).
	 */
	private static void defineColours() {
		ColorRegistry colours = JFaceResources.getColorRegistry();
		colours.put(JFacePreferences.QUALIFIER_COLOR, new RGB(0x7a, 0x84, 0x94));
		colours.put(JFacePreferences.COUNTER_COLOR, new RGB(0x2f, 0x6f, 0xde));
		colours.put(JFacePreferences.DECORATIONS_COLOR, new RGB(0x9a, 0x5b, 0x00));
	}

	private static String displayName(String workspace) {
		Path name = Path.of(workspace).toAbsolutePath().normalize().getFileName();
		return name == null ? workspace : name.toString();
	}

	/** The largest of the branding's window images, as a platform URI, or null without branding. */
	private static String windowIconUri() {
		IProduct product = Platform.getProduct();
		if (product == null || product.getDefiningBundle() == null) {
			return null;
		}
		String images = product.getProperty("windowImages"); //$NON-NLS-1$
		if (images == null || images.isBlank()) {
			return null;
		}
		String[] paths = images.split(","); //$NON-NLS-1$
		String path = paths[paths.length - 1].trim();
		return "platform:/plugin/" + product.getDefiningBundle().getSymbolicName() + '/' + path; //$NON-NLS-1$
	}
}
