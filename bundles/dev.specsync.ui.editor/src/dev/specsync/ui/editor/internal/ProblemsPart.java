package dev.specsync.ui.editor.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.specsync.document.Severity;
import dev.specsync.ui.workbench.Problems;
import dev.specsync.ui.workbench.Problems.Problem;
import dev.specsync.ui.workbench.UiCommands;

/**
 * The Problems part: every problem published by the APIs' validation and the open editors, most severe first,
 * with the file and line; double click or Enter opens the file at that line. A summary line counts them.
 */
public final class ProblemsPart {

	/** The widget data key under which UI tests find controls. */
	public static final String TEST_ID = "specsync.test.id"; //$NON-NLS-1$

	@Inject
	private Problems problems;

	@Inject
	private UISynchronize sync;

	@Inject
	private ECommandService commands;

	@Inject
	private EHandlerService handlers;

	private TableViewer viewer;
	private Label summary;
	private final Runnable listener = () -> sync.asyncExec(this::refresh);

	/** Creates the part; the e4 injector calls this. */
	public ProblemsPart() {
	}

	/**
	 * Creates the controls.
	 *
	 * @param parent the part's composite
	 */
	@PostConstruct
	public void createControls(Composite parent) {
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		Map<Severity, Image> icons = Map.of(Severity.ERROR, icon(resources, "error"), //$NON-NLS-1$
				Severity.WARNING, icon(resources, "warning"), Severity.INFO, icon(resources, "info")); //$NON-NLS-1$ //$NON-NLS-2$
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		summary.setData(TEST_ID, "problems.summary"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 4).applyTo(summary);

		Composite tableArea = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).indent(0, 4).applyTo(tableArea);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(false);
		viewer.getTable().setData(TEST_ID, "problems.table"); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);

		column(columns, Messages.Problems_description, 70, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Problem) element).message();
			}

			@Override
			public Image getImage(Object element) {
				return icons.get(((Problem) element).severity());
			}

			@Override
			public String getToolTipText(Object element) {
				Problem p = (Problem) element;
				return p.hint() == null ? p.message() : p.message() + "\n" + p.hint(); //$NON-NLS-1$
			}
		});
		column(columns, Messages.Problems_file, 22, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Problem) element).label();
			}
		});
		column(columns, Messages.Problems_line, 8, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				int line = ((Problem) element).line();
				return line > 0 ? Integer.toString(line) : ""; //$NON-NLS-1$
			}
		});
		viewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Problem problem) {
				open(problem);
			}
		});
		problems.addListener(listener);
		refresh();
	}

	private static Image icon(LocalResourceManager resources, String name) {
		return resources.create(ImageDescriptor.createFromURL(ProblemsPart.class.getResource("/icons/" + name + ".png"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void column(TableColumnLayout columns, String title, int weight, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.setLabelProvider(labels);
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Problem> all = problems.all();
		viewer.setInput(all);
		long errors = all.stream().filter(p -> p.severity() == Severity.ERROR).count();
		long warnings = all.stream().filter(p -> p.severity() == Severity.WARNING).count();
		summary.setText(all.isEmpty() ? Messages.Problems_none
				: NLS.bind(Messages.Problems_summary, new Object[] { Long.valueOf(errors), Long.valueOf(warnings),
						Long.valueOf(all.size() - errors - warnings) }));
		summary.getParent().layout(true, true);
	}

	private void open(Problem problem) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(UiCommands.OPEN_FILE_PATH, problem.file().toString());
		if (problem.line() > 0) {
			parameters.put(UiCommands.OPEN_FILE_LINE, Integer.toString(problem.line()));
		}
		ParameterizedCommand command = commands.createCommand(UiCommands.OPEN_FILE, parameters);
		if (command != null) {
			handlers.executeHandler(command);
		}
	}

	/** Gives the table the keyboard focus. */
	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Stops listening. */
	@PreDestroy
	public void dispose() {
		problems.removeListener(listener);
	}
}
