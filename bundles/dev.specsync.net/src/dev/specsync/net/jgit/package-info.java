/**
 * The {@link dev.specsync.net.NetworkSettings} applied to JGit's HTTP transport: pass
 * {@link dev.specsync.net.jgit.NetworkTransportConfig} to a transport command, so that its connections use
 * the trusted certificate authorities and the proxy of the settings.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package dev.specsync.net.jgit;
