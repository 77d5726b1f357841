/**
 * How the Git engine obtains credentials for a remote: a {@link dev.specsync.git.credentials.GitCredentials}
 * lookup that secure storage, the environment ({@code SPECSYNC_TOKEN} on the command line) or a test supplies.
 * The engine never writes what it obtains into URLs, {@code .git/config}, logs or exception messages.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.git.credentials;
