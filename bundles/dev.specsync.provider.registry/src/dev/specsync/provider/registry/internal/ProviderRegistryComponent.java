package dev.specsync.provider.registry.internal;

import java.util.Map;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.specsync.provider.GitProvider;
import dev.specsync.provider.registry.ProviderRegistry;

/**
 * The {@link ProviderRegistry} service: fed by a dynamic, multiple, greedy reference to every
 * {@link GitProvider} service, so that providers registered later, or with a higher ranking, are bound at
 * once, and providers unregistered are dropped at once.
 */
@Component(service = ProviderRegistry.class)
public final class ProviderRegistryComponent extends ProviderTable {

	/**
	 * Binds a provider service.
	 *
	 * @param provider the service
	 * @param properties its service properties
	 */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY, unbind = "removeProvider")
	void addProvider(GitProvider provider, Map<String, Object> properties) {
		add(provider, ranking(properties), serviceId(properties));
	}

	/**
	 * Unbinds a provider service.
	 *
	 * @param provider the service
	 * @param properties its service properties
	 */
	void removeProvider(GitProvider provider, Map<String, Object> properties) {
		remove(serviceId(properties));
	}

	private static int ranking(Map<String, Object> properties) {
		return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
	}

	private static long serviceId(Map<String, Object> properties) {
		return ((Number) properties.get(Constants.SERVICE_ID)).longValue();
	}
}
