/**
 * The Git provider SPI: what a bundle implements to connect SpecSync to a Git hosting service (a cloud
 * host, a self-hosted server, any Git remote, or a repository on the file system).
 *
 * <p>A provider is an OSGi service of type {@link dev.specsync.provider.GitProvider}, usually a Declarative
 * Services component. SpecSync tracks providers dynamically: a provider bundle installed while the
 * workbench runs appears in the connect dialog, and disappears when it is stopped or removed. This package
 * depends on nothing but the JDK (the OSGi versioning annotations are build-time only), so a provider can
 * be built and unit-tested without any Eclipse or OSGi runtime.
 *
 * <h2>What a provider declares and does</h2>
 * <ul>
 * <li>Its {@linkplain dev.specsync.provider.GitProvider#id() id} and display name, the remote URLs it
 * {@linkplain dev.specsync.provider.GitProvider#recognize(String, java.util.Set) recognises}, the
 * {@linkplain dev.specsync.provider.AuthMethod authentication methods} it supports and the
 * {@linkplain dev.specsync.provider.FormField fields} of its connect form.</li>
 * <li>Operations that take a {@link dev.specsync.provider.Connection} (URL, form values, credentials) and a
 * {@link dev.specsync.provider.ProgressMonitor}, and return a {@link dev.specsync.provider.Result}. A
 * result is a value or {@linkplain dev.specsync.provider.Diagnostic diagnostics} naming cause and fix;
 * operations never throw for an expected failure (wrong token, unknown host, missing scope), and an
 * operation the provider cannot do returns an {@linkplain dev.specsync.provider.Result.Status#UNSUPPORTED
 * unsupported} result.</li>
 * </ul>
 *
 * <h2>Secrets</h2>
 * {@link dev.specsync.provider.Credentials} hold secrets as {@code char[]}; SpecSync stores them in Eclipse
 * secure storage, never in files, URLs or logs. A provider must not put a secret into a diagnostic, an
 * exception message, a log line, a URL it returns or a file it writes; SpecSync's contract tests check this.
 *
 * <h2>API policy</h2>
 * <ul>
 * <li>This package follows semantic versioning. {@link dev.specsync.provider.GitProvider} is a consumer
 * type: it evolves only by <em>default methods</em> that return
 * {@link dev.specsync.provider.Result#unsupported(String)}, so a provider built against 1.0 keeps working
 * with every 1.x; import this package with the range {@code [1,2)}.</li>
 * <li>Value types (records and final classes) gain components only together with a constructor or factory
 * keeping the previous signature. Enums may gain constants in a minor version: callers handle unknown
 * constants (a {@code default} branch), providers simply never return them.</li>
 * <li>Nothing is removed in a minor version. What is to be removed is first marked {@code @Deprecated} with
 * its replacement named in the javadoc, and stays for at least one minor release; removal bumps the major
 * version.</li>
 * <li>{@link dev.specsync.provider.ProgressMonitor} is a provider type: SpecSync implements it and may add
 * methods to it in a minor version; providers call it but implement it only in their own tests.</li>
 * </ul>
 *
 * <h2>Threading</h2>
 * Operations are called from background threads, possibly several at the same time on one provider
 * instance; they may block on the network. Implementations must be thread-safe and should check
 * {@link dev.specsync.provider.ProgressMonitor#isCanceled()} between network round trips.
 *
 * <h2>Nullness</h2>
 * Parameters and return values are non-null unless a method's javadoc says otherwise.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.specsync.provider;
