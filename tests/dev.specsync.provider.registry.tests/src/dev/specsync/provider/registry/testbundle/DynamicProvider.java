package dev.specsync.provider.registry.testbundle;

import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import dev.specsync.provider.AuthMethod;
import dev.specsync.provider.FormField;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.Recognition;

/**
 * A third-party provider as a bundle of its own: {@code RegistryServiceTest} copies this class into a jar with a
 * manifest naming it the activator, and installs that jar while the framework runs. It must reference only the
 * SPI, the OSGi framework and the JDK (no nested classes, no lambdas).
 */
public final class DynamicProvider implements GitProvider, BundleActivator {

	/** The id it registers under. */
	public static final String ID = "dynamic-test";

	@Override
	public void start(BundleContext context) {
		context.registerService(GitProvider.class, this, new Hashtable<String, Object>());
	}

	@Override
	public void stop(BundleContext context) {
		// the framework unregisters the service
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String displayName() {
		return "Dynamic test provider";
	}

	@Override
	public Recognition recognize(String url, Set<String> customHosts) {
		if (url.startsWith("https://dynamic.example.com/")) {
			return Recognition.SPECIFIC;
		}
		for (String host : customHosts) {
			if (url.startsWith("https://" + host + "/")) {
				return Recognition.SPECIFIC;
			}
		}
		return Recognition.NONE;
	}

	@Override
	public Set<AuthMethod> authMethods() {
		return Set.of(AuthMethod.PERSONAL_ACCESS_TOKEN);
	}

	@Override
	public List<FormField> connectForm(AuthMethod method) {
		return method == AuthMethod.PERSONAL_ACCESS_TOKEN
				? List.of(FormField.url(FormField.URL, "URL"), FormField.secret(FormField.SECRET, "Token"))
				: List.of();
	}
}
