package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.TrackingRefUpdate;
import org.eclipse.jgit.transport.URIish;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.FetchOperation;
import dev.specsync.git.engine.FetchResult;

/** Fetch on JGit's {@link FetchCommand}. */
final class JGitFetch extends RemoteOperationBase<FetchOperation, FetchResult> implements FetchOperation {

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
		org.eclipse.jgit.transport.FetchResult result = fetch.call();
		List<String> updated = new ArrayList<>();
		for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
			updated.add(update.getLocalName());
		}
		return new FetchResult(updated, lines(result.getMessages()));
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
