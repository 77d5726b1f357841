package dev.specsync.ui.workbench.internal;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A part that says what will appear in it and what to do first, for areas whose content another bundle
 * contributes. The text is chosen by the part's persisted state key {@value #STATE_KEY}.
 */
public final class EmptyStatePart {

	/** The persisted-state key naming which empty state a part shows. */
	public static final String STATE_KEY = "specsync.emptyState"; //$NON-NLS-1$

	/** The widget data key under which UI tests find the message label. */
	public static final String TEST_ID = "specsync.test.id"; //$NON-NLS-1$

	private Composite body;

	/** Creates the part; the e4 injector calls this. */
	public EmptyStatePart() {
	}

	/**
	 * Creates the controls.
	 *
	 * @param parent the part's composite
	 * @param part the part's model element
	 */
	@PostConstruct
	public void createControls(Composite parent, MPart part) {
		String key = part.getPersistedState().getOrDefault(STATE_KEY, ""); //$NON-NLS-1$
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(0, 8).applyTo(body);

		Label title = new Label(body, SWT.WRAP);
		title.setText(Messages.emptyStateTitle(key));
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(title);

		Label text = new Label(body, SWT.WRAP);
		text.setText(Messages.emptyStateText(key));
		text.setData(TEST_ID, "emptyState." + key); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
	}

	/** Gives the part's body the keyboard focus. */
	@Focus
	public void setFocus() {
		body.setFocus();
	}
}
