package dev.specsync.git.internal.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.SnapshotServices;
import dev.specsync.git.credentials.GitCredentials;
import dev.specsync.git.engine.CloneOperation;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.InitOperation;
import dev.specsync.git.engine.MergeStrategyHook;
import dev.specsync.net.NetworkSettings;

/**
 * The {@link GitService} on JGit. Credential stores and merge hooks are dynamic references: stores and
 * hooks installed while the application runs are used by the next operation.
 */
@Component(service = GitService.class)
public final class JGitGitService implements GitService {

	private final Engine engine;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<GitCredentials> credentialStores = List.of();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<MergeStrategyHook> mergeHooks = List.of();

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile NetworkSettings network;

	/**
	 * Creates the service; Declarative Services calls this.
	 *
	 * @param snapshots the snapshot engine every sync operation saves the state with
	 */
	@Activate
	public JGitGitService(@Reference SnapshotServices snapshots) {
		Objects.requireNonNull(snapshots, "snapshots"); //$NON-NLS-1$
		// DS sorts dynamic multiple references by ascending ranking; the highest ranking is asked first.
		this.engine = new Engine(snapshots, () -> highestFirst(credentialStores), () -> highestFirst(mergeHooks),
				() -> {
					NetworkSettings current = network;
					return current != null ? current : NetworkSettings.defaults();
				});
	}

	/** For tests: a service with fixed credential stores, hooks and network settings. */
	JGitGitService(SnapshotServices snapshots, List<GitCredentials> stores, List<MergeStrategyHook> hooks,
			NetworkSettings network) {
		this.engine = new Engine(snapshots, () -> stores, () -> hooks, () -> network);
	}

	private static <T> List<T> highestFirst(List<T> ascending) {
		List<T> copy = new ArrayList<>(ascending);
		Collections.reverse(copy);
		return copy;
	}

	@Override
	public CloneOperation cloneRepository(String uri, Path directory) {
		return new JGitClone(engine, Objects.requireNonNull(uri, "uri"), Objects.requireNonNull(directory, "directory")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public InitOperation init(Path directory) {
		return new JGitInit(engine, Objects.requireNonNull(directory, "directory")); //$NON-NLS-1$
	}

	@Override
	public GitWorkspace open(Path folder) throws GitOperationException {
		Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
		File start = folder.toAbsolutePath().toFile();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(start);
		if (builder.getGitDir() == null) {
			throw Problems.of(Code.NOT_FOUND, folder + " is not inside a Git working tree.", //$NON-NLS-1$
					"Open the folder of a clone (or any folder below it), or clone or initialize a repository first."); //$NON-NLS-1$
		}
		Repository repository;
		try {
			repository = builder.setMustExist(true).build();
		} catch (IOException | RuntimeException e) {
			throw LocalFailures.classify(e, "open the Git repository of " + folder); //$NON-NLS-1$
		}
		return JGitWorkspace.wrap(engine, repository);
	}
}
