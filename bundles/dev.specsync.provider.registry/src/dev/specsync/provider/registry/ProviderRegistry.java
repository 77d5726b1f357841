package dev.specsync.provider.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import dev.specsync.provider.GitProvider;

/**
 * The Git providers available now, keyed by {@link GitProvider#id()}.
 *
 * <p>Providers are OSGi services; the registry follows them dynamically, so a provider bundle started,
 * stopped, installed or uninstalled while SpecSync runs appears in or disappears from every method at once,
 * and {@linkplain #addListener(ProviderListener) listeners} are told. When two services declare the same id,
 * the one with the higher service ranking (then the older one) is the provider of that id; the other takes
 * over when it leaves.
 *
 * <p>Thread-safe. Lookups never block on provider changes.
 */
@ProviderType
public interface ProviderRegistry {

	/**
	 * The provider of an id.
	 *
	 * @param id a provider id, for example {@code "generic"}
	 * @return the provider, empty if none is registered under that id now
	 */
	Optional<GitProvider> provider(String id);

	/**
	 * Every provider available now, sorted by display name (then id).
	 *
	 * @return an unmodifiable snapshot
	 */
	List<GitProvider> providers();

	/**
	 * The provider that recognises a remote URL best (see {@link GitProvider#recognize(String, Set)}): one
	 * that recognises it as {@linkplain dev.specsync.provider.Recognition#SPECIFIC specific} to its service
	 * before one that handles any Git remote. A provider that fails while recognising is skipped.
	 *
	 * @param url a remote URL or a path
	 * @param customHosts host names the user assigned to providers, by provider id; providers not in the map
	 *            get an empty set
	 * @return the best provider, empty if none recognises the URL
	 */
	Optional<GitProvider> providerFor(String url, Map<String, Set<String>> customHosts);

	/**
	 * The provider that recognises a remote URL best, without custom hosts.
	 *
	 * @param url a remote URL or a path
	 * @return the best provider, empty if none recognises the URL
	 */
	default Optional<GitProvider> providerFor(String url) {
		return providerFor(url, Map.of());
	}

	/**
	 * Registers a listener. It is first told about every provider available now (as
	 * {@link ProviderEvent.Type#ADDED} events, on the calling thread), then about every change, in order, on
	 * the thread that made the change. A listener must return quickly and must not call
	 * {@link #addListener(ProviderListener)} from within a notification; it may call the lookup methods.
	 * Exceptions thrown by a listener are logged and do not stop other listeners.
	 *
	 * @param listener the listener
	 * @return a handle whose {@link AutoCloseable#close()} removes the listener
	 */
	ListenerRegistration addListener(ProviderListener listener);

	/** Removes a listener from the registry when closed. Closing twice does nothing. */
	interface ListenerRegistration extends AutoCloseable {
		/** Removes the listener; it gets no event after this method returns. */
		@Override
		void close();
	}
}
