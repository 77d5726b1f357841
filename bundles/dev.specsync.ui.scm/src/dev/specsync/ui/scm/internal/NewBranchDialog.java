package dev.specsync.ui.scm.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.specsync.git.engine.BranchInfo;

/** Asks for a new branch's name and the ref it starts from (any branch, tag or commit), and whether to switch. */
final class NewBranchDialog extends Dialog {

	private final List<BranchInfo> branches;
	private final String initialStart;
	private Text nameText;
	private Combo startCombo;
	private Button switchCheck;
	private Label problem;
	private String name;
	private String startPoint;
	private boolean switchTo;

	NewBranchDialog(Shell parent, List<BranchInfo> branches, String initialStart) {
		super(parent);
		this.branches = branches;
		this.initialStart = initialStart;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.NewBranch_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.NewBranch_name);
		nameText = new Text(area, SWT.BORDER);
		nameText.setData(SourceControlPart.TEST_ID, "newBranch.name"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(nameText);
		new Label(area, SWT.NONE).setText(Messages.NewBranch_start);
		startCombo = new Combo(area, SWT.DROP_DOWN);
		startCombo.setData(SourceControlPart.TEST_ID, "newBranch.start"); //$NON-NLS-1$
		startCombo.add("HEAD"); //$NON-NLS-1$
		branches.forEach(b -> startCombo.add(b.name()));
		startCombo.setText(initialStart);
		startCombo.setToolTipText(Messages.NewBranch_startTip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(startCombo);
		new Label(area, SWT.NONE);
		switchCheck = new Button(area, SWT.CHECK);
		switchCheck.setText(Messages.NewBranch_switch);
		switchCheck.setSelection(true);
		switchCheck.setData(SourceControlPart.TEST_ID, "newBranch.switch"); //$NON-NLS-1$
		problem = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(problem);
		nameText.addListener(SWT.Modify, e -> validate());
		startCombo.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.NewBranch_create, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		String entered = nameText.getText().strip();
		String message = ""; //$NON-NLS-1$
		if (entered.isEmpty()) {
			message = Messages.NewBranch_nameMissing;
		} else if (!Repository.isValidRefName("refs/heads/" + entered)) { //$NON-NLS-1$
			message = Messages.NewBranch_nameInvalid;
		} else if (branches.stream().anyMatch(b -> !b.remote() && b.name().equals(entered))) {
			message = Messages.NewBranch_nameExists;
		} else if (startCombo.getText().isBlank()) {
			message = Messages.NewBranch_startMissing;
		}
		problem.setText(entered.isEmpty() ? "" : message); //$NON-NLS-1$
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(message.isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		name = nameText.getText().strip();
		startPoint = startCombo.getText().strip();
		switchTo = switchCheck.getSelection();
		super.okPressed();
	}

	/** @return the branch name entered */
	String name() {
		return name;
	}

	/** @return the start point chosen */
	String startPoint() {
		return startPoint;
	}

	/** @return whether to switch to the new branch */
	boolean switchTo() {
		return switchTo;
	}
}
