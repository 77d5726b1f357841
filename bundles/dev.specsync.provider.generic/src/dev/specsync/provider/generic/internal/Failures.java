package dev.specsync.provider.generic.internal;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.SSLException;

import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;

import dev.specsync.net.CertificateRejectedException;
import dev.specsync.net.jgit.HostKeyRefusal;
import dev.specsync.provider.AuthMethod;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.Diagnostic.Code;

/**
 * Turns a JGit failure into a diagnostic naming the cause (unknown host, refused connection, rejected token,
 * missing repository...) and the fix. Texts taken from exceptions are scrubbed of the secret.
 */
final class Failures {

	private Failures() {
	}

	/** The diagnostic of a failed read (ls-remote, fetch) or write (push) on {@code uri}. */
	private static CertificateRejectedException findRejection(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CertificateRejectedException rejected) {
				return rejected;
			}
		}
		return null;
	}

	/**
	 * @param hostKeyRefusal why the SSH connection refused the server's host key, if it did: reported instead
	 *            of the failure it caused
	 */
	static Diagnostic diagnose(Throwable failure, URIish uri, Access access, boolean pushing,
			Optional<HostKeyRefusal> hostKeyRefusal) {
		if (hostKeyRefusal.isPresent()) {
			return Diagnostic.error(Code.AUTHENTICATION_FAILED, hostKeyRefusal.get().message(), hostKeyRefusal.get().fix());
		}
		String host = RemoteUrls.hostOf(uri);
		String where = RemoteUrls.display(uri);
		StringBuilder messages = new StringBuilder();
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof UnknownHostException) {
				return Diagnostic.error(Code.UNKNOWN_HOST, NLS.bind(Messages.unknownHost_cause, uri.getHost()),
						Messages.unknownHost_fix);
			}
			if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
				return Diagnostic.error(Code.CONNECTION_REFUSED, NLS.bind(Messages.connectionRefused_cause, host),
						Messages.connectionRefused_fix);
			}
			if (t instanceof CertificateRejectedException rejected) {
				return Diagnostic.error(Code.TLS, rejected.getMessage(), rejected.fix());
			}
			if (t instanceof SSLException && findRejection(t) != null) {
				continue;
			}
			if (t instanceof SSLException || t instanceof CertificateException) {
				return Diagnostic.error(Code.TLS, NLS.bind(Messages.tls_cause, host, access.scrub(t.getMessage())),
						Messages.tls_fix);
			}
			if (t instanceof InterruptedIOException) {
				return Diagnostic.error(Code.TIMEOUT, NLS.bind(Messages.timeout_cause, host), Messages.timeout_fix);
			}
			if (t instanceof NoRemoteRepositoryException) {
				return Diagnostic.error(Code.NOT_A_REPOSITORY, NLS.bind(Messages.notARepository_cause, where),
						Messages.notARepository_fix);
			}
			if (t.getMessage() != null) {
				messages.append(t.getMessage()).append('\n');
			}
		}
		String text = messages.toString().toLowerCase(Locale.ROOT);
		String reason = firstLine(access.scrub(failure.getMessage()), where);
		if (access.method() == AuthMethod.SSH_KEY && (text.contains("cannot log in")
				|| text.contains("no more authentication methods") || text.contains("auth fail")
				|| text.contains("authentication failed") || text.contains("no keys"))) {
			return Diagnostic.error(Code.AUTHENTICATION_FAILED, NLS.bind(Messages.sshKeyRejected_cause, host),
					Messages.sshKeyRejected_fix);
		}
		if (text.contains("not authorized") || text.contains("authentication is required")
				|| text.contains("authentication not supported") || text.contains("auth fail")
				|| text.contains("401")) {
			if (!access.hasSecret()) {
				return Diagnostic.error(Code.AUTHENTICATION_FAILED, NLS.bind(Messages.credentialsRequired_cause, host),
						Messages.credentialsRequired_fix);
			}
			return access.method() == AuthMethod.USERNAME_PASSWORD
					? Diagnostic.error(Code.AUTHENTICATION_FAILED, NLS.bind(Messages.passwordRejected_cause, host),
							Messages.passwordRejected_fix)
					: Diagnostic.error(Code.AUTHENTICATION_FAILED, NLS.bind(Messages.tokenRejected_cause, host),
							Messages.tokenRejected_fix);
		}
		if (pushing && (text.contains("service not enabled") || text.contains("receive-pack not permitted")
				|| text.contains("push not supported") || text.contains("access denied or repository not exported"))) {
			return Diagnostic.error(Code.PERMISSION_DENIED, NLS.bind(Messages.pushDisabled_cause, host, reason),
					Messages.pushDisabled_fix);
		}
		if (text.contains("not permitted") || text.contains("403") || text.contains("forbidden")) {
			return Diagnostic.error(Code.PERMISSION_DENIED, NLS.bind(Messages.permissionDenied_cause, host, reason),
					Messages.permissionDenied_fix);
		}
		if (text.contains("not found") || text.contains("not exported") || text.contains("no such repository")
				|| text.contains("does not appear to be a git repository")) {
			return Diagnostic.error(Code.NOT_A_REPOSITORY, NLS.bind(Messages.notARepository_cause, where),
					Messages.notARepository_fix);
		}
		return Diagnostic.error(Code.IO, NLS.bind(Messages.ioFailure_cause, where, reason), Messages.ioFailure_fix);
	}

	/** The first line of a JGit message, without the URL JGit puts in front of it. */
	private static String firstLine(String message, String where) {
		if (message == null || message.isBlank()) {
			return "?";
		}
		String line = message.strip().lines().findFirst().orElse(message);
		if (line.startsWith(where + ": ")) {
			line = line.substring(where.length() + 2);
		}
		return line;
	}
}
