/**
 * The contract every Git provider must pass: extend {@link dev.specsync.provider.contract.GitProviderContract}
 * in a test bundle, supply the provider, a repository and credentials, and JUnit runs the whole contract.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.provider.contract;
