package dev.specsync.ui.editor.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.specsync.document.SourceDocument;

/**
 * The outline of the active definition editor: paths and their operations, schemas, responses. Selecting a row
 * shows its line in the editor. Follows the last active editor; empty (with a message) while none is open.
 */
public final class OutlinePart {

	private static final Map<String, RGB> METHOD_COLOURS = Map.of("GET", new RGB(0x1b, 0x7f, 0x3b), //$NON-NLS-1$
			"POST", new RGB(0xb2, 0x5e, 0x00), "PUT", new RGB(0x15, 0x5d, 0xb5), //$NON-NLS-1$ //$NON-NLS-2$
			"PATCH", new RGB(0x6a, 0x1b, 0x9a), "DELETE", new RGB(0xc6, 0x28, 0x28)); //$NON-NLS-1$ //$NON-NLS-2$

	private Composite stack;
	private StackLayout layout;
	private Label empty;
	private TreeViewer viewer;
	private LocalResourceManager resources;
	private DefinitionEditorPart editor;
	private final Consumer<DefinitionEditorPart> listener = this::show;

	/** Creates the part; the e4 injector calls this. */
	public OutlinePart() {
	}

	/**
	 * Creates the controls.
	 *
	 * @param parent the part's composite
	 */
	@PostConstruct
	public void createControls(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		stack = new Composite(parent, SWT.NONE);
		layout = new StackLayout();
		stack.setLayout(layout);
		Composite message = new Composite(stack, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(message);
		empty = new Label(message, SWT.WRAP);
		empty.setText(Messages.Outline_empty);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(empty);
		viewer = new TreeViewer(stack, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((OutlineNode) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()));
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof OutlineNode node && editor != null) {
				editor.revealLine(node.line());
			}
		});
		layout.topControl = message;
	}

	/**
	 * Follows the active part: the outline shows the last definition editor that was active.
	 *
	 * @param active the active part
	 */
	@Inject
	public void setActivePart(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
		if (active != null && active.getObject() instanceof DefinitionEditorPart activeEditor && activeEditor != editor) {
			if (editor != null) {
				editor.removeOutlineListener(listener);
			}
			editor = activeEditor;
			editor.addOutlineListener(listener);
			show(editor);
		}
	}

	private void show(DefinitionEditorPart shown) {
		if (viewer == null || viewer.getControl().isDisposed() || shown != editor) {
			return;
		}
		SourceDocument document = shown.document();
		if (document == null) {
			return;
		}
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(OutlineNode.of(document));
			viewer.expandToLevel(3); // sections, their entries, and the operations of each path
		} finally {
			viewer.getControl().setRedraw(true);
		}
		layout.topControl = viewer.getControl();
		stack.layout();
	}

	/** Gives the tree the keyboard focus. */
	@Focus
	public void setFocus() {
		stack.setFocus();
		if (layout.topControl != null) {
			layout.topControl.setFocus();
		}
	}

	/** Stops following the editor. */
	@PreDestroy
	public void dispose() {
		if (editor != null) {
			editor.removeOutlineListener(listener);
		}
	}

	private final class Labels extends LabelProvider implements IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			OutlineNode node = (OutlineNode) element;
			StyledString text = new StyledString();
			if (node.method() != null) {
				Color colour = resources.create(ColorDescriptor.createFrom(METHOD_COLOURS.getOrDefault(node.method(), new RGB(0x55, 0x5d, 0x6b))));
				text.append(node.method(), new StyledString.Styler() {
					@Override
					public void applyStyles(org.eclipse.swt.graphics.TextStyle style) {
						style.foreground = colour;
					}
				});
				text.append(' ');
			}
			text.append(node.label());
			if (!node.detail().isEmpty()) {
				text.append("  " + node.detail(), StyledString.COUNTER_STYLER); //$NON-NLS-1$
			}
			return text;
		}
	}
}
