/**
 * The registry of Git providers: every {@link dev.specsync.provider.GitProvider} service registered in the
 * framework, by id and by the remote URLs they recognise, with notifications when provider bundles come and
 * go. Start from the {@link dev.specsync.provider.registry.ProviderRegistry} OSGi service.
 *
 * <p>This package is separate from the provider SPI on purpose: third parties implement the SPI and never
 * need the registry, and the SPI stays free of OSGi service dependencies.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.provider.registry;
