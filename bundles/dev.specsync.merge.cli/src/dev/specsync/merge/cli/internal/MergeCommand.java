package dev.specsync.merge.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.merge.MergeException;
import dev.specsync.merge.MergeRequest;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.Merger;

/**
 * {@code specsync merge BASE OURS THEIRS [-o OUT] [--conflicts-json]}: a structural three-way merge of three files.
 * The result goes to OUT (written atomically) or standard output; conflicts are listed on standard error, or
 * printed as JSON on standard output with {@code --conflicts-json}. Exits {@link ExitCode#OK} when clean,
 * {@link ExitCode#PROBLEMS} with conflicts, {@link ExitCode#USAGE} for wrong arguments or an unusable side (then
 * nothing is written).
 */
@Component(service = Command.class)
@CommandName(name = "merge")
public final class MergeCommand implements Command {
	private final Merger merger;

	/**
	 * Creates the command; DS calls this.
	 *
	 * @param merger the merge service
	 */
	@Activate
	public MergeCommand(@Reference Merger merger) {
		this.merger = merger;
	}

	@Override
	public String summary() {
		return Messages.Merge_summary;
	}

	@Override
	public String usage() {
		return Messages.Merge_usage;
	}

	@Override
	public int run(CommandContext context) {
		List<String> files = new ArrayList<>();
		String output = null;
		boolean json = false;
		List<String> args = context.arguments();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("-o") || a.equals("--output")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (i + 1 >= args.size()) {
					context.err().println(Messages.Merge_outputArgument);
					return ExitCode.USAGE;
				}
				output = args.get(++i);
			} else if (a.equals("--conflicts-json")) { //$NON-NLS-1$
				json = true;
			} else if (a.startsWith("-") && a.length() > 1) { //$NON-NLS-1$
				context.err().println(NLS.bind(Messages.Merge_unknownOption, a));
				return ExitCode.USAGE;
			} else {
				files.add(a);
			}
		}
		if (files.size() != 3) {
			context.err().println(Messages.Merge_arguments);
			return ExitCode.USAGE;
		}
		byte[][] sides = new byte[3][];
		for (int i = 0; i < 3; i++) {
			Path p = context.workingDirectory().resolve(files.get(i));
			try {
				sides[i] = Files.readAllBytes(p);
			} catch (NoSuchFileException e) {
				context.err().println(NLS.bind(Messages.Merge_notFound, files.get(i)));
				return ExitCode.USAGE;
			} catch (IOException e) {
				context.err().println(NLS.bind(Messages.Merge_unreadable, files.get(i), Files2.reason(e)));
				return ExitCode.USAGE;
			}
		}
		Path ours = context.workingDirectory().resolve(files.get(1)).toAbsolutePath().normalize();
		MergeResult result;
		try {
			result = merger.merge(new MergeRequest(files.get(1), sides[0], sides[1], sides[2], ours.getParent()));
		} catch (MergeException e) {
			context.err().println(NLS.bind(Messages.Merge_failed, e.getMessage()));
			return ExitCode.USAGE;
		}
		if (output != null) {
			try {
				Files2.write(context.workingDirectory().resolve(output), result.bytes());
			} catch (IOException e) {
				context.err().println(NLS.bind(Messages.Merge_unwritable, output, Files2.reason(e)));
				return ExitCode.USAGE;
			}
		} else if (!json) {
			context.out().print(new String(result.bytes(), StandardCharsets.UTF_8));
			context.out().flush();
		}
		if (json) {
			context.out().println(Report.json(result));
		} else {
			Report.text(files.get(1), result.conflicts(), context.err());
		}
		context.err().println(result.isClean() ? Messages.Merge_clean
				: NLS.bind(Messages.Merge_conflicts, Integer.valueOf(result.conflicts().size())));
		return result.isClean() ? ExitCode.OK : ExitCode.PROBLEMS;
	}
}
