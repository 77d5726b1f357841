package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.TrackingRefUpdate;
import org.eclipse.jgit.transport.URIish;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.FetchOperation;
import dev.specsync.git.engine.FetchResult;

/** Fetch on JGit's {@link FetchCommand}. */
final class JGitFetch extends RemoteOperationBase<FetchOperation, FetchResult> implements FetchOperation {

	/** JGit's {@code fetch.useNegotiationTip} (BasePackFetchConnection), which has no constant. */
	private static final String USE_NEGOTIATION_TIP = "useNegotiationTip"; //$NON-NLS-1$

	private final JGitWorkspace workspace;
	private String remote = Constants.DEFAULT_REMOTE_NAME;
	private String branch;

	JGitFetch(JGitWorkspace workspace) {
		super(workspace.engine(), "fetch", workspace.repository()); //$NON-NLS-1$
		this.workspace = workspace;
	}

	@Override
	public FetchOperation setRemote(String remote) {
		this.remote = Objects.requireNonNull(remote, "remote"); //$NON-NLS-1$
		return this;
	}

	@Override
	public FetchOperation setBranch(String branch) {
		this.branch = Objects.requireNonNull(branch, "branch"); //$NON-NLS-1$
		return this;
	}

	@Override
	String remoteUri() {
		return uriOf(workspace.repository(), remote);
	}

	/** The first URL of a configured remote, without user information, or the remote's name. */
	static String uriOf(Repository repository, String remote) {
		try {
			List<URIish> uris = new RemoteConfig(repository.getConfig(), remote).getURIs();
			return uris.isEmpty() ? remote : CredentialsBridge.withoutUserInfo(uris.get(0));
		} catch (URISyntaxException e) {
			return remote;
		}
	}

	/** Refuses a remote that is not configured, with a message that says how to add one. */
	static void requireRemote(Repository repository, String remote) throws GitOperationException {
		if (!repository.getRemoteNames().contains(remote)) {
			throw Problems.invalid("This repository has no remote named '" + remote + "'.", //$NON-NLS-1$ //$NON-NLS-2$
					"Add it with 'git remote add " + remote + " URL', or clone the repository with 'specsync clone'."); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	FetchResult run() throws GitOperationException, GitAPIException, IOException {
		requireRemote(workspace.repository(), remote);
		FetchCommand fetch = configure(Git.wrap(workspace.repository()).fetch()).setRemote(remote)
				.setProgressMonitor(monitor());
		if (branch != null) {
			fetch.setRefSpecs(new RefSpec("+" + Constants.R_HEADS + branch + ":" + Constants.R_REMOTES + remote + "/" + branch)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		org.eclipse.jgit.transport.FetchResult result = call(fetch, workspace.repository());
		List<String> updated = new ArrayList<>();
		for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
			updated.add(update.getLocalName());
		}
		return new FetchResult(updated, lines(result.getMessages()));
	}

	/**
	 * Runs a fetch whose negotiation starts only from the local branches named like the branches it fetches
	 * (JGit's {@code fetch.useNegotiationTip}), unless the repository's configuration chooses otherwise.
	 * <p>
	 * Without it JGit offers the server every local ref as a starting point, also the snapshots under
	 * {@code refs/specsync/snapshots/}: they are the newest commits, so they are sent first, and the server
	 * looks up every one of them (and the commits of each snapshot) before the negotiation reaches a commit it
	 * knows. JGit falls back to every ref when no local branch has the name of a fetched one (a new clone's
	 * first fetch of another branch). The setting is made in memory for the duration of the fetch and removed
	 * afterwards: the repository's config file is never written.
	 */
	static org.eclipse.jgit.transport.FetchResult call(FetchCommand fetch, Repository repository) throws GitAPIException {
		StoredConfig config = repository.getConfig();
		if (config.getString(ConfigConstants.CONFIG_FETCH_SECTION, null, USE_NEGOTIATION_TIP) != null) {
			return fetch.call();
		}
		config.setBoolean(ConfigConstants.CONFIG_FETCH_SECTION, null, USE_NEGOTIATION_TIP, true);
		try {
			return fetch.call();
		} finally {
			config.unset(ConfigConstants.CONFIG_FETCH_SECTION, null, USE_NEGOTIATION_TIP);
		}
	}

	static List<String> lines(String messages) {
		List<String> out = new ArrayList<>();
		if (messages != null) {
			for (String line : messages.split("\\R")) { //$NON-NLS-1$
				String l = dev.specsync.git.Redactor.redact(line.strip());
				if (!l.isEmpty()) {
					out.add(l);
				}
			}
		}
		return out;
	}
}
