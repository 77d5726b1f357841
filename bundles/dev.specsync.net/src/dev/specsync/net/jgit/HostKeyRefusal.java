package dev.specsync.net.jgit;

import java.nio.file.Path;

/**
 * Why an SSH server's host key was refused, with what the user needs to decide: the host, the key's
 * fingerprint and the line that accepts it.
 *
 * @param changed {@code true} when the host is known with another key (possibly an attack), {@code false}
 *            when it is unknown
 * @param host the host as written in {@code known_hosts} ({@code host} or {@code [host]:port})
 * @param keyType the key's algorithm, such as {@code ssh-ed25519}
 * @param fingerprint the key's SHA-256 fingerprint ({@code SHA256:...}), as {@code ssh-keygen -lf} shows it
 * @param knownHostsLine the line that accepts this key
 * @param knownHosts the file of accepted keys
 */
public record HostKeyRefusal(boolean changed, String host, String keyType, String fingerprint, String knownHostsLine,
		Path knownHosts) {

	/** What happened, in a sentence or two; names the host and the fingerprint. */
	public String message() {
		if (changed) {
			return "WARNING: the SSH host key of " + host + " has CHANGED: it is now " + keyType + " " + fingerprint //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ ", not the key accepted in " + knownHosts //$NON-NLS-1$
					+ ". Someone may be intercepting the connection, or the server was reinstalled; SpecSync did not connect."; //$NON-NLS-1$
		}
		return "The SSH host key of " + host + " is unknown: " + keyType + " " + fingerprint //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ". SpecSync does not accept a host key silently and did not connect."; //$NON-NLS-1$
	}

	/** What the user can do. */
	public String fix() {
		if (changed) {
			return "Do not connect until the server's administrator confirms the new fingerprint " + fingerprint //$NON-NLS-1$
					+ "; then replace the line of " + host + " in " + knownHosts + " with: " + knownHostsLine; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return "Compare the fingerprint with the one the server's administrator gives you (ssh-keygen -lf on the server's " //$NON-NLS-1$
				+ "host key); if it matches, accept the key by adding this line to " + knownHosts + ": " + knownHostsLine; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
