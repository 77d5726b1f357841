package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Uploads a local branch (see {@link GitWorkspace#push()}). A refused update is a result value with the
 * server's reason, not an exception.
 */
@ProviderType
public interface PushOperation extends RemoteOperation<PushOperation, PushResult> {
	/**
	 * Sets the remote; the default is the upstream's remote, else {@code origin}.
	 *
	 * @param remote a configured remote name
	 * @return this operation
	 */
	PushOperation setRemote(String remote);

	/**
	 * Pushes this local branch instead of the checked-out one.
	 *
	 * @param branch a local branch's short name
	 * @return this operation
	 */
	PushOperation setBranch(String branch);

	/**
	 * Allows overwriting the remote branch, only if it still points to the commit the confirmation names
	 * (force-with-lease). A snapshot is taken first.
	 *
	 * @param confirmation the user's explicit confirmation
	 * @return this operation
	 */
	PushOperation setForceWithLease(ForceWithLease confirmation);
}
