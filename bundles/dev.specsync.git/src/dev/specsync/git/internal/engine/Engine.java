package dev.specsync.git.internal.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.specsync.git.SnapshotServices;
import dev.specsync.git.credentials.Credential;
import dev.specsync.git.credentials.GitCredentials;
import dev.specsync.git.engine.MergeStrategyHook;
import dev.specsync.net.NetworkSettings;

/**
 * What every operation shares: the snapshot engine, the credential stores and merge hooks registered as
 * services (highest ranking first) and the network settings (trusted certificate authorities, proxy).
 */
record Engine(SnapshotServices snapshots, Supplier<List<GitCredentials>> credentialStores,
		Supplier<List<MergeStrategyHook>> hooks, Supplier<NetworkSettings> network) {

	/** The registered stores as one lookup: the first store that has a credential wins. */
	GitCredentials credentials() {
		List<GitCredentials> stores = credentialStores.get();
		return new GitCredentials() {
			@Override
			public Optional<Credential> lookup(String uri) {
				for (GitCredentials store : stores) {
					Optional<Credential> found = store.lookup(uri);
					if (found.isPresent()) {
						return found;
					}
				}
				return Optional.empty();
			}

			@Override
			public void rejected(String uri) {
				stores.forEach(store -> store.rejected(uri));
			}
		};
	}
}
