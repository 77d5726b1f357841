package dev.specsync.ui.compare.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;

import dev.specsync.ui.editor.internal.SyntaxLexer;
import dev.specsync.ui.editor.internal.TokenKind;

/**
 * Colours the compare view's texts as the definition editor colours a definition: its lexer and its colours, so
 * that local, remote and the merged result read like the file in the editor. Changed-line backgrounds are line
 * backgrounds and stay.
 */
final class SyntaxColours {

	private final Map<TokenKind, Color> colours = new EnumMap<>(TokenKind.class);

	SyntaxColours() {
		for (TokenKind kind : TokenKind.values()) {
			colours.put(kind, new Color(kind.colour()));
		}
	}

	/**
	 * Colours a text's whole content.
	 *
	 * @param text the widget
	 * @param path the file's path, whose extension says JSON or YAML
	 */
	void apply(StyledText text, String path) {
		String content = text.getText();
		List<SyntaxLexer.Token> tokens = path.toLowerCase(Locale.ROOT).endsWith(".json") //$NON-NLS-1$
				? SyntaxLexer.json(content, 0, content.length())
				: SyntaxLexer.yaml(content, 0, content.length(), -1);
		StyleRange[] ranges = new StyleRange[tokens.size()];
		for (int i = 0; i < ranges.length; i++) {
			SyntaxLexer.Token token = tokens.get(i);
			ranges[i] = new StyleRange(token.offset(), token.length(), colours.get(token.kind()), null, token.kind().style());
		}
		text.setStyleRanges(ranges);
	}
}
