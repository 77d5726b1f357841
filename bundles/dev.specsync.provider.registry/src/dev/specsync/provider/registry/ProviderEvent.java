package dev.specsync.provider.registry;

import java.util.Objects;

import dev.specsync.provider.GitProvider;

/**
 * A provider came or went.
 *
 * @param type what happened
 * @param id the provider's id
 * @param provider the provider; after {@link Type#REMOVED} it must no longer be called
 */
public record ProviderEvent(Type type, String id, GitProvider provider) {

	/** What happened to a provider. */
	public enum Type {
		/** The provider is available under its id. */
		ADDED,
		/** The provider is no longer available (its bundle stopped, or another service took its id). */
		REMOVED
	}

	/** Checks the components. */
	public ProviderEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(provider, "provider");
	}
}
