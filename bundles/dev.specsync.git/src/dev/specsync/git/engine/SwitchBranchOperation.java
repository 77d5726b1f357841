package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks out another branch (see {@link GitWorkspace#switchBranch(String)}). Takes a snapshot first, so
 * uncommitted changes are recoverable in any case.
 */
@ProviderType
public interface SwitchBranchOperation extends GitOperation<SwitchResult> {
	/**
	 * Says what happens to uncommitted changes; the default is {@link LocalChanges#CARRY}.
	 *
	 * @param changes carry them over or refuse to switch
	 * @return this operation
	 */
	SwitchBranchOperation setLocalChanges(LocalChanges changes);
}
