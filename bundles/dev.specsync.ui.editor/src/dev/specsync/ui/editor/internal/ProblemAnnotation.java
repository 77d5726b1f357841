package dev.specsync.ui.editor.internal;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.jface.text.source.ImageUtilities;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

import dev.specsync.document.Severity;
import dev.specsync.ui.workbench.Problems.Problem;

/** A problem of the edited file, shown as a squiggle in the text, an icon in the ruler and a mark in the overview. */
final class ProblemAnnotation extends Annotation {

	/** The annotation type of errors. */
	static final String ERROR = "dev.specsync.ui.editor.error"; //$NON-NLS-1$
	/** The annotation type of warnings. */
	static final String WARNING = "dev.specsync.ui.editor.warning"; //$NON-NLS-1$
	/** The annotation type of information. */
	static final String INFO = "dev.specsync.ui.editor.info"; //$NON-NLS-1$

	private final Problem problem;

	ProblemAnnotation(Problem problem) {
		super(type(problem.severity()), false, problem.hint() == null ? problem.message()
				: problem.message() + "\n" + problem.hint()); //$NON-NLS-1$
		this.problem = problem;
	}

	Problem problem() {
		return problem;
	}

	private static String type(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		case INFO -> INFO;
		};
	}

	/** How the viewer's rulers and painter see problem annotations. */
	static final class Access implements IAnnotationAccess, IAnnotationAccessExtension {

		private final Image error;
		private final Image warning;
		private final Image info;

		Access(Image error, Image warning, Image info) {
			this.error = error;
			this.warning = warning;
			this.info = info;
		}

		@Override
		public Object getType(Annotation annotation) {
			return annotation.getType();
		}

		@Override
		public boolean isMultiLine(Annotation annotation) {
			return true;
		}

		@Override
		public boolean isTemporary(Annotation annotation) {
			return true;
		}

		@Override
		public String getTypeLabel(Annotation annotation) {
			return annotation.getType();
		}

		@Override
		public int getLayer(Annotation annotation) {
			return ERROR.equals(annotation.getType()) ? 2 : WARNING.equals(annotation.getType()) ? 1 : 0;
		}

		@Override
		public void paint(Annotation annotation, GC gc, Canvas canvas, Rectangle bounds) {
			Image image = ERROR.equals(annotation.getType()) ? error : WARNING.equals(annotation.getType()) ? warning : info;
			ImageUtilities.drawImage(image, gc, canvas, bounds, SWT.CENTER, SWT.TOP);
		}

		@Override
		public boolean isPaintable(Annotation annotation) {
			return annotation instanceof ProblemAnnotation;
		}

		@Override
		public boolean isSubtype(Object annotationType, Object potentialSupertype) {
			return annotationType.equals(potentialSupertype);
		}

		@Override
		public Object[] getSupertypes(Object annotationType) {
			return new Object[] { annotationType };
		}
	}
}
