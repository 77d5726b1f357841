package dev.specsync.net.jgit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * Host keys the user accepted, in one OpenSSH {@code known_hosts} file with plain host names. A key that
 * is not there is refused, never added: the refusal is kept for the caller's message.
 */
final class KnownHosts implements ServerKeyDatabase {

	private final Path file;
	private volatile HostKeyRefusal refusal;

	KnownHosts(Path file) {
		this.file = file;
	}

	HostKeyRefusal refusal() {
		return refusal;
	}

	@Override
	public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
		Set<String> names = names(connectAddress, remoteAddress);
		List<PublicKey> keys = new ArrayList<>();
		if (!Files.isRegularFile(file)) {
			return keys;
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return keys;
		}
		for (String line : lines) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("@")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			String[] parts = trimmed.split("\\s+", 3); //$NON-NLS-1$
			if (parts.length < 2) {
				continue;
			}
			boolean matches = false;
			for (String host : parts[0].split(",")) { //$NON-NLS-1$
				matches |= names.contains(host);
			}
			if (matches) {
				try {
					PublicKey key = PublicKeyEntry.parsePublicKeyEntry(parts[1] + " " + parts[2].split("\\s+")[0]) //$NON-NLS-1$ //$NON-NLS-2$
							.resolvePublicKey(null, null, null);
					if (key != null) {
						keys.add(key);
					}
				} catch (IOException | GeneralSecurityException | RuntimeException e) {
					// a line that is no key accepts nothing
				}
			}
		}
		return keys;
	}

	@Override
	public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
			Configuration config, CredentialsProvider provider) {
		List<PublicKey> known = lookup(connectAddress, remoteAddress, config);
		for (PublicKey key : known) {
			if (KeyUtils.compareKeys(key, serverKey)) {
				refusal = null;
				return true;
			}
		}
		String host = entryName(remoteAddress);
		String type = KeyUtils.getKeyType(serverKey);
		String line = host + " " + PublicKeyEntry.toString(serverKey); //$NON-NLS-1$
		refusal = new HostKeyRefusal(!known.isEmpty(), host, type,
				KeyUtils.getFingerPrint(BuiltinDigests.sha256, serverKey), line, file);
		return false;
	}

	private static Set<String> names(String connectAddress, InetSocketAddress remote) {
		Set<String> names = new LinkedHashSet<>();
		if (connectAddress != null) {
			names.add(connectAddress);
		}
		if (remote != null) {
			names.add(entryName(remote));
			if (remote.getAddress() != null) {
				String ip = remote.getAddress().getHostAddress();
				names.add(remote.getPort() == 22 ? ip : "[" + ip + "]:" + remote.getPort()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return names;
	}

	private static String entryName(InetSocketAddress remote) {
		String host = remote.getHostString();
		return remote.getPort() == 22 ? host : "[" + host + "]:" + remote.getPort(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
