package dev.specsync.provider.local.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import dev.specsync.provider.AccountInfo;
import dev.specsync.provider.AuthMethod;
import dev.specsync.provider.Branch;
import dev.specsync.provider.Capability;
import dev.specsync.provider.Connection;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.Diagnostic.Code;
import dev.specsync.provider.FormField;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.Page;
import dev.specsync.provider.PageRequest;
import dev.specsync.provider.ProgressMonitor;
import dev.specsync.provider.Recognition;
import dev.specsync.provider.Result;

/**
 * The {@code local} provider: a Git repository on the file system (a working tree or a bare repository), as
 * Postman's local Git mode. No credentials; the "credential check" checks that the folder is a repository the
 * user can read and write. Branches are read and created with JGit in the repository itself; creating a branch
 * never switches to it and never moves an existing branch.
 */
@Component(service = GitProvider.class)
public final class LocalGitProvider implements GitProvider {

	/** The provider id. */
	public static final String ID = "local";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String displayName() {
		return Messages.displayName;
	}

	@Override
	public Recognition recognize(String url, Set<String> customHosts) {
		return RepositoryLocator.looksLocal(url) ? Recognition.SPECIFIC : Recognition.NONE;
	}

	@Override
	public Set<AuthMethod> authMethods() {
		return Set.of(AuthMethod.NONE);
	}

	@Override
	public List<FormField> connectForm(AuthMethod method) {
		if (method != AuthMethod.NONE) {
			return List.of();
		}
		return List.of(FormField.path(FormField.URL, Messages.field_path).withHelp(Messages.field_path_help));
	}

	@Override
	public Set<Capability> capabilities() {
		return Set.of(Capability.CHECK_CREDENTIALS, Capability.LIST_BRANCHES, Capability.CREATE_BRANCH);
	}

	@Override
	public Result<AccountInfo> checkCredentials(Connection connection, ProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Result.canceled();
		}
		Result<Repository> opened = RepositoryLocator.open(connection.url());
		if (!opened.isOk()) {
			return opened.map(r -> null);
		}
		try (Repository repository = opened.value().orElseThrow()) {
			String user = System.getProperty("user.name", "?");
			boolean writable = Files.isWritable(repository.getDirectory().toPath())
					&& Files.isWritable(repository.getDirectory().toPath().resolve("refs"));
			if (!writable) {
				String where = String.valueOf(repository.isBare() ? repository.getDirectory() : repository.getWorkTree());
				return Result.ok(new AccountInfo(NLS.bind(Messages.account, user), Set.of("read")),
						Diagnostic.warning(Code.PERMISSION_DENIED, NLS.bind(Messages.notWritable_cause, where),
								Messages.notWritable_fix));
			}
			return Result.ok(new AccountInfo(NLS.bind(Messages.account, user), Set.of("read", "write")));
		}
	}

	@Override
	public Result<Page<Branch>> listBranches(Connection connection, String repositoryUrl, PageRequest page,
			ProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Result.canceled();
		}
		Result<Repository> opened = RepositoryLocator.open(repositoryUrl);
		if (!opened.isOk()) {
			return opened.map(r -> null);
		}
		try (Repository repository = opened.value().orElseThrow()) {
			monitor.beginTask(NLS.bind(Messages.task_listBranches, repositoryUrl), -1);
			return Result.ok(Page.slice(branches(repository), page));
		} catch (IOException e) {
			return ioFailure(repositoryUrl, e);
		}
	}

	private static List<Branch> branches(Repository repository) throws IOException {
		Ref head = repository.exactRef(Constants.HEAD);
		String defaultBranch = head != null && head.isSymbolic() ? head.getTarget().getName() : null;
		List<Branch> branches = new ArrayList<>();
		for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
			if (ref.getObjectId() == null) {
				continue;
			}
			branches.add(new Branch(Repository.shortenRefName(ref.getName()), ref.getObjectId().name(),
					ref.getName().equals(defaultBranch)));
		}
		branches.sort(Comparator.comparing(Branch::name));
		return branches;
	}

	@Override
	public Result<Branch> createBranch(Connection connection, String repositoryUrl, String branchName,
			String startPoint, ProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			return Result.canceled();
		}
		String refName = Constants.R_HEADS + branchName;
		if (branchName.isBlank() || !Repository.isValidRefName(refName)) {
			return Result.failed(Diagnostic.error(Code.INVALID_INPUT,
					NLS.bind(Messages.invalidBranchName_cause, branchName), Messages.invalidBranchName_fix));
		}
		Result<Repository> opened = RepositoryLocator.open(repositoryUrl);
		if (!opened.isOk()) {
			return opened.map(r -> null);
		}
		try (Repository repository = opened.value().orElseThrow()) {
			monitor.beginTask(NLS.bind(Messages.task_createBranch, branchName), 1);
			String where = String.valueOf(repository.isBare() ? repository.getDirectory() : repository.getWorkTree());
			if (repository.exactRef(refName) != null) {
				return Result.failed(Diagnostic.error(Code.ALREADY_EXISTS,
						NLS.bind(Messages.branchExists_cause, branchName, where), Messages.branchExists_fix));
			}
			ObjectId start = resolveStart(repository, startPoint);
			if (start == null) {
				return Result.failed(Diagnostic.error(Code.NOT_FOUND,
						NLS.bind(Messages.startPointMissing_cause, startPoint, where), Messages.startPointMissing_fix));
			}
			RefUpdate update = repository.updateRef(refName);
			update.setNewObjectId(start);
			update.setExpectedOldObjectId(ObjectId.zeroId());
			update.setRefLogMessage("branch: Created from " + startPoint, false);
			RefUpdate.Result result = update.update();
			monitor.worked(1);
			return switch (result) {
			case NEW -> Result.ok(new Branch(branchName, start.name(), false));
			case LOCK_FAILURE -> repository.exactRef(refName) != null
					? Result.failed(Diagnostic.error(Code.ALREADY_EXISTS,
							NLS.bind(Messages.branchExists_cause, branchName, where), Messages.branchExists_fix))
					: Result.failed(Diagnostic.error(Code.IO, NLS.bind(Messages.locked_cause, branchName, where),
							Messages.locked_fix));
			default -> Result.failed(Diagnostic.error(Code.IO,
					NLS.bind(Messages.ioFailure_cause, where, result.name()), Messages.ioFailure_fix));
			};
		} catch (IOException e) {
			return ioFailure(repositoryUrl, e);
		}
	}

	/** A branch name (preferred) or a full commit id that names a commit, or {@code null}. */
	private static ObjectId resolveStart(Repository repository, String startPoint) throws IOException {
		Set<String> candidates = new LinkedHashSet<>();
		if (startPoint.startsWith(Constants.R_REFS)) {
			candidates.add(startPoint);
		} else {
			candidates.add(Constants.R_HEADS + startPoint);
		}
		for (String name : candidates) {
			Ref ref = repository.exactRef(name);
			if (ref != null && ref.getObjectId() != null) {
				return peelToCommit(repository, ref.getObjectId());
			}
		}
		if (ObjectId.isId(startPoint)) {
			return peelToCommit(repository, ObjectId.fromString(startPoint));
		}
		return null;
	}

	private static ObjectId peelToCommit(Repository repository, ObjectId id) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit commit = walk.parseCommit(id);
			return commit.copy();
		} catch (MissingObjectException | IncorrectObjectTypeException e) {
			return null;
		}
	}

	private static <T> Result<T> ioFailure(String where, IOException e) {
		String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return Result.failed(Diagnostic.error(Code.IO, NLS.bind(Messages.ioFailure_cause, where, reason),
				Messages.ioFailure_fix));
	}
}
