package dev.specsync.merge.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.Nodes;
import dev.specsync.document.SourceDocument;
import dev.specsync.merge.MergeException;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.MergeState;
import dev.specsync.merge.MergeStateStore;
import dev.specsync.merge.Merger;
import dev.specsync.merge.Resolution;
import dev.specsync.merge.Side;

/**
 * {@code specsync merge-resolve [PATH [choices] | --file ours|theirs | --abort]}: lists, continues, finishes or aborts
 * a merge the merge driver kept in {@link MergeStateStore}. Every choice is stored before anything else happens;
 * the working file is rewritten (atomically) with the resolutions so far.
 */
@Component(service = Command.class)
@CommandName(name = "merge-resolve")
public final class MergeResolveCommand implements Command {
	private final Merger merger;

	/**
	 * Creates the command; DS calls this.
	 *
	 * @param merger the merge service
	 */
	@Activate
	public MergeResolveCommand(@Reference Merger merger) {
		this.merger = merger;
	}

	@Override
	public String summary() {
		return Messages.Resolve_summary;
	}

	@Override
	public String usage() {
		return Messages.Resolve_usage;
	}

	@Override
	public int run(CommandContext context) {
		List<String> args = context.arguments();
		String path = null;
		List<Resolution> chosen = new ArrayList<>();
		String whole = null;
		boolean abort = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			boolean hasNext = i + 1 < args.size();
			switch (a) {
			case "--ours", "--theirs", "--both" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (!hasNext) {
					context.err().println(NLS.bind(Messages.Resolve_unknownOption, a));
					return ExitCode.USAGE;
				}
				String p = args.get(++i);
				chosen.add(switch (a) {
				case "--ours" -> Resolution.ours(p); //$NON-NLS-1$
				case "--theirs" -> Resolution.theirs(p); //$NON-NLS-1$
				default -> Resolution.both(p);
				});
			}
			case "--set" -> { //$NON-NLS-1$
				String spec = hasNext ? args.get(++i) : ""; //$NON-NLS-1$
				int eq = spec.indexOf('=');
				if (eq < 0) {
					context.err().println(NLS.bind(Messages.Resolve_badValue, spec));
					return ExitCode.USAGE;
				}
				try {
					Object value = Nodes.toJava(SourceDocument.parse("--set", spec.substring(eq + 1), Format.JSON, //$NON-NLS-1$
							LoadOptions.defaults()).root());
					chosen.add(Resolution.custom(spec.substring(0, eq), value));
				} catch (DocumentException e) {
					context.err().println(NLS.bind(Messages.Resolve_badValue, e.getMessage()));
					return ExitCode.USAGE;
				}
			}
			case "--file" -> { //$NON-NLS-1$
				whole = hasNext ? args.get(++i) : ""; //$NON-NLS-1$
				if (!whole.equals("ours") && !whole.equals("theirs")) { //$NON-NLS-1$ //$NON-NLS-2$
					context.err().println(NLS.bind(Messages.Resolve_unknownOption, "--file " + whole)); //$NON-NLS-1$
					return ExitCode.USAGE;
				}
			}
			case "--abort" -> abort = true; //$NON-NLS-1$
			case "--list" -> { //$NON-NLS-1$
				// the default when no choice is given
			}
			default -> {
				if (a.startsWith("-") || path != null) { //$NON-NLS-1$
					context.err().println(NLS.bind(Messages.Resolve_unknownOption, a));
					return ExitCode.USAGE;
				}
				path = a;
			}
			}
		}
		Optional<GitTree> found;
		try {
			found = GitTree.find(context.workingDirectory(), context.environment());
		} catch (IOException e) {
			found = Optional.empty();
		}
		if (found.isEmpty()) {
			context.err().println(NLS.bind(Messages.Resolve_noRepository, context.workingDirectory()));
			return ExitCode.USAGE;
		}
		GitTree tree = found.get();
		MergeStateStore store = new MergeStateStore(tree.gitDir());
		try {
			if (path == null) {
				return list(context, store);
			}
			String rel = tree.relative(context.workingDirectory(), path);
			Optional<MergeState> state = store.load(rel);
			if (state.isEmpty()) {
				context.err().println(NLS.bind(Messages.Resolve_noMerge, rel));
				return ExitCode.USAGE;
			}
			Path file = tree.workTree().resolve(rel);
			MergeResult result = merger.resume(state.get());
			if (abort) {
				Files2.write(file, result.wholeFile(Side.OURS));
				store.delete(rel);
				context.out().println(NLS.bind(Messages.Resolve_aborted, rel));
				return ExitCode.OK;
			}
			if (whole != null) {
				Files2.write(file, result.wholeFile(whole.equals("ours") ? Side.OURS : Side.THEIRS)); //$NON-NLS-1$
				store.delete(rel);
				context.out().println(NLS.bind(Messages.Resolve_wholeFile, rel, whole));
				return ExitCode.OK;
			}
			if (!chosen.isEmpty()) {
				try {
					result = result.resolve(chosen);
				} catch (MergeException e) {
					context.err().println(NLS.bind(Messages.Resolve_badChoice, e.getMessage()));
					return ExitCode.USAGE;
				}
				List<Resolution> all = new ArrayList<>(state.get().resolutions());
				all.addAll(chosen);
				store.save(new MergeState(state.get().request(), all));
				Files2.write(file, result.bytes());
			}
			if (result.isClean()) {
				store.delete(rel);
				context.out().println(NLS.bind(Messages.Resolve_done, rel));
				return ExitCode.OK;
			}
			context.out().println(NLS.bind(Messages.Resolve_open, rel, Integer.valueOf(result.conflicts().size())));
			Report.text(rel, result.conflicts(), context.out());
			if (!chosen.isEmpty()) {
				context.err().println(NLS.bind(Messages.Resolve_progress, rel, Integer.valueOf(result.conflicts().size())));
			}
			return ExitCode.PROBLEMS;
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.Merge_failed, Files2.reason(e)));
			return ExitCode.USAGE;
		} catch (MergeException e) {
			context.err().println(NLS.bind(Messages.Merge_failed, e.getMessage()));
			return ExitCode.USAGE;
		}
	}

	private int list(CommandContext context, MergeStateStore store) throws IOException, MergeException {
		List<MergeState> states = store.list();
		if (states.isEmpty()) {
			context.out().println(Messages.Resolve_noMerges);
			return ExitCode.OK;
		}
		for (MergeState s : states) {
			MergeResult r = merger.resume(s);
			context.out().println(NLS.bind(Messages.Resolve_open, s.request().path(), Integer.valueOf(r.conflicts().size())));
			Report.text(s.request().path(), r.conflicts(), context.out());
		}
		return ExitCode.PROBLEMS;
	}
}
