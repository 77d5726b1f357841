package dev.specsync.ui.editor.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

import dev.specsync.document.Format;

/**
 * The token scanner of the presentation reconciler: colours a range of a JSON or YAML document with
 * {@link SyntaxLexer}. Used on the UI thread only.
 */
final class SyntaxScanner implements ITokenScanner {

	private final Format format;
	private final Map<TokenKind, IToken> tokens = new EnumMap<>(TokenKind.class);
	private List<SyntaxLexer.Token> found = List.of();
	private int index;
	private int position;
	private int end;
	private int tokenOffset;
	private int tokenLength;

	SyntaxScanner(Format format, ResourceManager resources) {
		this.format = format;
		for (TokenKind kind : TokenKind.values()) {
			tokens.put(kind, new Token(new TextAttribute(resources.create(ColorDescriptor.createFrom(kind.colour())), null,
					kind.style())));
		}
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		CharSequence text = new DocumentText(document);
		int start = offset;
		try {
			start = document.getLineOffset(document.getLineOfOffset(offset));
		} catch (BadLocationException e) {
			// keep the offset
		}
		found = format == Format.JSON ? SyntaxLexer.json(text, start, offset + length)
				: SyntaxLexer.yaml(text, start, offset + length, SyntaxLexer.startsInBlockScalar(text, start));
		index = 0;
		position = offset;
		end = offset + length;
	}

	@Override
	public IToken nextToken() {
		while (index < found.size() && found.get(index).offset() + found.get(index).length() <= position) {
			index++;
		}
		if (position >= end) {
			return Token.EOF;
		}
		if (index < found.size()) {
			SyntaxLexer.Token next = found.get(index);
			if (next.offset() > position) {
				tokenOffset = position;
				tokenLength = Math.min(next.offset(), end) - position;
				position += tokenLength;
				return Token.WHITESPACE;
			}
			tokenOffset = position;
			tokenLength = Math.min(next.offset() + next.length(), end) - position;
			position += tokenLength;
			index++;
			return tokens.get(next.kind());
		}
		tokenOffset = position;
		tokenLength = end - position;
		position = end;
		return Token.WHITESPACE;
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}

	/** A document as a char sequence, without copying it. */
	private record DocumentText(IDocument document) implements CharSequence {
		@Override
		public int length() {
			return document.getLength();
		}

		@Override
		public char charAt(int index) {
			try {
				return document.getChar(index);
			} catch (BadLocationException e) {
				throw new IndexOutOfBoundsException(index);
			}
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			try {
				return document.get(start, end - start);
			} catch (BadLocationException e) {
				throw new IndexOutOfBoundsException(start);
			}
		}

		@Override
		public String toString() {
			return document.get();
		}
	}
}
