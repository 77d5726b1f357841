package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Downloads commits and updates remote-tracking branches (see {@link GitWorkspace#fetch()}). Changes
 * no file and no local branch, so it takes no snapshot.
 */
@ProviderType
public interface FetchOperation extends RemoteOperation<FetchOperation, FetchResult> {
	/**
	 * Sets the remote to fetch from; the default is {@code origin}.
	 *
	 * @param remote a configured remote name
	 * @return this operation
	 */
	FetchOperation setRemote(String remote);

	/**
	 * Fetches only this branch instead of every branch of the remote.
	 *
	 * @param branch the short name of a branch on the remote
	 * @return this operation
	 */
	FetchOperation setBranch(String branch);
}
