package dev.specsync.ui.explorer.internal;

import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.TextStyle;

import dev.specsync.ui.explorer.internal.ExplorerItem.Kind;

/**
 * Labels of the Explorer rows: an icon by kind, the name, and grey details (status, branch, "root"); changed
 * files carry a coloured Git mark, requests their HTTP method in the method's colour.
 */
final class ExplorerLabels extends LabelProvider implements IStyledLabelProvider {

	private static final Map<String, RGB> METHOD_COLOURS = Map.of("GET", new RGB(0x1b, 0x7f, 0x3b), //$NON-NLS-1$
			"POST", new RGB(0xb2, 0x5e, 0x00), "PUT", new RGB(0x15, 0x5d, 0xb5), //$NON-NLS-1$ //$NON-NLS-2$
			"PATCH", new RGB(0x6a, 0x1b, 0x9a), "DELETE", new RGB(0xc6, 0x28, 0x28)); //$NON-NLS-1$ //$NON-NLS-2$
	private static final RGB OTHER_METHOD = new RGB(0x55, 0x5d, 0x6b);
	private static final RGB MODIFIED = new RGB(0x9a, 0x5b, 0x00);
	private static final RGB ADDED = new RGB(0x1b, 0x7f, 0x3b);
	private static final RGB CONFLICT = new RGB(0xc6, 0x28, 0x28);

	private final ResourceManager resources;

	ExplorerLabels(org.eclipse.swt.widgets.Control owner) {
		this.resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (!(element instanceof ExplorerItem item)) {
			return new StyledString(String.valueOf(element));
		}
		StyledString text = new StyledString();
		if (item.kind() == Kind.REQUEST && item.method() != null) {
			text.append(item.method(), styler(METHOD_COLOURS.getOrDefault(item.method(), OTHER_METHOD), true));
			text.append(' ');
		}
		if (item.kind() == Kind.MESSAGE) {
			text.append(item.label(), StyledString.QUALIFIER_STYLER);
			return text;
		}
		text.append(item.label(), item.git() == null ? null : styler(gitColour(item), false));
		if (item.git() != null) {
			text.append("  " + gitText(item), styler(gitColour(item), false)); //$NON-NLS-1$
		}
		if (!item.detail().isEmpty()) {
			text.append("  " + item.detail(), StyledString.QUALIFIER_STYLER); //$NON-NLS-1$
		}
		if (item.problems() > 0 && item.kind() == Kind.API) {
			text.append("  " + NLS.bind(Messages.Explorer_errors, Integer.valueOf(item.problems())), //$NON-NLS-1$
					styler(CONFLICT, false));
		}
		return text;
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		if (!(element instanceof ExplorerItem item)) {
			return null;
		}
		String name = switch (item.kind()) {
		case WORKSPACE -> "repository"; //$NON-NLS-1$
		case API -> "api"; //$NON-NLS-1$
		case DEFINITION -> "definition"; //$NON-NLS-1$
		case COLLECTIONS, FOLDER -> "folder"; //$NON-NLS-1$
		case FILE -> item.problems() > 0 ? "file-error" //$NON-NLS-1$
				: item.file() != null && item.file().toString().endsWith(".json") ? "file-json" : "file-yaml"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case COLLECTION -> "collection"; //$NON-NLS-1$
		case REQUEST, MESSAGE -> null;
		};
		if (name == null) {
			return null;
		}
		ImageDescriptor descriptor = ImageDescriptor.createFromURL(ExplorerLabels.class.getResource("/icons/" + name + ".png")); //$NON-NLS-1$ //$NON-NLS-2$
		return resources.create(descriptor);
	}

	private static String gitText(ExplorerItem item) {
		return switch (item.git()) {
		case MODIFIED -> Messages.Explorer_modified;
		case ADDED -> Messages.Explorer_added;
		case CONFLICT -> Messages.Explorer_conflict;
		};
	}

	private static RGB gitColour(ExplorerItem item) {
		return switch (item.git()) {
		case MODIFIED -> MODIFIED;
		case ADDED -> ADDED;
		case CONFLICT -> CONFLICT;
		};
	}

	private Styler styler(RGB rgb, boolean bold) {
		Color colour = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(rgb));
		return new Styler() {
			@Override
			public void applyStyles(TextStyle style) {
				style.foreground = colour;
				if (bold) {
					style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
				}
			}
		};
	}
}
