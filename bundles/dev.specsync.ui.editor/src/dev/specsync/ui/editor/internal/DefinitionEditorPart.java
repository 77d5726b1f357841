package dev.specsync.ui.editor.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.Format;
import dev.specsync.document.Severity;
import dev.specsync.document.SourceDocument;
import dev.specsync.ui.workbench.Problems;
import dev.specsync.ui.workbench.Problems.Problem;
import dev.specsync.ui.workbench.UiContext;
import dev.specsync.workspace.Workspace;
import dev.specsync.workspace.WorkspaceChange;
import dev.specsync.workspace.WorkspaceListener;

/**
 * The editor of one definition file (JSON or YAML): coloured text with line numbers, problems as squiggles
 * and ruler icons, and a dirty state that the file watcher respects. Save (Ctrl+S) writes through the document
 * model: an unchanged file is not written at all, an edit changes only the edited lines. When the file changes
 * on disk, the editor reloads it if it holds no unsaved edits, and otherwise asks (in a bar above the text)
 * whether to keep the edits or load the file, overwriting nothing by itself.
 * <p>
 * The file is the part's persisted state {@value #FILE_KEY}. UI thread only, except the workspace listener,
 * which hands its work to the UI thread.
 */
public final class DefinitionEditorPart {

	/** The persisted-state key holding the edited file's absolute path. */
	public static final String FILE_KEY = UiContext.EDITOR_FILE;

	/** The widget data key under which UI tests find controls. */
	public static final String TEST_ID = "specsync.test.id"; //$NON-NLS-1$

	private static final int REPARSE_DELAY_MS = 300;
	private static final String CSS_CLASS = "org.eclipse.e4.ui.css.CssClassName"; //$NON-NLS-1$

	@Inject
	private MPart part;

	@Inject
	private UISynchronize sync;

	@Inject
	private Problems problems;

	private Workspace workspace;

	private Path file;
	private FileContent saved;
	private SourceDocument current;
	private LocalResourceManager resources;
	private SourceViewer viewer;
	private IDocument document;
	private AnnotationModel annotations;
	private Composite infobar;
	private Label infobarText;
	private Button keepButton;
	private Button loadButton;
	private Label banner;
	private boolean reparseScheduled;
	private final List<Consumer<DefinitionEditorPart>> outlineListeners = new CopyOnWriteArrayList<>();
	private final Runnable problemsListener = () -> sync.asyncExec(this::showAnnotations);
	private final WorkspaceListener workspaceListener = this::workspaceChanged;

	/** Creates the part; the e4 injector calls this. */
	public DefinitionEditorPart() {
	}

	/**
	 * Creates the controls and loads the file.
	 *
	 * @param parent the part's composite
	 */
	@PostConstruct
	public void createControls(Composite parent) {
		file = Path.of(part.getPersistedState().get(FILE_KEY)).toAbsolutePath().normalize();
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);

		createInfobar(parent);
		banner = new Label(parent, SWT.WRAP);
		banner.setData(TEST_ID, "editor.banner"); //$NON-NLS-1$
		banner.setData(CSS_CLASS, "specsync-infobar"); //$NON-NLS-1$
		hide(banner);

		Image error = image("error"); //$NON-NLS-1$
		Image warning = image("warning"); //$NON-NLS-1$
		Image info = image("info"); //$NON-NLS-1$
		ProblemAnnotation.Access access = new ProblemAnnotation.Access(error, warning, info);
		annotations = new AnnotationModel();
		CompositeRuler ruler = new CompositeRuler(4);
		AnnotationRulerColumn icons = new AnnotationRulerColumn(annotations, 16, access);
		for (String type : List.of(ProblemAnnotation.ERROR, ProblemAnnotation.WARNING, ProblemAnnotation.INFO)) {
			icons.addAnnotationType(type);
		}
		ruler.addDecorator(0, icons);
		LineNumberRulerColumn lines = new LineNumberRulerColumn();
		lines.setForeground(colour(new RGB(0x9a, 0xa3, 0xb1)));
		lines.setBackground(colour(new RGB(0xf7, 0xf8, 0xfa)));
		ruler.addDecorator(1, lines);
		ISharedTextColors colours = rgb -> colour(rgb);
		OverviewRuler overview = new OverviewRuler(access, 12, colours);
		overview.addAnnotationType(ProblemAnnotation.ERROR);
		overview.setAnnotationTypeColor(ProblemAnnotation.ERROR, colour(new RGB(0xd9, 0x30, 0x25)));
		overview.setAnnotationTypeLayer(ProblemAnnotation.ERROR, 2);
		overview.addAnnotationType(ProblemAnnotation.WARNING);
		overview.setAnnotationTypeColor(ProblemAnnotation.WARNING, colour(new RGB(0xf2, 0xa6, 0x00)));
		overview.setAnnotationTypeLayer(ProblemAnnotation.WARNING, 1);
		overview.addHeaderAnnotationType(ProblemAnnotation.ERROR);
		overview.addHeaderAnnotationType(ProblemAnnotation.WARNING);

		viewer = new SourceViewer(parent, ruler, overview, true, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		Format format = Format.fromFileName(file.getFileName().toString());
		viewer.configure(new Configuration(format));
		StyledText text = viewer.getTextWidget();
		text.setFont(JFaceResources.getTextFont());
		text.setData(TEST_ID, "editor.text"); //$NON-NLS-1$
		text.setLeftMargin(6);
		text.setTabs(2);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());

		AnnotationPainter painter = new AnnotationPainter(viewer, access);
		String squiggles = "dev.specsync.ui.editor.squiggles"; //$NON-NLS-1$
		painter.addTextStyleStrategy(squiggles, new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_SQUIGGLE));
		painter.addAnnotationType(ProblemAnnotation.ERROR, squiggles);
		painter.setAnnotationTypeColor(ProblemAnnotation.ERROR, colour(new RGB(0xd9, 0x30, 0x25)));
		painter.addAnnotationType(ProblemAnnotation.WARNING, squiggles);
		painter.setAnnotationTypeColor(ProblemAnnotation.WARNING, colour(new RGB(0xe0, 0x9b, 0x00)));
		viewer.addPainter(painter);

		document = new Document();
		load(false);
		document.addDocumentListener(new IDocumentListener() {
			@Override
			public void documentAboutToBeChanged(DocumentEvent event) {
				// nothing before
			}

			@Override
			public void documentChanged(DocumentEvent event) {
				edited();
			}
		});
		viewer.setDocument(document, annotations);
		if (workspace != null) {
			workspace.addListener(workspaceListener);
		}
		problems.addListener(problemsListener);
		publishProblems();
	}

	/**
	 * Follows the open workspace (an editor restored at start-up exists before the workspace is open).
	 *
	 * @param opened the workspace, or null
	 */
	@Inject
	public void setWorkspace(@Optional Workspace opened) {
		if (opened == workspace) {
			return;
		}
		boolean created = viewer != null;
		if (workspace != null && created) {
			workspace.removeListener(workspaceListener);
		}
		workspace = opened;
		if (workspace != null && created) {
			workspace.addListener(workspaceListener);
			workspace.setUnsavedEdits(file, part.isDirty());
		}
	}

	private void createInfobar(Composite parent) {
		infobar = new Composite(parent, SWT.NONE);
		infobar.setData(CSS_CLASS, "specsync-infobar"); //$NON-NLS-1$
		infobar.setData(TEST_ID, "editor.infobar"); //$NON-NLS-1$
		GridLayoutFactory.swtDefaults().numColumns(4).margins(10, 6).spacing(10, 0).applyTo(infobar);
		Label icon = new Label(infobar, SWT.NONE);
		icon.setImage(image("warning")); //$NON-NLS-1$
		infobarText = new Label(infobar, SWT.WRAP);
		infobarText.setData(TEST_ID, "editor.infobar.text"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(infobarText);
		keepButton = new Button(infobar, SWT.PUSH);
		keepButton.setText(Messages.Editor_keepMine);
		keepButton.setData(TEST_ID, "editor.infobar.keep"); //$NON-NLS-1$
		keepButton.addListener(SWT.Selection, e -> keepMine());
		loadButton = new Button(infobar, SWT.PUSH);
		loadButton.setText(Messages.Editor_loadDisk);
		loadButton.setData(TEST_ID, "editor.infobar.load"); //$NON-NLS-1$
		loadButton.addListener(SWT.Selection, e -> loadFromDisk());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(infobar);
		hide(infobar);
	}

	private static void hide(org.eclipse.swt.widgets.Control control) {
		control.setVisible(false);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(control);
	}

	private static void show(org.eclipse.swt.widgets.Control control) {
		control.setVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).exclude(false).applyTo(control);
		control.getParent().layout(true, true);
	}

	private Image image(String name) {
		return resources.create(ImageDescriptor.createFromURL(DefinitionEditorPart.class.getResource("/icons/" + name + ".png"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Color colour(RGB rgb) {
		return resources.create(ColorDescriptor.createFrom(rgb));
	}

	/** Reads the file into the editor; keeps the caret and scroll position when reloading. */
	private void load(boolean reload) {
		String label = label();
		try {
			saved = FileContent.read(file, label);
		} catch (IOException e) {
			saved = null;
			document.set(""); //$NON-NLS-1$
			viewer.setEditable(false);
			showBanner(NLS.bind(Messages.Editor_cannotRead, label, e.getMessage()));
			return;
		}
		current = saved.document();
		int caret = reload ? viewer.getTextWidget().getCaretOffset() : 0;
		int top = reload ? viewer.getTopIndex() : 0;
		document.set(saved.text());
		if (reload) {
			viewer.getTextWidget().setCaretOffset(Math.min(caret, document.getLength()));
			viewer.setTopIndex(top);
		}
		viewer.setEditable(saved.writable());
		if (saved.writable()) {
			hide(banner);
		} else {
			showBanner(NLS.bind(Messages.Editor_notUtf8, label));
		}
		setDirty(false);
		publishProblems();
		notifyOutline();
	}

	private void showBanner(String text) {
		banner.setText(text);
		show(banner);
	}

	private String label() {
		if (workspace != null && file.startsWith(workspace.root())) {
			return workspace.root().relativize(file).toString().replace('\\', '/');
		}
		return file.getFileName().toString();
	}

	private void edited() {
		setDirty(saved != null && !document.get().equals(saved.text()));
		if (!reparseScheduled) {
			reparseScheduled = true;
			viewer.getControl().getDisplay().timerExec(REPARSE_DELAY_MS, () -> {
				reparseScheduled = false;
				if (!viewer.getControl().isDisposed()) {
					reparse();
				}
			});
		}
	}

	private void reparse() {
		if (saved == null) {
			return;
		}
		FileContent parsed = saved.withText(document.get());
		if (parsed.document() != null) {
			current = parsed.document();
			notifyOutline();
		}
		publish(parsed.diagnostics());
	}

	private void publishProblems() {
		if (saved != null) {
			publish(saved.diagnostics());
		}
	}

	private void publish(List<Diagnostic> diagnostics) {
		List<Problem> list = new ArrayList<>();
		for (Diagnostic d : diagnostics) {
			list.add(new Problem(file, label(), d.severity(), d.line(), d.column(), d.message(), d.hint()));
		}
		problems.publish(problemSource(), list);
	}

	private String problemSource() {
		return "editor:" + file; //$NON-NLS-1$
	}

	/** Shows every published problem of this file as an annotation. */
	private void showAnnotations() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Problem problem : problems.all()) {
			if (!problem.file().equals(file) || problem.line() <= 0 || problem.line() > document.getNumberOfLines()) {
				continue;
			}
			try {
				IRegion line = document.getLineInformation(problem.line() - 1);
				int start = line.getOffset() + Math.max(0, Math.min(problem.column() - 1, line.getLength()));
				int end = line.getOffset() + line.getLength();
				int length = Math.max(1, end - start);
				added.put(new ProblemAnnotation(problem), new Position(start, Math.min(length, document.getLength() - start)));
			} catch (BadLocationException e) {
				// a stale problem of a line that no longer exists
			}
		}
		List<Annotation> removed = new ArrayList<>();
		annotations.getAnnotationIterator().forEachRemaining(removed::add);
		annotations.replaceAnnotations(removed.toArray(Annotation[]::new), added);
	}

	private void setDirty(boolean dirty) {
		if (part.isDirty() != dirty) {
			part.setDirty(dirty);
		}
		if (workspace != null) {
			workspace.setUnsavedEdits(file, dirty);
		}
	}

	/**
	 * Saves the edited text: nothing is written when it equals the file, and only the edited lines change
	 * otherwise. A failure leaves the file and the edits as they were and says why.
	 */
	@Persist
	public void save() {
		if (saved == null || !saved.writable()) {
			return;
		}
		FileContent edited = saved.withText(document.get());
		try {
			saved = edited.save();
			setDirty(false);
			hide(infobar);
			viewer.getControl().getParent().layout(true, true);
			publishProblems();
		} catch (IOException e) {
			MessageDialog.openError(viewer.getControl().getShell(), Messages.Editor_saveFailedTitle,
					NLS.bind(Messages.Editor_saveFailed, label(), e.getMessage()));
		}
	}

	private void workspaceChanged(WorkspaceChange change) {
		boolean mine = change.rescanned();
		for (Path path : change.changed()) {
			mine |= workspace.root().resolve(path).normalize().equals(file);
		}
		for (Path path : change.conflicts()) {
			mine |= workspace.root().resolve(path).normalize().equals(file);
		}
		if (mine) {
			sync.asyncExec(this::checkDisk);
		}
	}

	/** Compares the file on disk with what the editor last read or wrote, and acts on a difference. */
	void checkDisk() {
		if (viewer == null || viewer.getControl().isDisposed() || saved == null) {
			return;
		}
		byte[] disk;
		try {
			disk = Files.exists(file) ? Files.readAllBytes(file) : null;
		} catch (IOException e) {
			return;
		}
		if (disk != null && Arrays.equals(disk, saved.bytes())) {
			return; // our own save, or a touch
		}
		if (!part.isDirty() && disk != null) {
			load(true);
			return;
		}
		infobarText.setText(disk == null ? NLS.bind(Messages.Editor_deletedWhileEditing, file.getFileName())
				: NLS.bind(Messages.Editor_changedWhileEditing, file.getFileName()));
		loadButton.setEnabled(disk != null);
		show(infobar);
	}

	/** Keeps the edits; the next save writes them over the file on disk. */
	void keepMine() {
		hide(infobar);
		infobar.getParent().layout(true, true);
		try {
			if (Files.exists(file)) {
				byte[] disk = Files.readAllBytes(file);
				saved = new FileContent(file, saved.label(), disk, saved.text(), saved.bom(), saved.document(),
						saved.diagnostics(), saved.writable());
			}
		} catch (IOException e) {
			// the bar comes back on the next change
		}
		setDirty(true);
	}

	/** Replaces the edits by the file's content on disk. */
	void loadFromDisk() {
		hide(infobar);
		load(true);
	}

	/**
	 * Shows and selects a line.
	 *
	 * @param line the 1-based line
	 */
	public void revealLine(int line) {
		if (line < 1 || line > document.getNumberOfLines()) {
			return;
		}
		try {
			IRegion region = document.getLineInformation(line - 1);
			viewer.setSelectedRange(region.getOffset(), region.getLength());
			viewer.revealRange(region.getOffset(), region.getLength());
		} catch (BadLocationException e) {
			// out of range: checked above
		}
	}

	/**
	 * The edited file.
	 *
	 * @return the absolute path
	 */
	public Path file() {
		return file;
	}

	/**
	 * The last edited text that parsed (the file's, until an edit parses).
	 *
	 * @return the document, or null when the file has never parsed
	 */
	public SourceDocument document() {
		return current;
	}

	/**
	 * The text viewer, for the outline and for tests.
	 *
	 * @return the viewer
	 */
	public SourceViewer viewer() {
		return viewer;
	}

	void addOutlineListener(Consumer<DefinitionEditorPart> listener) {
		outlineListeners.add(listener);
	}

	void removeOutlineListener(Consumer<DefinitionEditorPart> listener) {
		outlineListeners.remove(listener);
	}

	private void notifyOutline() {
		outlineListeners.forEach(l -> l.accept(this));
	}

	/** Gives the text the keyboard focus. */
	@Focus
	public void setFocus() {
		viewer.getTextWidget().setFocus();
	}

	/** Withdraws the editor's problems and unsaved-edits mark. */
	@PreDestroy
	public void dispose() {
		problems.removeListener(problemsListener);
		problems.publish(problemSource(), List.of());
		if (workspace != null) {
			workspace.removeListener(workspaceListener);
			workspace.setUnsavedEdits(file, false);
		}
		outlineListeners.clear();
	}

	/** Colours, hovers and tabs for JSON or YAML. */
	private final class Configuration extends SourceViewerConfiguration {
		private final Format format;

		Configuration(Format format) {
			this.format = format;
		}

		@Override
		public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
			PresentationReconciler reconciler = new PresentationReconciler();
			SyntaxScanner scanner = new SyntaxScanner(format, resources);
			DefaultDamagerRepairer repairer = format == Format.YAML ? new BlockDamagerRepairer(scanner)
					: new DefaultDamagerRepairer(scanner);
			reconciler.setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
			reconciler.setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
			return reconciler;
		}

		@Override
		public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
			return new DefaultAnnotationHover();
		}

		@Override
		public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
			return new DefaultTextHover(sourceViewer);
		}

		@Override
		public int getTabWidth(ISourceViewer sourceViewer) {
			return 2;
		}
	}

	/** @return the number of error annotations shown, for tests */
	int errorAnnotations() {
		int[] count = { 0 };
		annotations.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof ProblemAnnotation p && p.problem().severity() == Severity.ERROR) {
				count[0]++;
			}
		});
		return count[0];
	}
}
