package dev.specsync.ui.scm.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks before a force push, naming what it overwrites: the remote branch, the commits on it that the local branch
 * lacks (as of the last fetch), and the lease (the push goes through only while the remote branch still points
 * where it did). Cancel is the default button.
 */
final class ForcePushDialog extends MessageDialog {

	/** The widget data value under which UI tests find the list of lost commits. */
	static final String LOST_ID = "scm.force.lost"; //$NON-NLS-1$

	private final GitSession.Overwrite overwrite;

	ForcePushDialog(Shell parent, GitSession.Overwrite overwrite) {
		super(parent, Messages.Scm_forceTitle, null, message(overwrite), MessageDialog.WARNING, 1, Messages.Scm_forceButton,
				IDialogConstants.CANCEL_LABEL);
		this.overwrite = overwrite;
	}

	private static String message(GitSession.Overwrite overwrite) {
		String remoteBranch = overwrite.remote() + '/' + overwrite.remoteBranch();
		String first = overwrite.lost().isEmpty() ? NLS.bind(Messages.Scm_forceNothingLost, overwrite.localBranch(), remoteBranch)
				: NLS.bind(overwrite.lost().size() == 1 ? Messages.Scm_forceLostOne : Messages.Scm_forceLost,
						new Object[] { overwrite.localBranch(), remoteBranch, overwrite.lost().size() });
		return first;
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().applyTo(area);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		if (!overwrite.lost().isEmpty()) {
			List lost = new List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
			lost.setData(SourceControlPart.TEST_ID, LOST_ID);
			overwrite.lost().forEach(lost::add);
			lost.deselectAll();
			GridDataFactory.fillDefaults().grab(true, true).hint(640, Math.min(8, overwrite.lost().size() + 1) * lost.getItemHeight())
					.applyTo(lost);
		}
		org.eclipse.swt.widgets.Label lease = new org.eclipse.swt.widgets.Label(area, SWT.WRAP);
		lease.setText(NLS.bind(Messages.Scm_forceLease, overwrite.remote() + '/' + overwrite.remoteBranch(),
				overwrite.remoteTip().abbreviate(7).name()));
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(lease);
		return area;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
