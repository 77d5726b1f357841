package dev.specsync.ui.compare.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;

import dev.specsync.diff.Change;
import dev.specsync.diff.ChangeSeverity;
import dev.specsync.diff.DiffReport;
import dev.specsync.diff.SchemaDiffer;
import dev.specsync.document.DocumentException;
import dev.specsync.git.engine.CommitResult;
import dev.specsync.git.engine.GitService;
import dev.specsync.merge.Choice;
import dev.specsync.merge.Conflict;
import dev.specsync.merge.ConflictSide;
import dev.specsync.merge.Merger;
import dev.specsync.merge.Resolution;
import dev.specsync.merge.Side;
import dev.specsync.ui.compare.internal.model.FileMerge;
import dev.specsync.ui.compare.internal.model.LineMapping;
import dev.specsync.ui.compare.internal.model.MergeSession;
import dev.specsync.ui.compare.internal.model.SessionException;
import dev.specsync.ui.compare.internal.model.Values;
import dev.specsync.ui.workbench.UiContext;
import dev.specsync.workspace.Workspace;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The compare-and-resolve view on the open workspace's unfinished merge: the conflicting files; for the selected
 * one, local and remote side by side (differences highlighted, scrolling linked, next and previous difference),
 * the conflicts with their choices, the semantic changes from local to remote (breaking ones marked) and the
 * merged result with what is still wrong with it; Apply writes and stages the file, Commit Merge finishes the
 * merge. Reading, merging, writing and committing run in jobs, one at a time, never on the UI thread; the
 * {@link MergeSession} lives in those jobs and hands immutable {@link FileMerge} values to the UI.
 */
public final class ComparePart {

	/** The widget data key under which UI tests find controls. */
	public static final String TEST_ID = "specsync.test.id"; //$NON-NLS-1$

	/**
	 * Persisted-state key of a view that compares one file with its upstream version instead of resolving a merge:
	 * the file's path in the working tree.
	 */
	public static final String COMPARE_FILE = "specsync.compare.file"; //$NON-NLS-1$

	/**
	 * Persisted-state key, beside {@link #COMPARE_FILE}, of the branch, tag or commit to compare the file with;
	 * without it the file is compared with its branch's upstream.
	 */
	public static final String COMPARE_REVISION = "specsync.compare.revision"; //$NON-NLS-1$

	/**
	 * Persisted-state key, beside {@link #COMPARE_REVISION}, of the branch, tag or commit on the left side; without
	 * it the left side is the working tree.
	 */
	public static final String COMPARE_BASE = "specsync.compare.base"; //$NON-NLS-1$

	/** One session job at a time, in the order scheduled. */
	private static final ISchedulingRule SERIAL = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	@Inject
	private UISynchronize sync;

	@Inject
	private IEventBroker events;

	@Inject
	@Optional
	private Merger merger;

	@Inject
	@Optional
	private SchemaDiffer differ;

	@Inject
	@Optional
	private GitService git;

	@Inject
	private EModelService models;

	@Inject
	private MApplication application;

	private MPart part;

	private Workspace workspace;
	private String compareFile;

	private String compareRevision;

	private String compareBase;
	private Composite conflictPane;
	private Label conflictTitle;
	private Label changesTitle;
	private final Map<String, String> drafts = new java.util.HashMap<>(); // path -> preview text not yet stored
	private boolean settingPreview;
	private Runnable pendingEdit;
	private Composite previewPane;
	private Button byConflict;
	private MergeSession session; // used only in jobs (SERIAL)

	private Composite stack;
	private StackLayout stackLayout;
	private Composite message;
	private Label messageTitle;
	private Label messageText;
	private Composite content;
	private Label summary;
	private Label error;
	private Button commit;
	private TableViewer files;
	private StyledText local;
	private StyledText remote;
	private Label position;
	private Button previous;
	private Button next;
	private Button keepLocalFile;
	private Button keepRemoteFile;
	private TableViewer conflicts;
	private Button keepLocal;
	private Button keepRemote;
	private Button keepBoth;
	private Button editValue;
	private TableViewer changes;
	private Label changesCount;
	private Label validation;
	private StyledText preview;
	private Button apply;

	private Color changedBackground;
	private Color conflictBackground;
	private Color currentBackground;
	private Color breakingColour;
	private Color okColour;
	private Color problemColour;
	private Font boldFont;
	private SyntaxColours syntax;

	private List<FileMerge> shownFiles = List.of();
	private Map<String, String> shownUnusable = Map.of();
	private FileMerge shown;
	private int region = -1;
	private boolean syncingScroll;
	private String mergeTitle = ""; //$NON-NLS-1$

	/** Creates the part; the e4 injector calls this. */
	public ComparePart() {
	}

	/**
	 * Creates the controls.
	 *
	 * @param parent the part's composite
	 * @param part the part, whose persisted state says whether it only compares one file
	 */
	@PostConstruct
	public void createControls(Composite parent, MPart part) {
		this.part = part;
		compareFile = part.getPersistedState().get(COMPARE_FILE);
		compareRevision = part.getPersistedState().get(COMPARE_REVISION);
		compareBase = part.getPersistedState().get(COMPARE_BASE);
		changedBackground = new Color(0xe3, 0xee, 0xfb);
		conflictBackground = new Color(0xfb, 0xe0, 0xdc);
		currentBackground = new Color(0xff, 0xf1, 0xb8);
		breakingColour = new Color(0xb4, 0x23, 0x18);
		okColour = new Color(0x1e, 0x7b, 0x34);
		problemColour = new Color(0xb4, 0x23, 0x18);
		boldFont = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		syntax = new SyntaxColours();

		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);

		message = new Composite(stack, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(0, 8).applyTo(message);
		messageTitle = new Label(message, SWT.WRAP);
		messageTitle.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(messageTitle);
		messageText = new Label(message, SWT.WRAP);
		messageText.setData(TEST_ID, "compare.message"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(messageText);
		Button commitFromMessage = button(message, Messages.Part_commit, Messages.Part_commitTip, "compare.commit.message"); //$NON-NLS-1$
		commitFromMessage.addListener(SWT.Selection, e -> commit());
		commitFromMessage.setVisible(false);

		content = new Composite(stack, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(content);
		createHeader(content);
		SashForm main = new SashForm(content, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(main);
		createFiles(main);
		SashForm right = new SashForm(main, SWT.VERTICAL);
		createSides(right);
		createDetails(right);
		right.setWeights(50, 50);
		main.setWeights(20, 80);

		Listener keys = event -> {
			if ((event.stateMask & SWT.MOD1) != 0 && (event.character == '.' || event.keyCode == '.')) {
				step(1);
				event.doit = false;
			} else if ((event.stateMask & SWT.MOD1) != 0 && (event.character == ',' || event.keyCode == ',')) {
				step(-1);
				event.doit = false;
			}
		};
		addKeyListener(content, keys);
		if (compareFile != null) { // comparing only: nothing to choose, apply or commit
			for (Control c : new Control[] { files.getControl().getParent(), conflictPane, previewPane, keepLocalFile,
					keepRemoteFile, byConflict, commit }) {
				c.setVisible(false);
				if (c.getLayoutData() instanceof org.eclipse.swt.layout.GridData data) {
					data.exclude = true;
				}
			}
		}
		reload(); // the workspace may have been injected before the controls existed
	}

	private void createHeader(Composite parent) {
		Composite header = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(header);
		summary = new Label(header, SWT.NONE);
		summary.setFont(JFaceResources.getHeaderFont());
		summary.setData(TEST_ID, "compare.summary"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		commit = button(header, Messages.Part_commit, Messages.Part_commitTip, "compare.commit"); //$NON-NLS-1$
		commit.addListener(SWT.Selection, e -> commit());
		error = new Label(header, SWT.WRAP);
		error.setForeground(problemColour);
		error.setData(TEST_ID, "compare.error"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).exclude(true).applyTo(error);
		error.setVisible(false);
	}

	private void createFiles(Composite parent) {
		Composite pane = pane(parent, Messages.Part_files);
		files = new TableViewer(pane, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		files.getTable().setData(TEST_ID, "compare.files"); //$NON-NLS-1$
		files.setContentProvider(ArrayContentProvider.getInstance());
		files.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return fileLabel((String) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return (String) element;
			}
		});
		ColumnViewerToolTipSupport.enableFor(files);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(files.getControl());
		files.addSelectionChangedListener(event -> {
			Object selected = event.getStructuredSelection().getFirstElement();
			FileMerge file = selected == null ? null : find((String) selected);
			if (file != shown) {
				flushEdit();
				showFile(file);
			}
		});
	}

	private void createSides(Composite parent) {
		Composite sides = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(sides);
		Composite bar = new Composite(sides, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(6).spacing(6, 0).applyTo(bar);
		previous = button(bar, Messages.Part_previous, Messages.Part_previousTip, "compare.previous"); //$NON-NLS-1$
		previous.addListener(SWT.Selection, e -> step(-1));
		next = button(bar, Messages.Part_next, Messages.Part_nextTip, "compare.next"); //$NON-NLS-1$
		next.addListener(SWT.Selection, e -> step(1));
		position = new Label(bar, SWT.NONE);
		position.setData(TEST_ID, "compare.position"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(8, 0).applyTo(position);
		keepLocalFile = button(bar, Messages.Part_keepLocalFile, Messages.Part_keepLocalFileTip, "compare.keepLocalFile"); //$NON-NLS-1$
		keepLocalFile.addListener(SWT.Selection, e -> wholeFile(Side.OURS));
		keepRemoteFile = button(bar, Messages.Part_keepRemoteFile, Messages.Part_keepRemoteFileTip, "compare.keepRemoteFile"); //$NON-NLS-1$
		keepRemoteFile.addListener(SWT.Selection, e -> wholeFile(Side.THEIRS));
		byConflict = button(bar, Messages.Part_mergeByConflict, null, "compare.mergeByConflict"); //$NON-NLS-1$
		byConflict.addListener(SWT.Selection, e -> wholeFile(null));

		SashForm texts = new SashForm(sides, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(texts);
		local = text(pane(texts, compareBase == null ? Messages.Part_local : NLS.bind(Messages.Part_revision, leftName())),
				"compare.local"); //$NON-NLS-1$
		remote = text(pane(texts, compareRevision == null ? Messages.Part_remote : NLS.bind(Messages.Part_revision, otherName())),
				"compare.remote"); //$NON-NLS-1$
		link(local, remote, true);
		link(remote, local, false);
	}

	private void createDetails(Composite parent) {
		SashForm details = new SashForm(parent, SWT.HORIZONTAL);
		SashForm lists = new SashForm(details, SWT.VERTICAL);

		conflictPane = pane(lists, Messages.Part_conflicts);
		conflictTitle = (Label) conflictPane.getChildren()[0];
		conflictTitle.setData(TEST_ID, "compare.conflictsTitle"); //$NON-NLS-1$
		conflicts = table(conflictPane, "compare.conflicts"); //$NON-NLS-1$
		column(conflicts, Messages.Part_conflictWhere, 260, element -> where((Conflict) element), null);
		column(conflicts, Messages.Part_conflictLocal, 120, element -> value(((Conflict) element).ours()), null);
		column(conflicts, Messages.Part_conflictRemote, 120, element -> value(((Conflict) element).theirs()), null);
		column(conflicts, Messages.Part_conflictChoice, 90, element -> choiceLabel((Conflict) element), null);
		conflicts.addSelectionChangedListener(event -> {
			updateButtons();
			if (event.getStructuredSelection().getFirstElement() instanceof Conflict c) {
				reveal(c.ours().line(), c.theirs().line());
			}
		});
		Composite choices = new Composite(conflictPane, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choices);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 0).applyTo(choices);
		keepLocal = button(choices, Messages.Part_keepLocal, null, "compare.keepLocal"); //$NON-NLS-1$
		keepLocal.addListener(SWT.Selection, e -> choose(Choice.OURS));
		keepRemote = button(choices, Messages.Part_keepRemote, null, "compare.keepRemote"); //$NON-NLS-1$
		keepRemote.addListener(SWT.Selection, e -> choose(Choice.THEIRS));
		keepBoth = button(choices, Messages.Part_keepBoth, null, "compare.keepBoth"); //$NON-NLS-1$
		keepBoth.addListener(SWT.Selection, e -> choose(Choice.BOTH));
		editValue = button(choices, Messages.Part_editValue, null, "compare.editValue"); //$NON-NLS-1$
		editValue.addListener(SWT.Selection, e -> edit());

		Composite changePane = pane(lists, NLS.bind(Messages.Part_changes, otherName(), leftName()));
		changesTitle = (Label) changePane.getChildren()[0];
		changesTitle.setData(TEST_ID, "compare.changesTitle"); //$NON-NLS-1$
		changesCount = new Label(changePane, SWT.NONE);
		changesCount.setData(TEST_ID, "compare.changesCount"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(changesCount);
		changes = table(changePane, "compare.changes"); //$NON-NLS-1$
		column(changes, Messages.Part_severity, 80, element -> severity(((Change) element).severity()),
				element -> ((Change) element).severity() == ChangeSeverity.BREAKING ? breakingColour : null);
		column(changes, Messages.Part_changeFile, 150, element -> displayName(((Change) element).oldLocation().file()), null);
		column(changes, Messages.Part_change, 440, element -> change((Change) element), null);
		column(changes, Messages.Part_lines, 70, element -> lines((Change) element), null);
		changes.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof Change c) {
				String file = c.oldLocation().file();
				if (shown != null && !file.equals(shown.path())) {
					if (find(file) == null) {
						return; // a file of the API without conflicts: nothing of it is shown
					}
					files.setSelection(new StructuredSelection(file), true); // shows that file
					changes.setSelection(new StructuredSelection(c), true);
				}
				// an element added or removed has a location on one side only (the other names its parent): map it
				boolean both = c.oldLocation().pointer().equals(c.newLocation().pointer());
				boolean added = !both && c.newLocation().pointer().startsWith(c.oldLocation().pointer());
				reveal(both || !added ? c.oldLocation().line() : 0, both || added ? c.newLocation().line() : 0);
			}
		});

		previewPane = pane(details, Messages.Part_preview);
		validation = new Label(previewPane, SWT.WRAP);
		validation.setData(TEST_ID, "compare.validation"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(validation);
		preview = new StyledText(previewPane, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.setFont(JFaceResources.getTextFont());
		preview.setData(TEST_ID, "compare.preview"); //$NON-NLS-1$
		preview.setToolTipText(Messages.Part_previewTip);
		preview.addListener(SWT.Modify, e -> previewEdited());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(preview);
		apply = button(previewPane, Messages.Part_apply, Messages.Part_applyTip, "compare.apply"); //$NON-NLS-1$
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(apply);
		apply.addListener(SWT.Selection, e -> apply());
		lists.setWeights(50, 50);
		details.setWeights(62, 38);
	}

	// --- controls

	// --- the result edited by hand

	/** The user typed in the preview: keep the text as a draft and store it after a pause in typing. */
	private void previewEdited() {
		if (settingPreview || shown == null || shown.isComparison()) {
			return;
		}
		String path = shown.path();
		drafts.put(path, preview.getText());
		syntax.apply(preview, path);
		Runnable store = new Runnable() {
			@Override
			public void run() {
				if (pendingEdit == this) {
					pendingEdit = null;
					storeDraft(path);
				}
			}
		};
		pendingEdit = store;
		preview.getDisplay().timerExec(400, store);
	}

	/** Stores a file's draft now (before switching files, applying or closing). */
	private void flushEdit() {
		if (pendingEdit != null) {
			pendingEdit = null; // the timer finds it replaced and does nothing
			if (shown != null) {
				storeDraft(shown.path());
			}
		}
	}

	private void storeDraft(String path) {
		String text = drafts.get(path);
		if (text == null) {
			return;
		}
		run(Messages.Part_editJob, () -> {
			FileMerge updated = session.editResult(path, text);
			sync.asyncExec(() -> {
				if (text.equals(drafts.get(path))) {
					drafts.remove(path); // stored; a newer draft stays until it is stored too
				}
				updated(updated);
			});
		});
	}

	private static Composite pane(Composite parent, String title) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 3).applyTo(pane);
		Label label = new Label(pane, SWT.NONE);
		label.setText(title);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return pane;
	}

	private static StyledText text(Composite pane, String id) {
		StyledText text = new StyledText(pane, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY | SWT.FULL_SELECTION);
		text.setFont(JFaceResources.getTextFont());
		text.setData(TEST_ID, id);
		text.setLeftMargin(4);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(text);
		return text;
	}

	private static TableViewer table(Composite pane, String id) {
		TableViewer viewer = new TableViewer(pane, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(TEST_ID, id);
		GridDataFactory.fillDefaults().grab(true, true).hint(100, 80).applyTo(viewer.getControl());
		return viewer;
	}

	private interface Text {
		String of(Object element);
	}

	private interface Colour {
		Color of(Object element);
	}

	private void column(TableViewer viewer, String title, int width, Text text, Colour colour) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.of(element);
			}

			@Override
			public Color getForeground(Object element) {
				return colour == null ? null : colour.of(element);
			}

			@Override
			public Font getFont(Object element) {
				return colour != null && colour.of(element) != null ? boldFont : null;
			}
		});
	}

	private static Button button(Composite parent, String text, String tooltip, String id) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		if (tooltip != null) {
			button.setToolTipText(tooltip);
		}
		button.setData(TEST_ID, id);
		return button;
	}

	private static void addKeyListener(Control control, Listener listener) {
		control.addListener(SWT.KeyDown, listener);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				addKeyListener(child, listener);
			}
		}
	}

	/** Scrolling one side scrolls the other to the corresponding line. */
	private void link(StyledText from, StyledText to, boolean fromLocal) {
		Listener follow = event -> {
			if (syncingScroll || shown == null) {
				return;
			}
			syncingScroll = true;
			try {
				int top = from.getTopIndex();
				int other = fromLocal ? LineMapping.toRemote(shown.regions(), top)
						: LineMapping.toLocal(shown.regions(), top);
				if (to.getTopIndex() != other) {
					to.setTopIndex(other);
				}
				to.setHorizontalPixel(from.getHorizontalPixel());
			} finally {
				syncingScroll = false;
			}
		};
		from.getVerticalBar().addListener(SWT.Selection, follow);
		from.getHorizontalBar().addListener(SWT.Selection, follow);
		from.addListener(SWT.MouseVerticalWheel, e -> from.getDisplay().asyncExec(() -> {
			if (!from.isDisposed()) {
				follow.handleEvent(e);
			}
		}));
		from.addListener(SWT.KeyUp, follow);
	}

	// --- injection and loading

	/**
	 * Follows the open workspace.
	 *
	 * @param opened the workspace, or null while none is open
	 */
	@Inject
	public void setWorkspace(@Optional Workspace opened) {
		if (workspace == opened) {
			return;
		}
		workspace = opened;
		if (stack != null) {
			reload();
		}
	}

	/** Reads the workspace's unfinished merge again, in a job, and shows it. */
	public void reload() {
		if (stack == null || stack.isDisposed()) {
			return;
		}
		Workspace target = workspace;
		if (target == null) {
			show(Messages.Part_noWorkspaceTitle, Messages.Part_noWorkspace, false);
			return;
		}
		if (merger == null || differ == null) {
			show(Messages.Part_failed, Messages.Part_noService, false);
			return;
		}
		show(Messages.Part_noMergeTitle, Messages.Part_loading, false);
		String comparing = compareFile;
		String revision = compareRevision;
		String base = compareBase;
		run(Messages.Part_loadJob, () -> {
			session = comparing == null ? MergeSession.open(target.root(), merger, differ)
					: revision != null ? MergeSession.compare(target.root(), comparing, base, revision, differ)
							: MergeSession.compareWithUpstream(target.root(), comparing, differ);
			MergeSession opened = session;
			List<FileMerge> all = opened.files();
			Map<String, String> unusable = opened.unusable();
			boolean merging = opened.isMerging();
			boolean committable = merging && opened.canCommit();
			String title = opened.title();
			sync.asyncExec(() -> {
				mergeTitle = title;
				showSession(target, all, unusable, merging, committable);
			});
		});
	}

	private interface Step {
		void run() throws SessionException;
	}

	private void run(String name, Step step) {
		Job job = Job.create(name, monitor -> {
			try {
				step.run();
			} catch (SessionException e) {
				sync.asyncExec(() -> showError(e.getMessage()));
			} catch (RuntimeException e) {
				sync.asyncExec(() -> showError(NLS.bind(Messages.Part_failed, e)));
			}
			return Status.OK_STATUS;
		});
		job.setRule(SERIAL);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	private boolean alive() {
		return stack != null && !stack.isDisposed();
	}

	private void show(String title, String text, boolean offerCommit) {
		if (!alive()) {
			return;
		}
		messageTitle.setText(title);
		messageText.setText(text);
		for (Control c : message.getChildren()) {
			if (c instanceof Button b) {
				b.setVisible(offerCommit);
			}
		}
		stackLayout.topControl = message;
		message.layout(true, true);
		stack.layout();
	}

	private void showError(String text) {
		if (!alive()) {
			return;
		}
		if (stackLayout.topControl == message) {
			messageText.setText(text);
			message.layout(true, true);
			return;
		}
		error.setText(text);
		error.setVisible(true);
		((org.eclipse.swt.layout.GridData) error.getLayoutData()).exclude = false;
		error.getParent().getParent().layout(true, true);
	}

	private void clearError() {
		if (alive() && error.isVisible()) {
			error.setVisible(false);
			((org.eclipse.swt.layout.GridData) error.getLayoutData()).exclude = true;
			error.getParent().getParent().layout(true, true);
		}
	}

	private void showSession(Workspace target, List<FileMerge> all, Map<String, String> unusable, boolean merging,
			boolean committable) {
		if (!alive()) {
			return;
		}
		if (all.isEmpty() && unusable.isEmpty()) {
			if (merging && committable) {
				show(Messages.Part_readyTitle, Messages.Part_ready, true);
			} else {
				show(Messages.Part_noMergeTitle, NLS.bind(Messages.Part_noMerge, target.root().getFileName()), false);
			}
			return;
		}
		clearError();
		shownFiles = all;
		shownUnusable = unusable;
		List<String> paths = new ArrayList<>();
		all.forEach(f -> paths.add(f.path()));
		paths.addAll(unusable.keySet());
		files.setInput(paths);
		updateSummary(committable);
		stackLayout.topControl = content;
		stack.layout();
		String select = shown != null && paths.contains(shown.path()) ? shown.path() : paths.get(0);
		shown = null;
		files.setSelection(new StructuredSelection(select), true);
		showFile(find(select));
	}

	private void updateSummary(boolean committable) {
		int open = 0;
		for (FileMerge f : shownFiles) {
			open += f.openConflicts().size();
		}
		String branch = !mergeTitle.isEmpty() || workspace == null ? mergeTitle : workspace.root().getFileName().toString();
		List<String> broken = new ArrayList<>();
		shownFiles.stream().filter(f -> f.editProblem().isPresent()).forEach(f -> broken.add(displayName(f.path())));
		summary.setText(compareFile != null ? mergeTitle
				: shownFiles.isEmpty() && shownUnusable.isEmpty() ? NLS.bind(Messages.Part_summaryDone, branch)
				: open == 0 && !broken.isEmpty() ? NLS.bind(Messages.Part_summaryBroken, branch, String.join(", ", broken)) //$NON-NLS-1$
				: open == 0 && shownUnusable.isEmpty() ? NLS.bind(Messages.Part_summaryChosen, branch)
				: NLS.bind(Messages.Part_summary, new Object[] { branch, Integer.valueOf(open),
						Integer.valueOf(shownFiles.size() + shownUnusable.size()) }));
		commit.setEnabled(committable);
		summary.getParent().layout(true, true);
	}

	private FileMerge find(String path) {
		for (FileMerge f : shownFiles) {
			if (f.path().equals(path)) {
				return f;
			}
		}
		return null;
	}

	/** The file's name (its folder is in the tool tip and the summary) and what is left to do in it. */
	private String fileLabel(String path) {
		FileMerge f = find(path);
		String name = displayName(path);
		if (f == null) {
			return NLS.bind(Messages.Part_fileUnusable, name);
		}
		if (f.editProblem().isPresent()) {
			return NLS.bind(Messages.Part_fileBroken, name);
		}
		return f.isResolved() ? NLS.bind(Messages.Part_fileResolved, name)
				: NLS.bind(Messages.Part_fileConflicts, name, Integer.valueOf(f.openConflicts().size()));
	}

	// --- one file

	private void showFile(FileMerge file) {
		FileMerge before = shown;
		shown = file;
		if (file == null) {
			local.setText(""); //$NON-NLS-1$
			remote.setText(""); //$NON-NLS-1$
			settingPreview = true;
			try {
				preview.setText(""); //$NON-NLS-1$
			} finally {
				settingPreview = false;
			}
			conflicts.setInput(List.of());
			changes.setInput(List.of());
			Object selected = files.getStructuredSelection().getFirstElement();
			String reason = selected == null ? null : shownUnusable.get(selected);
			validation.setText(reason == null ? "" : reason); //$NON-NLS-1$
			validation.setForeground(problemColour);
			region = -1;
			updateButtons();
			return;
		}
		boolean sameFile = before != null && before.path().equals(file.path());
		String name = displayName(file.path());
		conflictTitle.setText(NLS.bind(Messages.Part_conflictsIn, name));
		changesTitle.setText(file.apiRoot()
				.map(root -> NLS.bind(Messages.Part_changesApi, new Object[] { displayName(root), otherName(), leftName() }))
				.orElse(NLS.bind(Messages.Part_changesIn, new Object[] { name, otherName(), leftName() })));
		conflictTitle.getParent().layout();
		changesTitle.getParent().layout();
		if (!sameFile) {
			int top = 0;
			local.setText(file.oursText());
			remote.setText(file.theirsText());
			syntax.apply(local, file.path());
			syntax.apply(remote, file.path());
			local.setTopIndex(top);
			remote.setTopIndex(top);
			region = -1;
			java.util.Optional<DiffReport> report = file.changes();
			changes.setInput(report.map(DiffReport::changes).orElse(List.of()));
			changesCount.setText(report.map(r -> NLS.bind(Messages.Part_changesCount, Integer.valueOf(r.summary().changes()),
					Integer.valueOf(r.summary().breaking()))).orElse(file.changesProblem().orElse(""))); //$NON-NLS-1$
		}
		highlight();
		Object selectedConflict = conflicts.getStructuredSelection().getFirstElement();
		conflicts.setInput(file.conflicts());
		if (selectedConflict instanceof Conflict c) {
			MergeSession.conflict(file, c.pointer()).ifPresent(same -> conflicts.setSelection(new StructuredSelection(same)));
		}
		int top = preview.getTopIndex();
		String draft = drafts.get(file.path());
		String text = draft != null ? draft : file.mergedText();
		if (!text.equals(preview.getText())) {
			int caret = preview.getCaretOffset();
			settingPreview = true;
			try {
				preview.setText(text);
			} finally {
				settingPreview = false;
			}
			if (sameFile) {
				preview.setCaretOffset(Math.min(caret, preview.getCharCount()));
			}
		}
		syntax.apply(preview, file.path());
		clearBackgrounds(preview);
		if (draft == null) {
			for (Edit e : file.resultRegions()) {
				paint(preview, e.getBeginB(), e.getEndB(), changedBackground);
			}
		}
		preview.setTopIndex(sameFile ? top : 0);
		updateValidation(file);
		files.refresh();
		updateButtons();
		if (!sameFile && !file.regions().isEmpty()) {
			region = 0;
			revealRegion();
		}
		updatePosition();
	}

	private void highlight() {
		clearBackgrounds(local);
		clearBackgrounds(remote);
		List<Edit> regions = shown.regions();
		for (int i = 0; i < regions.size(); i++) {
			Edit e = regions.get(i);
			Color colour = i == region ? currentBackground : changedBackground;
			paint(local, e.getBeginA(), e.getEndA(), colour);
			paint(remote, e.getBeginB(), e.getEndB(), colour);
		}
		for (Conflict c : shown.conflicts()) {
			if (shown.choice(c).isEmpty()) {
				paint(local, c.ours().line() - 1, c.ours().line(), conflictBackground);
				paint(remote, c.theirs().line() - 1, c.theirs().line(), conflictBackground);
			}
		}
	}

	private static void clearBackgrounds(StyledText text) {
		if (text.getLineCount() > 0) {
			text.setLineBackground(0, text.getLineCount(), null);
		}
	}

	private static void paint(StyledText text, int begin, int end, Color colour) {
		int from = Math.max(0, begin);
		int to = Math.min(end, text.getLineCount());
		if (to > from) {
			text.setLineBackground(from, to - from, colour);
		}
	}

	private void updateValidation(FileMerge file) {
		String text;
		Color colour;
		int elsewhere = 0;
		List<String> others = new ArrayList<>();
		for (FileMerge f : shownFiles) {
			if (!f.path().equals(file.path()) && !f.isResolved()) {
				elsewhere += Math.max(1, f.openConflicts().size());
				others.add(displayName(f.path()));
			}
		}
		if (file.editProblem().isPresent()) {
			text = NLS.bind(Messages.Part_validEditProblem, file.editProblem().get());
			colour = problemColour;
		} else if (file.isEdited()) {
			text = Messages.Part_validEdited;
			colour = okColour;
		} else if (file.wholeFile().isPresent()) {
			text = NLS.bind(Messages.Part_validWhole,
					file.wholeFile().get() == Side.OURS ? Messages.Part_wholeLocal : Messages.Part_wholeRemote);
			colour = okColour;
		} else if (!file.newProblems().isEmpty()) {
			text = NLS.bind(Messages.Part_validProblem, file.newProblems().get(0).message());
			colour = problemColour;
		} else if (!file.isResolved()) {
			text = NLS.bind(Messages.Part_validOpen, Integer.valueOf(file.openConflicts().size()));
			colour = problemColour;
		} else {
			text = Messages.Part_validReady;
			colour = okColour;
		}
		if (file.isResolved() && elsewhere > 0) {
			text = text + ' ' + NLS.bind(Messages.Part_validElsewhere, Integer.valueOf(elsewhere), String.join(", ", others)); //$NON-NLS-1$
		}
		validation.setText(text);
		validation.setForeground(colour);
		validation.getParent().layout(true, true);
	}

	private void updateButtons() {
		boolean hasFile = shown != null;
		Conflict selected = conflicts.getStructuredSelection().getFirstElement() instanceof Conflict c ? c : null;
		keepLocal.setEnabled(selected != null && selected.choices().contains(Choice.OURS));
		keepRemote.setEnabled(selected != null && selected.choices().contains(Choice.THEIRS));
		keepBoth.setEnabled(selected != null && selected.choices().contains(Choice.BOTH));
		editValue.setEnabled(selected != null && selected.choices().contains(Choice.CUSTOM));
		keepLocalFile.setEnabled(hasFile);
		keepRemoteFile.setEnabled(hasFile);
		boolean all = !shownFiles.isEmpty() && shownFiles.stream().allMatch(FileMerge::isResolved);
		apply.setEnabled(hasFile && !shown.isComparison() && (all || !drafts.isEmpty()));
		String label = shownFiles.size() > 1 ? NLS.bind(Messages.Part_applyAll, Integer.valueOf(shownFiles.size()))
				: Messages.Part_apply;
		if (!label.equals(apply.getText())) {
			apply.setText(label);
			apply.getParent().layout(true, true);
		}
		boolean differences = hasFile && !shown.regions().isEmpty();
		previous.setEnabled(differences);
		next.setEnabled(differences);
	}

	private void updatePosition() {
		if (shown == null || shown.regions().isEmpty()) {
			position.setText(shown == null ? "" : Messages.Part_noDifferences); //$NON-NLS-1$
		} else {
			position.setText(NLS.bind(Messages.Part_position, Integer.valueOf(Math.max(region, 0) + 1),
					Integer.valueOf(shown.regions().size())));
		}
		position.getParent().layout(true, true);
	}

	private void step(int direction) {
		if (shown == null || shown.regions().isEmpty()) {
			return;
		}
		int count = shown.regions().size();
		region = region < 0 ? (direction > 0 ? 0 : count - 1) : Math.floorMod(region + direction, count);
		highlight();
		revealRegion();
		updatePosition();
	}

	private void revealRegion() {
		Edit e = shown.regions().get(region);
		reveal(e.getBeginA() + 1, e.getBeginB() + 1);
		highlight();
	}

	/** Shows a 1-based line on each side (0: the line corresponding to the other side's). */
	private void reveal(int localLine, int remoteLine) {
		if (shown == null) {
			return;
		}
		int l = localLine > 0 ? localLine - 1 : LineMapping.toLocal(shown.regions(), Math.max(0, remoteLine - 1));
		int r = remoteLine > 0 ? remoteLine - 1 : LineMapping.toRemote(shown.regions(), l);
		syncingScroll = true;
		try {
			showLine(local, l);
			showLine(remote, r);
			showLine(preview, LineMapping.toRemote(shown.resultRegions(), l));
		} finally {
			syncingScroll = false;
		}
		if (localLine > 0) {
			int index = LineMapping.regionAtOrAfter(shown.regions(), l);
			if (index >= 0 && index != region) {
				region = index;
				highlight();
				updatePosition();
			}
		}
	}

	private static void showLine(StyledText text, int line) {
		if (text.getLineCount() == 0) {
			return;
		}
		int target = Math.min(line, text.getLineCount() - 1);
		int visible = Math.max(1, text.getClientArea().height / Math.max(1, text.getLineHeight()));
		text.setTopIndex(Math.max(0, target - visible / 3));
		int offset = text.getOffsetAtLine(target);
		text.setSelection(offset, offset);
	}

	// --- actions

	private void choose(Choice choice) {
		if (shown == null || !(conflicts.getStructuredSelection().getFirstElement() instanceof Conflict c)) {
			return;
		}
		Resolution resolution = switch (choice) {
		case OURS -> Resolution.ours(c.pointer());
		case THEIRS -> Resolution.theirs(c.pointer());
		case BOTH -> Resolution.both(c.pointer());
		case CUSTOM -> null;
		};
		resolve(c, resolution);
	}

	private void resolve(Conflict c, Resolution resolution) {
		String path = shown.path();
		clearError();
		run(Messages.Part_chooseJob, () -> {
			FileMerge updated = session.choose(path, c.pointer(), resolution);
			sync.asyncExec(() -> updated(updated));
		});
	}

	private void edit() {
		if (shown == null || !(conflicts.getStructuredSelection().getFirstElement() instanceof Conflict c)) {
			return;
		}
		InputDialog dialog = new InputDialog(stack.getShell(), Messages.Part_editTitle,
				NLS.bind(Messages.Part_editPrompt, where(c)), c.ours().present() ? Values.toJson(c.ours().value()) : "", //$NON-NLS-1$
				text -> {
					try {
						Values.parse(text);
						return null;
					} catch (DocumentException e) {
						return NLS.bind(Messages.Part_editBad, e.first().message());
					}
				});
		if (dialog.open() != InputDialog.OK) {
			return;
		}
		try {
			resolve(c, Resolution.custom(c.pointer(), Values.parse(dialog.getValue())));
		} catch (DocumentException e) {
			showError(NLS.bind(Messages.Part_editBad, e.first().message()));
		}
	}

	private void wholeFile(Side side) {
		if (shown == null) {
			return;
		}
		String path = shown.path();
		clearError();
		run(Messages.Part_chooseJob, () -> {
			FileMerge updated = session.keepWholeFile(path, side);
			sync.asyncExec(() -> updated(updated));
		});
	}

	private void updated(FileMerge file) {
		if (!alive()) {
			return;
		}
		List<FileMerge> all = new ArrayList<>(shownFiles);
		all.replaceAll(f -> f.path().equals(file.path()) ? file : f);
		shownFiles = all;
		if (shown != null && shown.path().equals(file.path())) {
			showFile(file);
		} else if (shown != null) {
			updateValidation(shown);
			updateButtons();
		}
		files.refresh();
		updateSummary(commit.getEnabled());
	}

	private void apply() {
		flushEdit(); // stored by a job that runs before the one applying
		if (shown == null) {
			return;
		}
		Workspace target = workspace;
		clearError();
		apply.setEnabled(false);
		run(Messages.Part_applyJob, () -> {
			try {
				session.applyAll(git);
			} finally {
				List<FileMerge> left = session.files();
				sync.asyncExec(() -> {
					if (alive()) {
						shownFiles = left;
						updateButtons();
					}
				});
			}
			List<FileMerge> all = session.files();
			Map<String, String> unusable = session.unusable();
			boolean committable = session.canCommit();
			sync.asyncExec(() -> {
				shown = null;
				showSession(target, all, unusable, true, committable);
			});
			events.post(UiContext.TOPIC_REPOSITORY_CHANGED, target == null ? null : target.root());
		});
	}

	private void commit() {
		if (git == null || session == null) {
			showError(Messages.Part_noService);
			return;
		}
		clearError();
		commit.setEnabled(false);
		Workspace target = workspace;
		run(Messages.Part_commitJob, () -> {
			CommitResult result = session.commit(git);
			String branch = result.branch().replaceFirst("^refs/heads/", ""); //$NON-NLS-1$ //$NON-NLS-2$
			sync.asyncExec(() -> {
				show(Messages.Part_committedTitle, NLS.bind(Messages.Part_committed, result.id().abbreviate(7).name(), branch),
						false);
				restoreLayout();
			});
			events.post(UiContext.TOPIC_REPOSITORY_CHANGED, target == null ? null : target.root());
		});
	}

	/**
	 * Gives the workbench its layout back once the merge is done: Resolve Conflicts maximized the editor stack for
	 * room (see {@link ResolveConflictsHandler}); the explorer and Source Control are wanted again to push.
	 */
	private void restoreLayout() {
		if (models.find(UiContext.EDITOR_STACK, application) instanceof MPartStack editors
				&& editors.getChildren().contains(part)) {
			editors.getTags().remove(IPresentationEngine.MAXIMIZED);
		}
	}

	/** What the right side is, in sentences: "remote", or the branch, tag or (abbreviated) commit compared with. */
	private String otherName() {
		return compareRevision == null ? Messages.Part_remoteName : MergeSession.shortName(compareRevision);
	}

	/** What the left side is, in sentences: "local" (the working tree), or the branch, tag or commit. */
	private String leftName() {
		return compareBase == null ? Messages.Part_localName : MergeSession.shortName(compareBase);
	}

	/**
	 * Gives the layout back when the user closes the view (not when the workbench shuts down, which renders nothing
	 * anymore): the handlers maximized the editor stack for both sides, and with the view gone the Explorer and
	 * Source Control are wanted again. Another compare view still open keeps the room.
	 */
	@PreDestroy
	public void closed() {
		if (part == null || part.isToBeRendered()) {
			return;
		}
		if (models.find(UiContext.EDITOR_STACK, application) instanceof MPartStack editors
				&& editors.getTags().contains(IPresentationEngine.MAXIMIZED)
				&& editors.getChildren().stream().noneMatch(other -> other != part && other.isToBeRendered()
						&& ResolveConflictsHandler.DESCRIPTOR.equals(other.getElementId()))) {
			editors.getTags().remove(IPresentationEngine.MAXIMIZED);
		}
	}

	/** The path as the view shows it: relative to the folder all conflicting files share, e.g. {@code schemas/book.yaml}. */
	private String displayName(String path) {
		String common = null;
		for (FileMerge f : shownFiles) {
			String folder = f.path().substring(0, f.path().lastIndexOf('/') + 1);
			while (common != null && !folder.startsWith(common)) {
				common = common.substring(0, common.lastIndexOf('/', common.length() - 2) + 1);
			}
			if (common == null) {
				common = folder;
			}
		}
		return common != null && path.startsWith(common) ? path.substring(common.length())
				: path.substring(path.lastIndexOf('/') + 1);
	}

	// --- labels

	/** A pointer as people read it: its unescaped keys joined by arrows, {@code paths › /books › get}. */
	private static String where(Conflict c) {
		if (c.pointer().isEmpty()) {
			return "/"; //$NON-NLS-1$
		}
		List<String> keys = new ArrayList<>();
		for (String key : c.pointer().substring(1).split("/", -1)) { //$NON-NLS-1$
			keys.add(key.replace("~1", "/").replace("~0", "~")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return String.join(" \u203a ", keys); //$NON-NLS-1$
	}

	private static String value(ConflictSide side) {
		return side.present() ? Values.toJson(side.value()) : Messages.Part_absent;
	}

	private String choiceLabel(Conflict c) {
		if (shown == null) {
			return ""; //$NON-NLS-1$
		}
		return shown.choice(c).map(choice -> switch (choice) {
		case OURS -> Messages.Part_chosenOurs;
		case THEIRS -> Messages.Part_chosenTheirs;
		case BOTH -> Messages.Part_chosenBoth;
		case CUSTOM -> Messages.Part_chosenCustom;
		}).orElse(Messages.Part_open);
	}

	private static String severity(ChangeSeverity severity) {
		return switch (severity) {
		case BREAKING -> Messages.Part_breaking;
		case POTENTIALLY_BREAKING -> Messages.Part_potentiallyBreaking;
		case NON_BREAKING -> Messages.Part_nonBreaking;
		case DOCUMENTATION -> Messages.Part_documentation;
		};
	}

	private static String change(Change c) {
		return c.operation() == null ? c.message() : NLS.bind(Messages.Part_changeOf, c.operation(), c.message());
	}

	private static String lines(Change c) {
		return c.oldLocation().line() + " \u2192 " + c.newLocation().line(); //$NON-NLS-1$
	}

	/** Moves the focus to the file list. */
	@Focus
	public void setFocus() {
		if (alive()) {
			if (stackLayout.topControl == content) {
				files.getControl().setFocus();
			} else {
				stack.setFocus();
			}
		}
	}

	/**
	 * The files the view shows, for tests: paths of the conflicting files.
	 *
	 * @return the paths shown
	 */
	public List<String> shownPaths() {
		List<String> paths = new ArrayList<>();
		shownFiles.forEach(f -> paths.add(f.path()));
		paths.addAll(shownUnusable.keySet());
		return paths;
	}
}
