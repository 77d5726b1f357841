package dev.specsync.ui.editor.internal;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;

/**
 * Repaints the changed lines and the lines indented below them, because typing {@code |} or {@code >} in
 * YAML turns the indented lines below into one block of text (and deleting it turns them back).
 */
final class BlockDamagerRepairer extends DefaultDamagerRepairer {

	private static final int MAX_LINES = 2000;

	BlockDamagerRepairer(ITokenScanner scanner) {
		super(scanner);
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		IRegion damage = super.getDamageRegion(partition, event, documentPartitioningChanged);
		try {
			int firstLine = fDocument.getLineOfOffset(damage.getOffset());
			int indent = indentation(firstLine);
			int lastLine = fDocument.getLineOfOffset(damage.getOffset() + damage.getLength());
			int lines = fDocument.getNumberOfLines();
			int limit = Math.min(lines - 1, lastLine + MAX_LINES);
			int line = lastLine + 1;
			while (line <= limit) {
				IRegion info = fDocument.getLineInformation(line);
				String text = fDocument.get(info.getOffset(), info.getLength());
				if (!text.isBlank() && indentation(line) <= indent) {
					break;
				}
				line++;
			}
			if (line - 1 > lastLine) {
				IRegion last = fDocument.getLineInformation(line - 1);
				int end = last.getOffset() + last.getLength();
				return new Region(damage.getOffset(), end - damage.getOffset());
			}
		} catch (BadLocationException e) {
			// the default damage then
		}
		return damage;
	}

	private int indentation(int line) throws BadLocationException {
		IRegion info = fDocument.getLineInformation(line);
		int i = 0;
		while (i < info.getLength() && fDocument.getChar(info.getOffset() + i) == ' ') {
			i++;
		}
		return i;
	}
}
