package dev.specsync.ui.scm.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.ForceWithLease;
import dev.specsync.git.engine.GitProgress;
import dev.specsync.git.engine.GitService;
import dev.specsync.ui.scm.internal.OperationLog.Entry;
import dev.specsync.ui.scm.internal.OperationLog.Outcome;
import dev.specsync.ui.workbench.UiCommands;
import dev.specsync.ui.workbench.UiContext;
import dev.specsync.workspace.Workspace;
import dev.specsync.workspace.WorkspaceListener;

/**
 * Source Control: the open workspace's branch and upstream with ahead/behind counts, the changed files (ticked
 * ones are committed) with the selected file's diff against HEAD, the commit message and author, the remote
 * operations (fetch, pull, push, force push with lease), branches, undo of the last sync, and the log of the
 * Git operations of this session. Fetch, pull and push run as jobs with progress and a Cancel button; every
 * Git access runs off the UI thread except the quick local branch operations of the branch dialog. Refreshes
 * after each operation and when the workspace watcher reports changes.
 */
public final class SourceControlPart {

	/** The part's element id, for handlers that show it. */
	public static final String PART_ID = "dev.specsync.ui.part.sourcecontrol"; //$NON-NLS-1$

	/** The widget data key under which UI tests find controls. */
	public static final String TEST_ID = "specsync.test.id"; //$NON-NLS-1$

	private static final long REFRESH_DELAY_MS = 200;
	private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	@Inject
	private UISynchronize sync;

	@Inject
	private ECommandService commands;

	@Inject
	private IEventBroker events;

	@Inject
	private EHandlerService handlers;

	private final OperationLog log = new OperationLog();
	private final java.util.function.Consumer<Entry> logListener = this::logged;
	private final WorkspaceListener workspaceListener = change -> scheduleRefresh(REFRESH_DELAY_MS);
	private final Set<String> unticked = new HashSet<>();

	private Workspace workspace;
	private GitService git;
	private GitActions actions;
	private ScmState state;
	private Job running;
	private Job refresh;
	private Entry lastEntry;
	private boolean offerForcePush;

	private Composite stack;
	private StackLayout stackLayout;
	private Composite message;
	private Label messageTitle;
	private Label messageText;
	private Composite main;
	private Label branchLabel;
	private Label syncLabel;
	private Button fetchButton;
	private Button pullButton;
	private Button pushButton;
	private Button branchesButton;
	private Button undoButton;
	private Composite banner;
	private Label bannerText;
	private Composite progressRow;
	private Label progressLabel;
	private ProgressBar progressBar;
	private Button cancelButton;
	private Link statusLink;
	private Label changesLabel;
	private Table files;
	private Text messageBox;
	private Link authorLink;
	private Button commitButton;
	private Button commitPushButton;
	private TabFolder tabs;
	private TabItem diffTab;
	private TabItem logTab;
	private StyledText diff;
	private Table logTable;
	private Color added;
	private Color removed;
	private Color hunk;
	private Color bannerColour;

	/** Creates the part; the e4 injector calls this. */
	public SourceControlPart() {
	}

	/**
	 * Creates the controls.
	 *
	 * @param parent the part's composite
	 */
	@PostConstruct
	public void createControls(Composite parent) {
		added = new Color(new RGB(0xe6, 0xff, 0xec));
		removed = new Color(new RGB(0xff, 0xeb, 0xe9));
		hunk = new Color(new RGB(0x05, 0x50, 0xae));
		bannerColour = new Color(new RGB(0xff, 0xf3, 0xcd));
		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);

		message = new Composite(stack, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(0, 8).applyTo(message);
		messageTitle = new Label(message, SWT.WRAP);
		messageTitle.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(messageTitle);
		messageText = new Label(message, SWT.WRAP);
		messageText.setData(TEST_ID, "scm.message"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(messageText);

		main = new Composite(stack, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 4).spacing(4, 4).applyTo(main);
		createHeader(main);
		createBanner(main);
		createProgress(main);

		SashForm sash = new SashForm(main, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createChanges(sash);
		createCommitBox(sash);
		createTabs(sash);
		sash.setWeights(30, 30, 40);
		update();
	}

	private void createHeader(Composite parent) {
		Composite header = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		GridLayoutFactory.fillDefaults().numColumns(8).spacing(6, 0).applyTo(header);
		branchLabel = new Label(header, SWT.NONE);
		branchLabel.setFont(JFaceResources.getBannerFont());
		branchLabel.setData(TEST_ID, "scm.branch"); //$NON-NLS-1$
		syncLabel = new Label(header, SWT.NONE);
		syncLabel.setData(TEST_ID, "scm.sync"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(syncLabel);
		new Label(header, SWT.NONE);
		fetchButton = button(header, Messages.Scm_fetch, Messages.Scm_fetchTip, "scm.fetch", this::fetch); //$NON-NLS-1$
		pullButton = button(header, Messages.Scm_pull, Messages.Scm_pullTip, "scm.pull", this::pull); //$NON-NLS-1$
		pushButton = button(header, Messages.Scm_push, Messages.Scm_pushTip, "scm.push", this::push); //$NON-NLS-1$
		branchesButton = button(header, Messages.Scm_branches, Messages.Scm_branchesTip, "scm.branches", this::openBranches); //$NON-NLS-1$
		undoButton = button(header, Messages.Scm_undo, Messages.Scm_undoTip, "scm.undo", this::undoLastSync); //$NON-NLS-1$
	}

	private Button button(Composite parent, String text, String tip, String id, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.setData(TEST_ID, id);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void createBanner(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		banner = new Composite(row, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 0).applyTo(banner);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).exclude(true).applyTo(banner);
		banner.setVisible(false);
		Label icon = new Label(banner, SWT.NONE);
		icon.setImage(JFaceResources.getImage(org.eclipse.jface.dialogs.Dialog.DLG_IMG_MESSAGE_WARNING));
		bannerText = new Label(banner, SWT.NONE);
		bannerText.setData(TEST_ID, "scm.banner"); //$NON-NLS-1$
		bannerText.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(bannerText);
		button(banner, Messages.Scm_resolve, Messages.Scm_resolveTip, "scm.resolve", this::resolveConflicts); //$NON-NLS-1$
		statusLink = new Link(row, SWT.NONE);
		statusLink.setData(TEST_ID, "scm.status"); //$NON-NLS-1$
		statusLink.addListener(SWT.Selection, e -> statusLinkClicked(e.text));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(statusLink);
	}

	private void createProgress(Composite parent) {
		progressRow = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(progressRow);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(progressRow);
		progressRow.setVisible(false);
		progressLabel = new Label(progressRow, SWT.NONE);
		progressLabel.setData(TEST_ID, "scm.progress"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(progressLabel);
		progressBar = new ProgressBar(progressRow, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(progressBar);
		cancelButton = button(progressRow, Messages.Scm_cancel, Messages.Scm_cancelTip, "scm.cancel", this::cancel); //$NON-NLS-1$
	}

	private void createChanges(Composite parent) {
		Composite left = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(0, 0).spacing(4, 4).applyTo(left);
		changesLabel = new Label(left, SWT.NONE);
		changesLabel.setToolTipText(Messages.Scm_filesTip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(changesLabel);
		files = new Table(left, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		files.setData(TEST_ID, "scm.files"); //$NON-NLS-1$
		files.setToolTipText(Messages.Scm_filesTip);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(files);
		files.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
				String path = ((ChangedFile) item.getData()).path();
				if (item.getChecked()) {
					unticked.remove(path);
				} else {
					unticked.add(path);
				}
				updateButtons();
			} else {
				showDiff();
			}
		});
		files.addListener(SWT.DefaultSelection, e -> openSelectedFile());
	}

	private void createCommitBox(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(0, 0).spacing(4, 4).applyTo(box);
		Composite left = box;
		Label messageLabel = new Label(left, SWT.NONE);
		messageLabel.setText(Messages.Scm_messageLabel);
		messageBox = new Text(left, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		messageBox.setData(TEST_ID, "scm.commitMessage"); //$NON-NLS-1$
		messageBox.setToolTipText(Messages.Scm_messageTip);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 2 * messageBox.getLineHeight()).applyTo(messageBox);
		messageBox.addListener(SWT.Modify, e -> updateButtons());
		messageBox.addListener(SWT.KeyDown, e -> {
			if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				commit(false);
			}
		});
		messageBox.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});

		Composite commitRow = new Composite(left, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(commitRow);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 2).applyTo(commitRow);
		authorLink = new Link(commitRow, SWT.NONE);
		authorLink.setData(TEST_ID, "scm.author"); //$NON-NLS-1$
		authorLink.addListener(SWT.Selection, e -> editAuthor());
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(120, SWT.DEFAULT).applyTo(authorLink);
		commitButton = button(commitRow, Messages.Scm_commit, Messages.Scm_commitTip, "scm.commit", () -> commit(false)); //$NON-NLS-1$
		commitPushButton = button(commitRow, Messages.Scm_commitPush, Messages.Scm_commitPushTip, "scm.commitPush", () -> commit(true)); //$NON-NLS-1$
	}

	private void createTabs(Composite parent) {
		tabs = new TabFolder(parent, SWT.TOP);
		diffTab = new TabItem(tabs, SWT.NONE);
		diffTab.setText(Messages.Scm_diffTab);
		diff = new StyledText(tabs, SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		diff.setData(TEST_ID, "scm.diff"); //$NON-NLS-1$
		diff.setFont(JFaceResources.getTextFont());
		diff.setMargins(4, 2, 4, 2);
		diffTab.setControl(diff);
		logTab = new TabItem(tabs, SWT.NONE);
		logTab.setText(Messages.Scm_logTab);
		logTable = new Table(tabs, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		logTable.setData(TEST_ID, "scm.log"); //$NON-NLS-1$
		logTable.setHeaderVisible(true);
		logTable.setToolTipText(Messages.Scm_logTip);
		column(logTable, Messages.Scm_logTime, 88);
		column(logTable, Messages.Scm_logOperation, 96);
		column(logTable, Messages.Scm_logResult, 118);
		column(logTable, Messages.Scm_logMessage, 600);
		logTable.addListener(SWT.DefaultSelection, e -> {
			if (e.item instanceof TableItem item && item.getData() instanceof Entry entry) {
				showDetails(entry);
			}
		});
		logTab.setControl(logTable);
		tabs.setSelection(diffTab);
		log.addListener(logListener);
	}

	private static void column(Table table, String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	/**
	 * Follows the open workspace.
	 *
	 * @param opened the workspace, or null while none is open
	 * @param service the Git engine, or null when it is not running
	 */
	@Inject
	public void setWorkspace(@org.eclipse.e4.core.di.annotations.Optional Workspace opened,
			@org.eclipse.e4.core.di.annotations.Optional GitService service) {
		if (workspace == opened && git == service) {
			return;
		}
		if (workspace != null) {
			workspace.removeListener(workspaceListener);
		}
		workspace = opened;
		git = service;
		state = null;
		actions = opened == null || service == null ? null : new GitActions(new GitSession(service, opened.root()), log);
		if (opened != null) {
			opened.addListener(workspaceListener);
		}
		scheduleRefresh(0);
		update();
	}

	/** @return the operation log of this session */
	public OperationLog log() {
		return log;
	}

	/** @return the state shown, or null before it was read */
	public ScmState state() {
		return state;
	}

	/** @return whether an operation runs */
	public boolean isBusy() {
		return running != null;
	}

	/** Reads the state again in the background. */
	public void refresh() {
		scheduleRefresh(0);
	}

	private synchronized void scheduleRefresh(long delay) {
		GitActions target = actions;
		if (target == null) {
			return;
		}
		if (refresh != null) {
			refresh.cancel();
		}
		refresh = Job.create(Messages.Scm_refreshJob, monitor -> {
			try {
				ScmState read = target.session().state();
				sync.asyncExec(() -> show(target, read, null));
			} catch (GitOperationException e) {
				sync.asyncExec(() -> show(target, null, e.diagnostic().cause() + '\n' + e.diagnostic().fix()));
			} catch (java.io.IOException | RuntimeException e) {
				sync.asyncExec(() -> show(target, null, String.valueOf(e.getMessage())));
			}
			return Status.OK_STATUS;
		});
		refresh.setSystem(true);
		refresh.schedule(delay);
	}

	private String failure;

	private void show(GitActions from, ScmState read, String problem) {
		if (stack == null || stack.isDisposed() || from != actions) {
			return;
		}
		state = read;
		failure = problem;
		update();
	}

	private void update() {
		if (stack == null || stack.isDisposed()) {
			return;
		}
		if (workspace == null || git == null || state == null) {
			if (workspace == null) {
				messageTitle.setText(Messages.Scm_noWorkspaceTitle);
				messageText.setText(Messages.Scm_noWorkspace);
			} else if (git == null) {
				messageTitle.setText(Messages.Scm_noEngineTitle);
				messageText.setText(Messages.Scm_noEngine);
			} else if (failure != null) {
				messageTitle.setText(Messages.Scm_noRepositoryTitle);
				messageText.setText(failure);
			} else {
				messageTitle.setText(Messages.Scm_readingTitle);
				messageText.setText(Messages.Scm_reading);
			}
			stackLayout.topControl = message;
			message.layout(true, true);
			stack.layout();
			return;
		}
		stackLayout.topControl = main;
		branchLabel.setText(state.branch().orElse(Messages.Scm_detached));
		if (state.upstream().isPresent()) {
			syncLabel.setText(NLS.bind(Messages.Scm_upstream, new Object[] { state.upstream().get(), state.ahead(), state.behind() }));
			syncLabel.setToolTipText(NLS.bind(Messages.Scm_upstreamTip, new Object[] { state.ahead(), state.behind(), state.upstream().get() }));
		} else {
			syncLabel.setText(Messages.Scm_noUpstream);
			syncLabel.setToolTipText(null);
		}
		showFiles();
		showAuthor();
		List<ChangedFile> conflicts = state.conflicts();
		boolean conflicted = !conflicts.isEmpty();
		if (conflicted) {
			bannerText.setText(NLS.bind(conflicts.size() == 1 ? Messages.Scm_bannerOne : Messages.Scm_banner, conflicts.size(),
					String.join(", ", conflicts.stream().map(ChangedFile::path).toList()))); //$NON-NLS-1$
		}
		bannerText.setToolTipText(Messages.Scm_bannerTip);
		banner.getParent().layout(true, true);
		setShown(banner, conflicted);
		undoButton.setToolTipText(state.lastSync().map(s -> NLS.bind(Messages.Scm_undoTipLast, s)).orElse(Messages.Scm_undoTip));
		updateButtons();
		main.layout(true, true);
		stack.layout();
	}

	private static void setShown(Control control, boolean shown) {
		control.setVisible(shown);
		((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !shown;
	}

	private void showFiles() {
		String selected = selectedPath();
		files.setRedraw(false);
		try {
			files.removeAll();
			for (ChangedFile file : state.files()) {
				TableItem item = new TableItem(files, SWT.NONE);
				item.setText(file.kind().mark() + "  " + file.path()); //$NON-NLS-1$
				item.setData(file);
				item.setChecked(!unticked.contains(file.path()));
				if (file.path().equals(selected)) {
					files.setSelection(item);
				}
			}
		} finally {
			files.setRedraw(true);
		}
		changesLabel.setText(state.files().isEmpty() ? Messages.Scm_noChanges
				: NLS.bind(Messages.Scm_changes, state.files().size()));
		if (selected != null && selectedPath() != null) {
			showDiff();
		} else if (selectedPath() == null) {
			diff.setText(state.files().isEmpty() ? Messages.Scm_diffNothing : Messages.Scm_diffChoose);
			diff.setStyleRanges(new org.eclipse.swt.custom.StyleRange[0]);
		}
	}

	private void showAuthor() {
		java.util.Optional<Author> author = state.author();
		authorLink.setText(author.map(a -> NLS.bind(Messages.Scm_author, a.name(), a.email())).orElse(Messages.Scm_noAuthor));
		authorLink.setToolTipText(author.map(a -> NLS.bind(Messages.Scm_authorTip, a.name(), a.email())).orElse(Messages.Scm_authorIntro));
	}

	private void updateButtons() {
		if (state == null || commitButton.isDisposed()) {
			return;
		}
		boolean idle = running == null;
		boolean hasUpstream = state.upstream().isPresent();
		boolean canCommit = idle && !messageBox.getText().isBlank() && !checkedPaths().isEmpty();
		commitButton.setEnabled(canCommit);
		commitPushButton.setEnabled(canCommit && hasUpstream);
		fetchButton.setEnabled(idle);
		pullButton.setEnabled(idle && hasUpstream);
		pushButton.setEnabled(idle);
		branchesButton.setEnabled(idle);
		undoButton.setEnabled(idle);
		String count = NLS.bind(Messages.Scm_checked, checkedPaths().size());
		commitButton.setToolTipText(Messages.Scm_commitTip + ' ' + count);
	}

	private List<String> checkedPaths() {
		List<String> paths = new ArrayList<>();
		for (TableItem item : files.getItems()) {
			if (item.getChecked()) {
				paths.add(((ChangedFile) item.getData()).path());
			}
		}
		return paths;
	}

	private String selectedPath() {
		TableItem[] selection = files.getSelection();
		return selection.length == 0 ? null : ((ChangedFile) selection[0].getData()).path();
	}

	private void showDiff() {
		String path = selectedPath();
		GitActions target = actions;
		if (path == null || target == null) {
			return;
		}
		tabs.setSelection(diffTab);
		Job job = Job.create(NLS.bind(Messages.Scm_diffJob, path), monitor -> {
			String text;
			try {
				text = target.session().diff(path);
			} catch (GitOperationException e) {
				text = e.diagnostic().userMessage();
			} catch (java.io.IOException | RuntimeException e) {
				text = String.valueOf(e.getMessage());
			}
			String shown = text.isEmpty() ? NLS.bind(Messages.Scm_diffSame, path) : text;
			sync.asyncExec(() -> {
				if (!diff.isDisposed() && path.equals(selectedPath())) {
					setDiff(shown);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void setDiff(String text) {
		diff.setText(text);
		int lines = diff.getLineCount();
		for (int i = 0; i < lines; i++) {
			String line = diff.getLine(i);
			if (line.startsWith("+") && !line.startsWith("+++")) { //$NON-NLS-1$ //$NON-NLS-2$
				diff.setLineBackground(i, 1, added);
			} else if (line.startsWith("-") && !line.startsWith("---")) { //$NON-NLS-1$ //$NON-NLS-2$
				diff.setLineBackground(i, 1, removed);
			} else if (line.startsWith("@@")) { //$NON-NLS-1$
				org.eclipse.swt.custom.StyleRange range = new org.eclipse.swt.custom.StyleRange();
				range.start = diff.getOffsetAtLine(i);
				range.length = line.length();
				range.foreground = hunk;
				diff.setStyleRange(range);
			}
		}
	}

	/** @return the text of the diff shown */
	public String diffText() {
		return diff.getText();
	}

	private void openSelectedFile() {
		String path = selectedPath();
		if (path == null || workspace == null) {
			return;
		}
		java.nio.file.Path file = workspace.root().resolve(path);
		if (!java.nio.file.Files.isRegularFile(file)) {
			return;
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(UiCommands.OPEN_FILE_PATH, file.toString());
		ParameterizedCommand command = commands.createCommand(UiCommands.OPEN_FILE, parameters);
		if (command != null) {
			handlers.executeHandler(command);
		}
	}

	/** Gives the commit message box the focus, for the Commit menu item. */
	public void focusCommit() {
		if (stackLayout.topControl == main) {
			messageBox.setFocus();
		}
	}

	/**
	 * Commits the ticked files with the message, then pushes if asked.
	 *
	 * @param andPush whether to push after a successful commit
	 */
	public void commit(boolean andPush) {
		if (actions == null || state == null || running != null) {
			return;
		}
		String text = messageBox.getText();
		List<String> paths = checkedPaths();
		if (text.isBlank()) {
			status(Messages.Scm_messageRequired, false);
			messageBox.setFocus();
			return;
		}
		java.util.Optional<Author> author = state.author();
		if (author.isEmpty()) {
			author = askAuthor();
			if (author.isEmpty()) {
				return;
			}
		}
		Author who = author.get();
		GitActions target = actions;
		java.util.concurrent.atomic.AtomicReference<Entry> committed = new java.util.concurrent.atomic.AtomicReference<>();
		run(andPush ? Messages.Op_commitPush : Messages.Op_commit, progress -> {
			Entry entry = target.commit(text, who, paths);
			committed.set(entry);
			return entry.outcome() != Outcome.DONE || !andPush ? entry : target.push(progress, java.util.Optional.empty());
		}, entry -> {
			if (committed.get() != null && committed.get().outcome() == Outcome.DONE && text.equals(messageBox.getText())) {
				messageBox.setText(""); //$NON-NLS-1$
			}
		});
	}

	/** Fetches in a job. */
	public void fetch() {
		GitActions target = actions;
		if (target != null && running == null) {
			run(Messages.Op_fetch, target::fetch, null);
		}
	}

	/** Pulls in a job. */
	public void pull() {
		GitActions target = actions;
		if (target != null && running == null) {
			run(Messages.Op_pull, target::pull, null);
		}
	}

	/** Pushes in a job. */
	public void push() {
		GitActions target = actions;
		if (target != null && running == null) {
			run(Messages.Op_push, progress -> target.push(progress, java.util.Optional.empty()), null);
		}
	}

	/** Asks to confirm what a force push overwrites, then pushes with that lease. */
	public void forcePush() {
		GitActions target = actions;
		if (target == null || running != null) {
			return;
		}
		java.util.Optional<GitSession.Overwrite> overwrite;
		try {
			overwrite = target.session().overwrite();
		} catch (GitOperationException e) {
			showError(Messages.Op_forcePush, e.diagnostic().cause(), e.diagnostic().fix());
			return;
		} catch (java.io.IOException e) {
			showError(Messages.Op_forcePush, String.valueOf(e.getMessage()), Messages.Scm_unexpectedFix);
			return;
		}
		if (overwrite.isEmpty()) {
			showError(Messages.Op_forcePush, Messages.Scm_forceNoUpstream, Messages.Scm_forceNoUpstreamFix);
			return;
		}
		GitSession.Overwrite what = overwrite.get();
		if (new ForcePushDialog(shell(), what).open() != Window.OK) {
			status(Messages.Scm_forceCancelled, false);
			return;
		}
		ForceWithLease lease = new ForceWithLease(what.remoteBranch(), what.remoteTip());
		run(Messages.Op_forcePush, progress -> target.push(progress, java.util.Optional.of(lease)), null);
	}

	/** Opens the branch dialog. */
	public void openBranches() {
		GitActions target = actions;
		if (target != null && running == null) {
			new BranchDialog(shell(), target).open();
			refresh();
		}
	}

	/** Opens the snapshot list with the last sync's snapshot chosen, and restores the one the user confirms. */
	public void undoLastSync() {
		GitActions target = actions;
		if (target != null && running == null) {
			new SnapshotsDialog(shell(), target).open();
			refresh();
		}
	}

	/** Opens the compare view on the conflicts, or says that it is not installed. */
	public void resolveConflicts() {
		ParameterizedCommand command = commands.createCommand(UiCommands.RESOLVE_CONFLICTS, null);
		if (command != null && handlers.canExecute(command)) {
			handlers.executeHandler(command);
		} else {
			MessageDialog.openInformation(shell(), Messages.Scm_resolveTitle, Messages.Scm_compareMissing);
		}
	}

	private java.util.Optional<Author> askAuthor() {
		AuthorDialog dialog = new AuthorDialog(shell(), state.author());
		if (dialog.open() != Window.OK) {
			return java.util.Optional.empty();
		}
		try {
			actions.session().setAuthor(dialog.author());
		} catch (GitOperationException e) {
			showError(Messages.Scm_authorTitle, e.diagnostic().cause(), e.diagnostic().fix());
		} catch (java.io.IOException e) {
			showError(Messages.Scm_authorTitle, String.valueOf(e.getMessage()), Messages.Scm_unexpectedFix);
		}
		refresh();
		return java.util.Optional.of(dialog.author());
	}

	private void editAuthor() {
		if (actions != null && state != null) {
			askAuthor();
		}
	}

	private void run(String title, Function<GitProgress, Entry> operation, java.util.function.Consumer<Entry> after) {
		Job job = new Job(title) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
				Entry entry = operation.apply(new JobProgress(monitor));
				sync.asyncExec(() -> finished(this, entry, after));
				return Status.OK_STATUS;
			}
		};
		job.setUser(false);
		running = job;
		progressLabel.setText(NLS.bind(Messages.Scm_running, title));
		progressBar.setState(SWT.NORMAL);
		progressBar.setSelection(0);
		cancelButton.setEnabled(true);
		setShown(progressRow, true);
		updateButtons();
		main.layout(true, true);
		job.schedule();
	}

	private void finished(Job job, Entry entry, java.util.function.Consumer<Entry> after) {
		if (running == job) {
			running = null;
		}
		if (stack.isDisposed()) {
			return;
		}
		setShown(progressRow, false);
		if (after != null) {
			after.accept(entry);
		}
		offerForcePush = entry.operation().equals(Messages.Op_push) && entry.outcome() == Outcome.ATTENTION
				&& state != null && state.upstream().isPresent();
		lastEntry = entry;
		status(entry);
		if (entry.outcome() != Outcome.DONE) {
			tabs.setSelection(logTab);
		}
		updateButtons();
		main.layout(true, true);
		refresh();
		if (workspace != null) {
			events.post(UiContext.TOPIC_REPOSITORY_CHANGED, workspace.root());
		}
	}

	/**
	 * Refreshes when another part changed the repository (the compare view's merge commit, say).
	 *
	 * @param folder the workspace's folder
	 */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	public void repositoryChanged(@UIEventTopic(UiContext.TOPIC_REPOSITORY_CHANGED) Object folder) {
		if (stack != null && !stack.isDisposed()) {
			refresh();
		}
	}

	private void cancel() {
		Job job = running;
		if (job != null) {
			job.cancel();
			cancelButton.setEnabled(false);
			progressLabel.setText(Messages.Scm_cancelling);
		}
	}

	private void status(Entry entry) {
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Scm_statusLine, new Object[] { LOG_TIME.format(entry.time()),
				entry.operation(), escape(entry.summary()) }));
		if ((entry.outcome() == Outcome.FAILED || entry.outcome() == Outcome.CANCELLED) && !entry.details().isEmpty()) {
			text.append(' ').append(escape(entry.details().get(0)));
		}
		if (!entry.details().isEmpty()) {
			text.append("  ").append(Messages.Scm_detailsLink); //$NON-NLS-1$
		}
		if (offerForcePush) {
			text.append("  ").append(Messages.Scm_forceLink); //$NON-NLS-1$
		}
		statusLink.setText(text.toString());
		statusLink.setToolTipText(entry.fullText());
	}

	private void status(String text, boolean keep) {
		lastEntry = keep ? lastEntry : null;
		offerForcePush = false;
		statusLink.setText(escape(text));
		main.layout(true, true);
	}

	private static String escape(String text) {
		return text.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void statusLinkClicked(String target) {
		if ("force".equals(target)) { //$NON-NLS-1$
			forcePush();
		} else if (lastEntry != null) {
			showDetails(lastEntry);
		}
	}

	private void showDetails(Entry entry) {
		int kind = switch (entry.outcome()) {
		case DONE -> MessageDialog.INFORMATION;
		case ATTENTION, CANCELLED -> MessageDialog.WARNING;
		case FAILED -> MessageDialog.ERROR;
		};
		MessageDialog.open(kind, shell(), entry.operation(), entry.fullText(), SWT.NONE);
	}

	private void showError(String title, String cause, String fix) {
		MessageDialog.openError(shell(), title, cause + "\n\n" + fix); //$NON-NLS-1$
	}

	private void logged(Entry entry) {
		sync.asyncExec(() -> {
			if (logTable.isDisposed()) {
				return;
			}
			TableItem item = new TableItem(logTable, SWT.NONE, 0);
			item.setData(entry);
			item.setText(new String[] { LOG_TIME.format(entry.time()), entry.operation(), outcome(entry.outcome()),
					String.join("  ", java.util.stream.Stream.concat(java.util.stream.Stream.of(entry.summary()), entry.details().stream()).toList()) }); //$NON-NLS-1$
			item.setImage(outcomeImage(entry.outcome()));
			logTable.setTopIndex(0);
		});
	}

	private static org.eclipse.swt.graphics.Image outcomeImage(Outcome outcome) {
		return switch (outcome) {
		case DONE -> JFaceResources.getImage(org.eclipse.jface.dialogs.Dialog.DLG_IMG_MESSAGE_INFO);
		case ATTENTION, CANCELLED -> JFaceResources.getImage(org.eclipse.jface.dialogs.Dialog.DLG_IMG_MESSAGE_WARNING);
		case FAILED -> JFaceResources.getImage(org.eclipse.jface.dialogs.Dialog.DLG_IMG_MESSAGE_ERROR);
		};
	}

	private static String outcome(Outcome outcome) {
		return switch (outcome) {
		case DONE -> Messages.Scm_outcomeDone;
		case ATTENTION -> Messages.Scm_outcomeAttention;
		case FAILED -> Messages.Scm_outcomeFailed;
		case CANCELLED -> Messages.Scm_outcomeCancelled;
		};
	}

	/**
	 * The log rows as shown: time, operation, result, message.
	 *
	 * @return one array per row, newest first
	 */
	public List<String[]> logRows() {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : logTable.getItems()) {
			rows.add(new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3) });
		}
		return rows;
	}

	private Shell shell() {
		return stack.getShell();
	}

	/** Reports a job's progress in the part and lets the Cancel button stop it. */
	private final class JobProgress implements GitProgress {
		private final IProgressMonitor monitor;
		private volatile long lastUpdate;
		private int total;
		private int done;

		JobProgress(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void beginTask(String title, int totalWork) {
			monitor.subTask(title);
			total = totalWork;
			done = 0;
			post(title, true);
		}

		@Override
		public void worked(int completed) {
			done += completed;
			post(null, false);
		}

		private void post(String title, boolean force) {
			long now = System.nanoTime();
			if (!force && now - lastUpdate < 100_000_000L) {
				return;
			}
			lastUpdate = now;
			int max = total;
			int value = done;
			sync.asyncExec(() -> {
				if (progressBar.isDisposed()) {
					return;
				}
				if (title != null) {
					progressLabel.setText(title);
				}
				progressBar.setMaximum(Math.max(1, max));
				progressBar.setSelection(max <= 0 ? 0 : Math.min(max, value));
			});
		}

		@Override
		public boolean isCancelled() {
			return monitor.isCanceled();
		}
	}

	/**
	 * Gives the changed files (or the message) the keyboard focus, and reads the state again: what changes only
	 * .git (a merge committed in the compare view, a command-line git) is not watched, so coming back to the part
	 * must not show stale counts.
	 */
	@Focus
	public void setFocus() {
		scheduleRefresh(0);
		if (stackLayout.topControl == main) {
			files.setFocus();
		} else if (stackLayout.topControl != null) {
			stackLayout.topControl.setFocus();
		}
	}

	/** Stops listening and disposes the colours. */
	@PreDestroy
	public void dispose() {
		if (workspace != null) {
			workspace.removeListener(workspaceListener);
		}
		log.removeListener(logListener);
		Job pending = refresh;
		if (pending != null) {
			pending.cancel();
		}
		for (Color color : new Color[] { added, removed, hunk, bannerColour }) {
			if (color != null) {
				color.dispose();
			}
		}
	}
}
