package dev.specsync.ui.compare.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.specsync.ui.compare.internal.model.MergeSession;

/**
 * Asks which branch, tag or commit to compare a file with. The list offers the local branches, the remote-tracking
 * branches and the tags (published versions); a commit id can be typed. Below the field the dialog says what the
 * text names (kind, commit, subject) or why it names nothing, and OK is enabled only when it names a commit.
 */
final class RevisionDialog extends Dialog {

	/** The widget data key under which UI tests find controls. */
	static final String TEST_ID = ComparePart.TEST_ID;

	private final Path workTree;

	private final String path;

	private Git git;

	private Combo left;

	private Combo field;

	private Label resolved;

	private String revision = ""; //$NON-NLS-1$

	private String base;

	private String label = ""; //$NON-NLS-1$

	/**
	 * @param parent the parent shell
	 * @param workTree the working tree's root
	 * @param path the file to compare, relative to the root
	 */
	RevisionDialog(Shell parent, Path workTree, String path) {
		super(parent);
		this.workTree = workTree;
		this.path = path;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Revision_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label message = new Label(area, SWT.WRAP);
		message.setText(NLS.bind(Messages.Revision_message, path));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(60), SWT.DEFAULT)
				.applyTo(message);
		new Label(area, SWT.NONE).setText(Messages.Revision_left);
		left = new Combo(area, SWT.DROP_DOWN);
		left.setData(TEST_ID, "revision.left"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(left);
		new Label(area, SWT.NONE).setText(Messages.Revision_right);
		field = new Combo(area, SWT.DROP_DOWN);
		field.setData(TEST_ID, "revision"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
		resolved = new Label(area, SWT.WRAP);
		resolved.setData(TEST_ID, "revision.resolved"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(60), SWT.DEFAULT)
				.applyTo(resolved);
		try {
			git = Git.open(workTree.toFile());
			List<String> names = names(git.getRepository());
			List<String> lefts = new ArrayList<>();
			lefts.add(Messages.Revision_workingTree);
			lefts.addAll(names);
			left.setItems(lefts.toArray(String[]::new));
			left.setText(Messages.Revision_workingTree);
			field.setItems(names.toArray(String[]::new));
			if (!names.isEmpty()) {
				field.setText(names.get(0));
			}
		} catch (IOException e) {
			resolved.setText(NLS.bind(Messages.Session_unreadable, workTree, e.getMessage()));
		}
		left.addModifyListener(e -> update());
		field.addModifyListener(e -> update());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Revision_compare, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		update();
	}

	/** The branches (the checked-out one first, then its upstream), remote-tracking branches and tags. */
	private static List<String> names(Repository repository) throws IOException {
		List<String> names = new ArrayList<>();
		String current = repository.getBranch();
		String upstream = current == null ? null
				: new org.eclipse.jgit.lib.BranchConfig(repository.getConfig(), current).getRemoteTrackingBranch();
		if (upstream != null) {
			names.add(Repository.shortenRefName(upstream));
		}
		for (String prefix : List.of(Constants.R_HEADS, Constants.R_REMOTES, Constants.R_TAGS)) {
			for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
				String name = Repository.shortenRefName(ref.getName());
				if (!ref.isSymbolic() && !names.contains(name)) {
					names.add(name);
				}
			}
		}
		return names;
	}

	/** Says what the text names and enables OK only for a commit. */
	private void update() {
		if (field == null || resolved == null || git == null) {
			return;
		}
		String text = field.getText().strip();
		String description = null;
		ObjectId commit = null;
		if (!text.isEmpty()) {
			Repository repository = git.getRepository();
			commit = MergeSession.resolveCommit(repository, text);
			try (RevWalk walk = new RevWalk(repository)) {
				if (commit != null) {
					RevCommit parsed = walk.parseCommit(commit);
					String kind = kind(repository, text);
					description = kind == null
							? NLS.bind(Messages.Revision_resolvedCommit, commit.abbreviate(10).name(), parsed.getShortMessage())
							: NLS.bind(Messages.Revision_resolved, new Object[] { kind, commit.abbreviate(10).name(),
									parsed.getShortMessage() });
				}
			} catch (IOException e) { // the commit cannot be read: say it names nothing usable
				commit = null;
			}
		}
		String leftText = left.getText().strip();
		boolean workingTree = leftText.isEmpty() || leftText.equals(Messages.Revision_workingTree);
		boolean leftKnown = workingTree || MergeSession.resolveCommit(git.getRepository(), leftText) != null;
		revision = commit == null ? "" : text; //$NON-NLS-1$
		base = workingTree ? null : leftText;
		label = commit == null ? "" : MergeSession.shortName(text); //$NON-NLS-1$
		resolved.setText(!leftKnown ? NLS.bind(Messages.Session_noSuchRevision, leftText)
				: text.isEmpty() ? Messages.Revision_empty
						: description != null ? description : NLS.bind(Messages.Session_noSuchRevision, text));
		commit = leftKnown ? commit : null;
		resolved.getParent().layout(true, true);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(commit != null);
		}
	}

	/** "Branch main", "Tag v1.0.0"...: what a name is, or null for a commit id or expression. */
	private static String kind(Repository repository, String text) throws IOException {
		if (repository.exactRef(Constants.R_HEADS + text) != null) {
			return NLS.bind(Messages.Revision_kindBranch, text);
		}
		if (repository.exactRef(Constants.R_REMOTES + text) != null) {
			return NLS.bind(Messages.Revision_kindRemoteBranch, text);
		}
		if (repository.exactRef(Constants.R_TAGS + text) != null) {
			return NLS.bind(Messages.Revision_kindTag, text);
		}
		return null;
	}

	@Override
	public boolean close() {
		if (git != null) {
			git.close();
			git = null;
		}
		return super.close();
	}

	/** @return the branch, tag or commit chosen, as typed */
	String revision() {
		return revision;
	}

	/** @return the left side's branch, tag or commit as typed, or null for the working tree */
	String base() {
		return base;
	}

	/** @return a short name of the choice for titles: the name, or an abbreviated commit id */
	String label() {
		return label;
	}
}
