/**
 * Secrets (tokens, passwords, key passphrases) of Git hosts, kept only in Eclipse secure storage: start from
 * the {@link dev.specsync.credentials.CredentialStore} OSGi service.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.credentials;
