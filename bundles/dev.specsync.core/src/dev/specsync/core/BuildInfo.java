package dev.specsync.core;

import java.util.Objects;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The identity of a SpecSync build as users see it in the About dialog and in {@code specsync --version}.
 * <p>
 * The product name and version come from the running product's branding (so a curated enterprise
 * build shows its own name); the build id is the qualifier the build stamped on the defining bundle
 * (a UTC timestamp {@code yyyyMMddHHmm}). Instances are immutable and safe to share between threads.
 *
 * @param productName the product's display name, never {@code null}
 * @param version the release version {@code major.minor.micro}, never {@code null}
 * @param buildId the build qualifier, never {@code null}; {@code "dev"} when run from a workspace
 */
@ProviderType
public record BuildInfo(String productName, String version, String buildId) {

	private static final String FALLBACK_NAME = "SpecSync"; //$NON-NLS-1$

	/**
	 * Validates the components.
	 *
	 * @param productName the product's display name
	 * @param version the release version
	 * @param buildId the build qualifier
	 */
	public BuildInfo {
		Objects.requireNonNull(productName, "productName"); //$NON-NLS-1$
		Objects.requireNonNull(version, "version"); //$NON-NLS-1$
		Objects.requireNonNull(buildId, "buildId"); //$NON-NLS-1$
	}

	/**
	 * Describes the running build: the product defined by the branding when the platform runs one,
	 * otherwise this bundle.
	 *
	 * @return the build description; never {@code null}
	 */
	public static BuildInfo current() {
		IProduct product = Platform.isRunning() ? Platform.getProduct() : null;
		if (product != null && product.getDefiningBundle() != null) {
			return of(product.getName(), product.getDefiningBundle());
		}
		Bundle self = FrameworkUtil.getBundle(BuildInfo.class);
		return self == null ? new BuildInfo(FALLBACK_NAME, "0.0.0", "dev") : of(FALLBACK_NAME, self); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Describes a build from the bundle that defines it.
	 *
	 * @param productName the display name; a blank name becomes "SpecSync"
	 * @param definingBundle the bundle whose version is the product version
	 * @return the build description; never {@code null}
	 */
	public static BuildInfo of(String productName, Bundle definingBundle) {
		Version v = definingBundle.getVersion();
		String name = productName == null || productName.isBlank() ? FALLBACK_NAME : productName;
		String qualifier = v.getQualifier();
		return new BuildInfo(name, v.getMajor() + "." + v.getMinor() + "." + v.getMicro(), //$NON-NLS-1$ //$NON-NLS-2$
				qualifier.isEmpty() || "qualifier".equals(qualifier) ? "dev" : qualifier); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The one-line form used by {@code --version} and bug reports.
	 *
	 * @return for example {@code SpecSync 0.1.0 (build 202611231200)}
	 */
	public String displayString() {
		return productName + ' ' + version + " (build " + buildId + ')'; //$NON-NLS-1$
	}
}
