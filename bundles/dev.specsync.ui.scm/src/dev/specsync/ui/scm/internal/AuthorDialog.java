package dev.specsync.ui.scm.internal;

import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.specsync.git.engine.Author;

/** Asks for the name and e-mail address recorded in commits; OK only when both make a valid author. */
final class AuthorDialog extends Dialog {

	private final Optional<Author> initial;
	private Text name;
	private Text email;
	private Label problem;
	private Author author;

	AuthorDialog(Shell parent, Optional<Author> initial) {
		super(parent);
		this.initial = initial;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Scm_authorTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.Scm_authorIntro);
		GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(intro);
		new Label(area, SWT.NONE).setText(Messages.Scm_authorName);
		name = new Text(area, SWT.BORDER);
		name.setData(SourceControlPart.TEST_ID, "scm.author.name"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		new Label(area, SWT.NONE).setText(Messages.Scm_authorEmail);
		email = new Text(area, SWT.BORDER);
		email.setData(SourceControlPart.TEST_ID, "scm.author.email"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(email);
		problem = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(problem);
		initial.ifPresent(a -> {
			name.setText(a.name());
			email.setText(a.email());
		});
		name.addListener(SWT.Modify, e -> validate());
		email.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		try {
			author = new Author(name.getText().strip(), email.getText().strip());
			problem.setText(""); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			author = null;
			problem.setText(Messages.Scm_authorInvalid);
		}
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(author != null);
		}
	}

	/** @return the author entered, valid once the dialog returned OK */
	Author author() {
		return author;
	}
}
