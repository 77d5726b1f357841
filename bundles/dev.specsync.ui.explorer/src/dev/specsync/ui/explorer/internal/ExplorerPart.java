package dev.specsync.ui.explorer.internal;

import java.nio.file.Path;
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
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
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

	private Composite stack;
	private StackLayout layout;
	private Composite message;
	private Label messageTitle;
	private Label messageText;
	private TreeViewer viewer;

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
		stack = new Composite(parent, SWT.NONE);
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
		update();
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
