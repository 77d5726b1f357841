package dev.specsync.ui.explorer.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.specsync.ui.explorer.internal.ExplorerItem.Kind;
import dev.specsync.ui.workbench.Problems;
import dev.specsync.ui.workbench.UiCommands;
import dev.specsync.ui.workbench.UiContext;
import dev.specsync.workspace.Workspace;
import dev.specsync.workspace.WorkspaceListener;

/**
 * The Explorer: the open workspace, its APIs (status and branch), each API's definition files (the root first,
 * the files its {@code $ref}s reach below) and collections (folders and requests). Double click or Enter opens
 * a file in the editor. The tree is rebuilt in the background when files change outside SpecSync; until a
 * workspace is open, the part says what will appear and how to open one.
 */
public final class ExplorerPart {

	/** The widget data key under which UI tests find controls. */
	public static final String TEST_ID = "specsync.test.id"; //$NON-NLS-1$

	private static final long REFRESH_DELAY_MS = 250;

	@Inject
	private UISynchronize sync;

	@Inject
	private ECommandService commands;

	@Inject
	private EHandlerService handlers;

	@Inject
	private Problems problems;

	@Inject
	private EModelService models;

	@Inject
	private MApplication application;

	private Composite stack;
	private StackLayout layout;
	private Composite message;
	private Label messageTitle;
	private Label messageText;
	private TreeViewer viewer;

	private Composite undoBar;
	private Label undoText;
	private Button undoButton;
	private FileRefactoring.Undoable lastChange;

	private Workspace workspace;
	private String error;
	private Path folder;
	private final WorkspaceListener listener = change -> scheduleRefresh();
	private Job refresh;

	/** Creates the part; the e4 injector calls this. */
	public ExplorerPart() {
	}

	/**
	 * Creates the controls.
	 *
	 * @param parent the part's composite
	 */
	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		createUndoBar(parent);
		stack = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(stack);
		layout = new StackLayout();
		stack.setLayout(layout);

		message = new Composite(stack, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(0, 8).applyTo(message);
		messageTitle = new Label(message, SWT.WRAP);
		messageTitle.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(messageTitle);
		messageText = new Label(message, SWT.WRAP);
		messageText.setData(TEST_ID, "explorer.message"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(messageText);

		viewer = new TreeViewer(stack, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(TEST_ID, "explorer.tree"); //$NON-NLS-1$
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof List<?> roots ? roots.toArray() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((ExplorerItem) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((ExplorerItem) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new ExplorerLabels(viewer.getTree())));
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof ExplorerItem item) {
				open(item);
			}
		});
		createContextMenu();
		viewer.getTree().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F2 && event.stateMask == 0) {
				selectedFile().ifPresent(this::rename);
			} else if (event.keyCode == SWT.DEL && event.stateMask == 0) {
				selectedFile().ifPresent(this::delete);
			} else if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == 'z' || event.keyCode == 'Z')) {
				undo();
			} else {
				return;
			}
			event.doit = false;
		});
		update();
	}

	private void createUndoBar(Composite parent) {
		undoBar = new Composite(parent, SWT.NONE);
		undoBar.setData(TEST_ID, "explorer.undoBar"); //$NON-NLS-1$
		GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 4).applyTo(undoBar);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(undoBar);
		undoBar.setVisible(false);
		undoText = new Label(undoBar, SWT.WRAP);
		undoText.setData(TEST_ID, "explorer.undoText"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(undoText);
		undoButton = new Button(undoBar, SWT.PUSH);
		undoButton.setData(TEST_ID, "explorer.undo"); //$NON-NLS-1$
		undoButton.setToolTipText(Messages.Explorer_undoTooltip);
		undoButton.addListener(SWT.Selection, event -> undo());
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			java.util.Optional<ExplorerItem> file = selectedFile();
			manager.add(action(Messages.Explorer_open, file.isPresent(), () -> file.ifPresent(this::open)));
			manager.add(action(Messages.Explorer_rename, file.isPresent(), () -> file.ifPresent(this::rename)));
			manager.add(action(Messages.Explorer_delete, file.isPresent(), () -> file.ifPresent(this::delete)));
			if (lastChange != null) {
				manager.add(new Separator());
				FileRefactoring.Undoable change = lastChange;
				manager.add(action(change.undoLabel() + "\tCtrl+Z", true, this::undo)); //$NON-NLS-1$
			}
		});
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
	}

	private static Action action(String label, boolean enabled, Runnable run) {
		Action action = new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	/** The selected row when it is a file that can be renamed or deleted: a definition file or a collection. */
	private java.util.Optional<ExplorerItem> selectedFile() {
		if (viewer.getStructuredSelection().getFirstElement() instanceof ExplorerItem item && item.file() != null
				&& (item.kind() == Kind.FILE || item.kind() == Kind.COLLECTION)) {
			return java.util.Optional.of(item);
		}
		return java.util.Optional.empty();
	}

	private FileRefactoring refactoring() {
		Workspace open = workspace;
		return open == null ? null : new FileRefactoring(open.root(), open.manifest());
	}

	/**
	 * Refuses, with a message naming the file, when an editor holds unsaved edits of one of the files: a rename or
	 * delete would write or move the file under the editor, whose next save would then bring the old name back or
	 * overwrite the updated {@code $ref}s.
	 *
	 * @param subject the file the user renames or deletes
	 * @param files the files the change writes, moves or deletes
	 * @param title the title of the message
	 * @return true when no editor holds unsaved edits of them
	 */
	private boolean noUnsavedEdits(Path subject, Collection<Path> files, String title) {
		for (MPart part : models.findElements(application, UiContext.EDITOR_DESCRIPTOR, MPart.class)) {
			String edited = part.getPersistedState().get(UiContext.EDITOR_FILE);
			Path file = edited == null ? null : Path.of(edited).toAbsolutePath().normalize();
			if (part.isDirty() && file != null && files.contains(file)) {
				String message = file.equals(subject) ? NLS.bind(Messages.Explorer_unsavedEdits, relative(file))
						: NLS.bind(Messages.Explorer_unsavedEditsReferring, relative(file), subject.getFileName());
				MessageDialog.openInformation(viewer.getControl().getShell(), title, message);
				return false;
			}
		}
		return true;
	}

	private String relative(Path file) {
		Path root = workspace == null ? null : workspace.root();
		return root != null && file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/')
				: file.getFileName().toString();
	}

	/**
	 * Asks for a new name and renames the file, updating the {@code $ref}s that lead to it.
	 *
	 * @param item a file row
	 */
	void rename(ExplorerItem item) {
		FileRefactoring refactoring = refactoring();
		if (refactoring == null) {
			return;
		}
		Path file = item.file();
		String current = file.getFileName().toString();
		if (!noUnsavedEdits(file.toAbsolutePath().normalize(), refactoring.filesWrittenByRename(file), NLS.bind(Messages.Explorer_renameTitle, current))) {
			return;
		}
		InputDialog dialog = new InputDialog(viewer.getControl().getShell(), NLS.bind(Messages.Explorer_renameTitle, current),
				NLS.bind(Messages.Explorer_renameMessage, current), current, text -> {
					String name = text.strip();
					if (name.isEmpty() || name.equals(current)) {
						return ""; // not an error to shout about, just nothing to do yet //$NON-NLS-1$
					}
					if (name.contains("/") || name.contains("\\")) { //$NON-NLS-1$ //$NON-NLS-2$
						return NLS.bind(Messages.Refactoring_badName, name);
					}
					if (java.nio.file.Files.exists(file.resolveSibling(name)) && !name.equalsIgnoreCase(current)) {
						return NLS.bind(Messages.Refactoring_exists, name);
					}
					return null;
				}) {
			@Override
			public void create() {
				super.create();
				int dot = current.lastIndexOf('.');
				getText().setSelection(0, dot > 0 ? dot : current.length()); // the name without its extension
			}
		};
		if (dialog.open() != Window.OK) {
			return;
		}
		String name = dialog.getValue().strip();
		runChange(current, () -> refactoring.rename(file, name));
	}

	/**
	 * Asks for confirmation (naming the {@code $ref}s that would break) and moves the file into the trash.
	 *
	 * @param item a file row
	 */
	void delete(ExplorerItem item) {
		FileRefactoring refactoring = refactoring();
		if (refactoring == null) {
			return;
		}
		Path file = item.file();
		String name = file.getFileName().toString();
		if (!noUnsavedEdits(file.toAbsolutePath().normalize(), List.of(file.toAbsolutePath().normalize()), NLS.bind(Messages.Explorer_deleteTitle, name))) {
			return;
		}
		List<String> references = refactoring.referencesTo(file);
		String question = references.isEmpty() ? NLS.bind(Messages.Explorer_deleteMessage, name)
				: NLS.bind(Messages.Explorer_deleteReferenced, name, String.join("\n", references)); //$NON-NLS-1$
		if (!MessageDialog.openConfirm(viewer.getControl().getShell(), NLS.bind(Messages.Explorer_deleteTitle, name), question)) {
			return;
		}
		runChange(name, () -> refactoring.delete(file));
	}

	/** Takes back the last rename or delete. */
	void undo() {
		FileRefactoring.Undoable change = lastChange;
		if (change == null) {
			return;
		}
		try {
			change.undo();
			lastChange = null;
			showUndo(null);
		} catch (java.io.IOException e) {
			MessageDialog.openError(viewer.getControl().getShell(), change.undoLabel(), describe(e));
		}
	}

	private interface Change {
		FileRefactoring.Undoable run() throws java.io.IOException;
	}

	private void runChange(String name, Change change) {
		try {
			FileRefactoring.Undoable done = change.run();
			lastChange = done;
			showUndo(done);
		} catch (java.io.IOException e) {
			MessageDialog.openError(viewer.getControl().getShell(), NLS.bind(Messages.Explorer_refactoringFailed, name),
					describe(e));
		}
	}

	private static String describe(java.io.IOException e) {
		if (e instanceof java.nio.file.FileSystemException failure && failure.getReason() != null) {
			return failure.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	private void showUndo(FileRefactoring.Undoable change) {
		boolean show = change != null;
		if (show) {
			undoText.setText(change.description());
			undoButton.setText('&' + change.undoLabel());
		}
		undoBar.setVisible(show);
		((GridData) undoBar.getLayoutData()).exclude = !show;
		undoBar.getParent().layout(true, true);
		scheduleRefresh();
	}

	/**
	 * What the last rename or delete did, as the Explorer's undo bar says it, for tests.
	 *
	 * @return the description, or empty when there is nothing to undo
	 */
	public String undoDescription() {
		return lastChange == null ? "" : lastChange.description(); //$NON-NLS-1$
	}

	/**
	 * Shows the workspace once the workbench has opened it.
	 *
	 * @param opened the workspace, or null while none is open
	 */
	@Inject
	public void setWorkspace(@Optional Workspace opened) {
		if (workspace == opened) {
			return;
		}
		if (workspace != null) {
			workspace.removeListener(listener);
		}
		workspace = opened;
		if (workspace != null) {
			workspace.addListener(listener);
			scheduleRefresh();
		}
		update();
	}

	/**
	 * Rebuilds the tree after SpecSync changed the repository (commit, pull, switch...), whose branch and
	 * ahead/behind the tree shows; {@code .git} itself is not watched.
	 *
	 * @param folder the workspace's folder
	 */
	@Inject
	@Optional
	public void repositoryChanged(@UIEventTopic(UiContext.TOPIC_REPOSITORY_CHANGED) Object folder) {
		scheduleRefresh();
	}

	/**
	 * Shows why the workspace could not be opened.
	 *
	 * @param failure the cause and what to do, or null
	 */
	@Inject
	public void setError(@Optional @Named(UiContext.WORKSPACE_ERROR) String failure) {
		error = failure;
		update();
	}

	/**
	 * Notes which folder is being opened.
	 *
	 * @param opening the folder, or null when the workbench was started without one
	 */
	@Inject
	public void setFolder(@Optional @Named(UiContext.WORKSPACE_FOLDER) Path opening) {
		folder = opening;
		update();
	}

	private void update() {
		if (stack == null || stack.isDisposed()) {
			return;
		}
		if (workspace != null && viewer.getInput() != null) {
			layout.topControl = viewer.getControl();
		} else {
			if (error != null) {
				messageTitle.setText(Messages.Explorer_failedTitle);
				messageText.setText(error);
			} else if (folder != null) {
				messageTitle.setText(NLS.bind(Messages.Explorer_openingTitle, folder.getFileName()));
				messageText.setText(Messages.Explorer_opening);
			} else {
				messageTitle.setText(Messages.Explorer_noWorkspaceTitle);
				messageText.setText(Messages.Explorer_noWorkspace);
			}
			layout.topControl = message;
			message.layout(true, true);
		}
		stack.layout();
	}

	/** Rebuilds the tree in the background, once for a burst of changes. */
	private synchronized void scheduleRefresh() {
		Workspace target = workspace;
		if (target == null) {
			return;
		}
		if (refresh != null) {
			refresh.cancel();
		}
		refresh = Job.create(Messages.Explorer_refreshJob, monitor -> {
			ExplorerModel model = ExplorerModel.of(target);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			for (ExplorerModel.ApiProblems found : model.problems()) {
				problems.publish("api:" + found.apiId(), found.problems()); //$NON-NLS-1$
			}
			sync.asyncExec(() -> show(target, model.tree()));
			return Status.OK_STATUS;
		});
		refresh.setSystem(true);
		refresh.schedule(viewer == null || viewer.getInput() == null ? 0 : REFRESH_DELAY_MS);
	}

	private void show(Workspace shown, ExplorerItem tree) {
		if (viewer == null || viewer.getControl().isDisposed() || shown != workspace) {
			return;
		}
		boolean first = viewer.getInput() == null;
		Object[] expanded = viewer.getExpandedElements();
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(List.of(tree));
			if (first) {
				viewer.expandToLevel(4); // the workspace, its APIs, their files and collections
			} else {
				viewer.setExpandedElements(expanded);
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
		update();
	}

	private void open(ExplorerItem item) {
		if (item.file() == null || item.kind() == Kind.WORKSPACE) {
			viewer.setExpandedState(item, !viewer.getExpandedState(item));
			return;
		}
		if (item.kind() == Kind.FOLDER) {
			viewer.setExpandedState(item, !viewer.getExpandedState(item));
			return;
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(UiCommands.OPEN_FILE_PATH, item.file().toString());
		if (item.line() > 0) {
			parameters.put(UiCommands.OPEN_FILE_LINE, Integer.toString(item.line()));
		}
		ParameterizedCommand command = commands.createCommand(UiCommands.OPEN_FILE, parameters);
		if (command != null) {
			handlers.executeHandler(command);
		}
	}

	/**
	 * The rows currently shown, depth first, for tests and accessibility checks.
	 *
	 * @return the items, or empty before the workspace is shown
	 */
	public List<ExplorerItem> rows() {
		Object input = viewer == null ? null : viewer.getInput();
		java.util.ArrayList<ExplorerItem> all = new java.util.ArrayList<>();
		if (input instanceof List<?> roots) {
			roots.forEach(root -> collect((ExplorerItem) root, all));
		}
		return all;
	}

	private static void collect(ExplorerItem item, List<ExplorerItem> all) {
		all.add(item);
		item.children().forEach(child -> collect(child, all));
	}

	/** Gives the tree (or the message) the keyboard focus. */
	@Focus
	public void setFocus() {
		if (layout.topControl != null) {
			layout.topControl.setFocus();
		}
	}

	/** Stops listening to the workspace. */
	@PreDestroy
	public void dispose() {
		if (workspace != null) {
			workspace.removeListener(listener);
		}
		Job pending = refresh;
		if (pending != null) {
			pending.cancel();
		}
	}
}
