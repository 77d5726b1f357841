package dev.specsync.ui.scm.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.BranchInfo;
import dev.specsync.ui.scm.internal.OperationLog.Entry;
import dev.specsync.ui.scm.internal.OperationLog.Outcome;

/**
 * Branches: local and remote-tracking ones with their upstream and ahead/behind counts; create a branch from any
 * ref, switch (uncommitted changes are carried over, after a snapshot), track a remote branch, delete a local
 * one after confirmation. These are local operations and run while the dialog waits; each is logged.
 */
final class BranchDialog extends Dialog {

	private final GitActions actions;
	private Table table;
	private Button switchButton;
	private Button trackButton;
	private Button deleteButton;
	private Label status;
	private List<BranchInfo> branches = List.of();

	BranchDialog(Shell parent, GitActions actions) {
		super(parent);
		this.actions = actions;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Branches_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(8, 8).applyTo(area);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.setData(SourceControlPart.TEST_ID, "branches.table"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		column(Messages.Branches_name, 210);
		column(Messages.Branches_upstream, 150);
		column(Messages.Branches_aheadBehind, 120);
		GridDataFactory.fillDefaults().grab(true, true).hint(500, 240).applyTo(table);
		table.addListener(SWT.Selection, e -> updateButtons());
		table.addListener(SWT.DefaultSelection, e -> switchSelected());

		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.Branches_new, "branches.new", this::newBranch); //$NON-NLS-1$
		switchButton = button(buttons, Messages.Branches_switch, "branches.switch", this::switchSelected); //$NON-NLS-1$
		trackButton = button(buttons, Messages.Branches_track, "branches.track", this::trackSelected); //$NON-NLS-1$
		deleteButton = button(buttons, Messages.Branches_delete, "branches.delete", this::deleteSelected); //$NON-NLS-1$

		Label note = new Label(area, SWT.WRAP);
		note.setText(Messages.Branches_note);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(note);
		status = new Label(area, SWT.WRAP);
		status.setData(SourceControlPart.TEST_ID, "branches.status"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(status);
		reload();
		return area;
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	private Button button(Composite parent, String text, String id, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(SourceControlPart.TEST_ID, id);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().grab(true, false).hint(Math.max(110, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT)
				.applyTo(button);
		return button;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private void reload() {
		String selected = selected() == null ? null : selected().name();
		try {
			branches = Busy.call(getShell(), () -> {
				try {
					return actions.branches();
				} catch (GitOperationException e) {
					status.setText(e.diagnostic().userMessage());
					return List.of();
				} catch (IOException e) {
					status.setText(String.valueOf(e.getMessage()));
					return List.of();
				}
			});
		} catch (RuntimeException e) {
			branches = List.of();
		}
		table.removeAll();
		List<BranchInfo> ordered = branches.stream().sorted((a, b) -> a.remote() != b.remote() ? (a.remote() ? 1 : -1) : a.name().compareTo(b.name()))
				.toList();
		for (BranchInfo branch : ordered) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(branch);
			String name = branch.current() ? NLS.bind(Messages.Branches_current, branch.name()) : branch.name();
			String counts = branch.remote() || branch.upstream().isEmpty() ? "" //$NON-NLS-1$
					: NLS.bind(Messages.Branches_counts, branch.ahead(), branch.behind());
			item.setText(new String[] { name, branch.remote() ? Messages.Branches_remote : branch.upstream().orElse(""), counts }); //$NON-NLS-1$
			if (branch.current()) {
				item.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			}
			if (branch.name().equals(selected)) {
				table.setSelection(item);
			}
		}
		updateButtons();
	}

	private BranchInfo selected() {
		if (table == null || table.getSelectionCount() == 0) {
			return null;
		}
		return (BranchInfo) table.getSelection()[0].getData();
	}

	private boolean hasLocal(String name) {
		return branches.stream().anyMatch(b -> !b.remote() && b.name().equals(name));
	}

	private static String withoutRemote(String remoteBranch) {
		int slash = remoteBranch.indexOf('/');
		return slash < 0 ? remoteBranch : remoteBranch.substring(slash + 1);
	}

	private void updateButtons() {
		BranchInfo branch = selected();
		switchButton.setEnabled(branch != null && !branch.current() && !branch.name().endsWith("/HEAD")); //$NON-NLS-1$
		trackButton.setEnabled(branch != null && branch.remote() && !branch.name().endsWith("/HEAD") //$NON-NLS-1$
				&& !hasLocal(withoutRemote(branch.name())));
		deleteButton.setEnabled(branch != null && !branch.remote() && !branch.current());
	}

	private void newBranch() {
		BranchInfo branch = selected();
		NewBranchDialog dialog = new NewBranchDialog(getShell(), branches, branch == null ? "HEAD" : branch.name()); //$NON-NLS-1$
		if (dialog.open() == Window.OK) {
			perform(() -> actions.createBranch(dialog.name(), dialog.startPoint(), dialog.switchTo()));
		}
	}

	private void switchSelected() {
		BranchInfo branch = selected();
		if (branch != null && !branch.current()) {
			String target = branch.remote() ? withoutRemote(branch.name()) : branch.name();
			perform(() -> actions.switchTo(target));
		}
	}

	private void trackSelected() {
		BranchInfo branch = selected();
		if (branch != null && branch.remote()) {
			perform(() -> actions.track(branch.name()));
		}
	}

	private void deleteSelected() {
		BranchInfo branch = selected();
		if (branch == null || branch.remote() || branch.current()) {
			return;
		}
		List<String> lost;
		try {
			lost = Busy.call(getShell(), () -> {
				try {
					return actions.session().commitsOnlyOn(branch.name());
				} catch (GitOperationException | IOException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			});
		} catch (IllegalStateException e) {
			MessageDialog.openError(getShell(), Messages.Branches_deleteTitle, e.getMessage());
			return;
		}
		String question = lost.isEmpty() ? NLS.bind(Messages.Branches_deleteQuestion, branch.name())
				: NLS.bind(Messages.Branches_deleteLosing, new Object[] { branch.name(), lost.size(), String.join("\n", lost) }); //$NON-NLS-1$
		int kind = lost.isEmpty() ? MessageDialog.CONFIRM : MessageDialog.WARNING;
		if (MessageDialog.open(kind, getShell(), Messages.Branches_deleteTitle, question, SWT.NONE,
				Messages.Branches_deleteButton, IDialogConstants.CANCEL_LABEL) != 0) {
			return;
		}
		// the user saw exactly what is lost (or that nothing is): Git's own check only looks at HEAD
		perform(() -> actions.deleteBranch(branch.name(), true));
	}

	private void perform(Supplier<Entry> operation) {
		Entry entry = Busy.call(getShell(), operation);
		status.setText(entry.summary());
		if (entry.outcome() == Outcome.FAILED) {
			MessageDialog.openError(getShell(), entry.operation(), entry.fullText());
		}
		reload();
		getShell().layout(true, true);
	}
}
