package dev.specsync.ui.scm.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.Snapshot;
import dev.specsync.ui.scm.internal.OperationLog.Entry;
import dev.specsync.ui.scm.internal.OperationLog.Outcome;

/**
 * Undo Last Sync: lists the snapshots (newest first) with the one taken before the last pull, merge, switch, reset
 * or force push chosen; Restore brings back the chosen one's files, index, HEAD and branch. The state just before
 * restoring is saved as a snapshot first, so a restore can be undone too.
 */
final class SnapshotsDialog extends Dialog {

	private static final int RESTORE_ID = IDialogConstants.CLIENT_ID + 1;

	private final GitActions actions;
	private List<Snapshot> snapshots = List.of();
	private Table table;
	private Snapshot lastSync;

	SnapshotsDialog(Shell parent, GitActions actions) {
		super(parent);
		this.actions = actions;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Snapshots_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(0, 8).applyTo(area);
		try {
			snapshots = actions.snapshots();
		} catch (GitOperationException e) {
			snapshots = List.of();
		} catch (IOException e) {
			snapshots = List.of();
		}
		lastSync = snapshots.stream().filter(s -> s.operation() != null).findFirst().orElse(null);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(lastSync == null ? Messages.Snapshots_noSync : Messages.Snapshots_intro);
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(intro);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.setData(SourceControlPart.TEST_ID, "snapshots.table"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 200).applyTo(table);
		for (Snapshot snapshot : snapshots) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(GitSession.describe(snapshot));
			item.setData(snapshot);
			if (snapshot == lastSync) {
				table.setSelection(item);
			}
		}
		table.addListener(SWT.Selection, e -> updateButtons());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, RESTORE_ID, Messages.Snapshots_restore, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
		updateButtons();
	}

	private void updateButtons() {
		if (getButton(RESTORE_ID) != null) {
			getButton(RESTORE_ID).setEnabled(table.getSelectionCount() == 1);
		}
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId != RESTORE_ID) {
			super.buttonPressed(buttonId);
			return;
		}
		Snapshot chosen = (Snapshot) table.getSelection()[0].getData();
		Entry entry = Busy.call(getShell(),
				() -> chosen == lastSync ? actions.undoLastSync() : actions.restore(chosen));
		if (entry.outcome() == Outcome.FAILED) {
			MessageDialog.openError(getShell(), entry.operation(), entry.fullText());
			return;
		}
		close();
	}
}
