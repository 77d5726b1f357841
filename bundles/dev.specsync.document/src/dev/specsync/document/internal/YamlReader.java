package dev.specsync.document.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import dev.specsync.document.DocumentException;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.Node;
import dev.specsync.document.ScalarStyle;
import dev.specsync.document.ScalarType;

/**
 * Builds positioned nodes from snakeyaml-engine parser events (no composer: aliases stay aliases). Enforces
 * alias count and alias expansion limits, rejects multi-document streams and records quoting statistics.
 */
public final class YamlReader {
	private record Anchored(Node node, long expandedSize) {
	}

	private final String text;
	private final Problems problems;
	private final LoadOptions options;
	private final TreeBuilder builder;
	private final CodePointOffsets offsets;
	private final HashMap<String, Anchored> anchors = new HashMap<>();
	private String[] openAnchors = new String[32];
	private boolean[] openFlow = new boolean[32];
	private int aliases;
	private long aliasExpansion;
	private int singleQuoted;
	private int doubleQuoted;
	private Boolean indentedSequences;

	/**
	 * Prepares a read; {@link #parse()} does the work.
	 *
	 * @param text the whole text
	 * @param problems where warnings go and errors are built
	 * @param options the depth, alias and duplicate key limits
	 */
	public YamlReader(String text, Problems problems, LoadOptions options) {
		this.text = text;
		this.problems = problems;
		this.options = options;
		this.builder = new TreeBuilder(problems, options);
		this.offsets = new CodePointOffsets(text);
	}

	/**
	 * Parses the text; call once.
	 *
	 * @return the root node of the single document
	 * @throws DocumentException when the YAML is malformed, holds no or several documents, or exceeds a limit
	 */
	public Node parse() throws DocumentException {
		LoadSettings settings = LoadSettings.builder()
				.setLabel(problems.path())
				.setCodePointLimit(Math.max(text.length() + 1, 1024))
				.setUseMarks(true)
				.build();
		ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
		int documents = 0;
		try {
			while (parser.hasNext()) {
				Event e = parser.next();
				switch (e.getEventId()) {
					case DocumentStart -> {
						if (++documents > 1) {
							throw problems.error(offset(e.getStartMark()),
									"file contains more than one YAML document; the second one starts here",
									"an OpenAPI file holds one document: remove the '---' line or split the file");
						}
					}
					case MappingStart, SequenceStart -> open((CollectionStartEvent) e);
					case MappingEnd, SequenceEnd -> close(e);
					case Scalar -> scalar((ScalarEvent) e);
					case Alias -> alias((AliasEvent) e);
					default -> {
					}
				}
			}
		} catch (MarkedYamlEngineException ex) {
			throw translate(ex);
		} catch (YamlEngineException ex) {
			throw problems.error(0, "YAML error: " + ex.getMessage(), null);
		}
		if (builder.root() == null) {
			throw problems.error(0, text.isEmpty() ? "file is empty" : "file contains no YAML document",
					"an OpenAPI file needs at least 'openapi:' and 'info:'");
		}
		return builder.root();
	}

	/**
	 * Counts single-quoted scalars, after {@link #parse()}.
	 *
	 * @return the number of {@code 'text'} scalars
	 */
	public int singleQuoted() {
		return singleQuoted;
	}

	/**
	 * Counts double-quoted scalars, after {@link #parse()}.
	 *
	 * @return the number of {@code "text"} scalars
	 */
	public int doubleQuoted() {
		return doubleQuoted;
	}

	/** Whether block sequences under a mapping key are indented; null when the file has none. */
	public Boolean indentedSequences() {
		return indentedSequences;
	}

	private void open(CollectionStartEvent e) throws DocumentException {
		int start = offset(e.getStartMark());
		boolean isMapping = e.getEventId() == Event.ID.MappingStart;
		if (!e.isFlow() && indentedSequences == null && !isMapping && builder.depth() > 0
				&& !openFlow[builder.depth() - 1] && builder.lastChild() != null && !builder.expectsKey()
				&& isMappingFrame()) {
			LineIndex li = problems.lines();
			indentedSequences = li.position(start).column() > li.position(builder.lastChild().start()).column();
		}
		String anchor = e.getAnchor().map(Anchor::getValue).orElse(null);
		int depth = builder.depth();
		builder.open(isMapping, start, e.isFlow(), Props.of(anchor, e.getTag().orElse(null)));
		if (depth == openAnchors.length) {
			openAnchors = Arrays.copyOf(openAnchors, depth * 2);
			openFlow = Arrays.copyOf(openFlow, depth * 2);
		}
		openAnchors[depth] = anchor;
		openFlow[depth] = e.isFlow();
	}

	private boolean isMappingFrame() {
		// a value position inside a mapping: the builder holds an odd number of children (a key without value)
		return builder.lastChild() != null && ((builder.lastChildIndex() & 1) == 0) && builder.inMapping();
	}

	private void close(Event e) {
		int depth = builder.depth() - 1;
		int end = openFlow[depth] ? offset(e.getEndMark()) : -1;
		Node n = builder.close(end);
		if (openAnchors[depth] != null) {
			anchors.put(openAnchors[depth], new Anchored(n, builder.lastExpanded()));
			openAnchors[depth] = null;
		}
	}

	private void scalar(ScalarEvent e) {
		int start = offset(e.getStartMark());
		int end = offset(e.getEndMark());
		ScalarStyle style = switch (e.getScalarStyle()) {
			case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
			case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
			case LITERAL -> ScalarStyle.LITERAL;
			case FOLDED -> ScalarStyle.FOLDED;
			default -> ScalarStyle.PLAIN;
		};
		String tag = e.getTag().orElse(null);
		String anchor = e.getAnchor().map(Anchor::getValue).orElse(null);
		String value = e.getValue();
		ScalarType type;
		if (tag == null) {
			type = style == ScalarStyle.PLAIN ? Scalars.resolvePlain(value) : ScalarType.STRING;
		} else {
			ScalarType t = Scalars.fromTag(tag);
			type = t != null ? t : ScalarType.STRING;
		}
		if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
			while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
		} else if (style == ScalarStyle.SINGLE_QUOTED) {
			singleQuoted++;
		} else if (style == ScalarStyle.DOUBLE_QUOTED) {
			doubleQuoted++;
		} else if (value.isEmpty() && tag == null && anchor == null) {
			start = end = emptyValueOffset(start);
		}
		boolean key = builder.expectsKey();
		if (key || value.length() <= 24) {
			value = builder.intern(value);
		}
		Node n = new EagerScalar(start, end, type, style, value, Props.of(anchor, tag));
		builder.add(n);
		if (anchor != null) {
			anchors.put(anchor, new Anchored(n, 1));
		}
	}

	/** An empty mapping value sits right after its key's ':' (snakeyaml places it at the next token). */
	private int emptyValueOffset(int reported) {
		if (builder.depth() == 0 || builder.expectsKey() || !builder.inMapping() || builder.lastChild() == null) {
			return reported;
		}
		int i = builder.lastChild().end();
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return i < text.length() && text.charAt(i) == ':' ? i + 1 : reported;
	}

	private void alias(AliasEvent e) throws DocumentException {
		int start = offset(e.getStartMark());
		String name = e.getAlias().getValue();
		Anchored target = anchors.get(name);
		if (target == null) {
			for (int d = 0; d < builder.depth(); d++) {
				if (name.equals(openAnchors[d])) {
					throw problems.error(start, "alias *" + name + " refers to a node that contains it (recursive alias)",
							"recursive structures cannot be represented in JSON; use a $ref instead");
				}
			}
			throw problems.error(start, "alias *" + name + " is not defined before this point",
					"define the anchor &" + name + " earlier in the file");
		}
		if (++aliases > options.maxAliases()) {
			throw problems.error(start, "file uses more than " + options.maxAliases() + " aliases",
					"this looks like an alias bomb; raise LoadOptions.maxAliases if the file is trusted");
		}
		aliasExpansion += target.expandedSize();
		if (aliasExpansion > options.maxAliasExpansion() || aliasExpansion < 0) {
			throw problems.error(start, "aliases would expand to more than " + options.maxAliasExpansion()
							+ " nodes (a \"billion laughs\" alias bomb?)",
					"the file is refused to protect memory; raise LoadOptions.maxAliasExpansion if it is trusted");
		}
		builder.add(new AliasImpl(start, offset(e.getEndMark()), name, target.node()), target.expandedSize());
	}

	private int offset(Optional<Mark> mark) {
		return mark.map(m -> Math.min(offsets.toCharOffset(m.getIndex()), text.length())).orElse(0);
	}

	private DocumentException translate(MarkedYamlEngineException ex) {
		int at = offset(ex.getProblemMark().or(ex::getContextMark));
		String problem = ex.getProblem() == null ? "invalid YAML" : ex.getProblem().strip();
		StringBuilder message = new StringBuilder();
		if (problem.startsWith("expected <block end>")) {
			message.append("this line is not aligned with the entries before it; YAML parser: ");
		}
		message.append(problem);
		String hint = null;
		if (ex.getContext() != null && ex.getContextMark().isPresent()) {
			int ctx = offset(ex.getContextMark());
			message.append(" (").append(ex.getContext().strip()).append(" at ").append(problems.where(ctx)).append(')');
		}
		LineIndex li = problems.lines();
		int lineStart = li.lineStart(li.lineOf(at));
		boolean tab = at < text.length() && text.charAt(at) == '\t';
		for (int i = lineStart; i < at && !tab; i++) {
			char c = text.charAt(i);
			if (c == '\t') {
				tab = true;
			} else if (c != ' ') {
				break;
			}
		}
		if (tab) {
			hint = "YAML does not allow tabs for indentation; indent with spaces";
		} else if (problem.contains("expected <block end>") || problem.contains("mapping values are not allowed")
				|| problem.contains("expected <block mapping start>") || problem.contains("did not find expected key")) {
			hint = "check the indentation: entries of one mapping or sequence must start in the same column, "
					+ "and a nested value must be indented more than its key";
		}
		return problems.error(at, message.toString(), hint);
	}
}
