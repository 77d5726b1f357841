package dev.specsync.provider.registry;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when a provider becomes available or goes away (see
 * {@link ProviderRegistry#addListener(ProviderListener)}).
 */
@ConsumerType
@FunctionalInterface
public interface ProviderListener {

	/**
	 * One provider came or went.
	 *
	 * @param event what happened
	 */
	void providerChanged(ProviderEvent event);
}
