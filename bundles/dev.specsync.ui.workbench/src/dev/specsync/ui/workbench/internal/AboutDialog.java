package dev.specsync.ui.workbench.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.specsync.core.BuildInfo;

/**
 * The About dialog: the product's image and name, its version and build id, and the Java runtime, with
 * a button that copies these details for a bug report.
 */
public final class AboutDialog extends Dialog {

	/** The id of the "Copy Details" button. */
	public static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	private final BuildInfo build;
	private Label copied;

	/**
	 * Creates the dialog.
	 *
	 * @param parent the window the dialog is modal to
	 * @param build the build to describe
	 */
	public AboutDialog(Shell parent, BuildInfo build) {
		super(parent);
		this.build = build;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.AboutDialog_title, build.productName()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(20, 20).spacing(20, 6).applyTo(area);

		Label image = new Label(area, SWT.NONE);
		ImageDescriptor aboutImage = brandingImage("aboutImage"); //$NON-NLS-1$
		if (aboutImage != null) {
			image.setImage(resources.create(aboutImage));
		}
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 4).applyTo(image);

		Label name = new Label(area, SWT.NONE);
		name.setText(build.productName());
		name.setFont(JFaceResources.getHeaderFont());
		name.setData(EmptyStatePart.TEST_ID, "about.name"); //$NON-NLS-1$

		Label version = new Label(area, SWT.NONE);
		version.setText(NLS.bind(Messages.AboutDialog_version, build.version(), build.buildId()));
		version.setData(EmptyStatePart.TEST_ID, "about.version"); //$NON-NLS-1$

		Label runtime = new Label(area, SWT.NONE);
		runtime.setText(runtimeLine());

		Label about = new Label(area, SWT.WRAP);
		IProduct product = Platform.getProduct();
		about.setText(product == null || product.getProperty("aboutText") == null ? "" //$NON-NLS-1$ //$NON-NLS-2$
				: product.getProperty("aboutText")); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).indent(0, 8).applyTo(about);

		copied = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(copied);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, Messages.AboutDialog_copy, false);
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.AboutDialog_close, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			try {
				clipboard.setContents(new Object[] { build.displayString() + System.lineSeparator() + runtimeLine() },
						new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
			copied.setText(Messages.AboutDialog_copied);
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private static String runtimeLine() {
		return NLS.bind(Messages.AboutDialog_runtime, new Object[] { System.getProperty("java.runtime.version"), //$NON-NLS-1$
				System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch") }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static ImageDescriptor brandingImage(String property) {
		IProduct product = Platform.getProduct();
		if (product == null || product.getDefiningBundle() == null || product.getProperty(property) == null) {
			return null;
		}
		java.net.URL url = product.getDefiningBundle().getEntry(product.getProperty(property));
		return url == null ? null : ImageDescriptor.createFromURL(url);
	}
}
