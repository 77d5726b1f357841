package dev.specsync.net;

import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A server's certificate was refused. The message says which certificate (subject and issuer) and why; the
 * {@link #fix()} says what the user can do. Neither ever suggests turning verification off.
 */
public final class CertificateRejectedException extends CertificateException {

	private static final long serialVersionUID = 1L;

	/** Why a certificate was refused. */
	public enum Reason {
		/** The chain does not end at a trusted certificate authority (self-signed or an enterprise CA). */
		UNTRUSTED,
		/** The certificate is valid but names other hosts than the one connected to. */
		WRONG_HOST,
		/** The certificate is expired or not valid yet. */
		EXPIRED
	}

	private final Reason reason;
	private final String subject;
	private final String issuer;
	private final String host;
	private final String fix;

	/**
	 * @param reason why the certificate was refused
	 * @param certificate the server's certificate, {@code null} if the server sent none
	 * @param host the host connected to, {@code null} if unknown
	 * @param folders the folders of trusted PEM files, the first being the user's
	 * @param cause the refusal of the TLS implementation
	 */
	public CertificateRejectedException(Reason reason, X509Certificate certificate, String host, List<Path> folders,
			Throwable cause) {
		super(describe(reason, certificate, host), cause);
		this.reason = reason;
		this.subject = certificate != null ? certificate.getSubjectX500Principal().getName() : "?"; //$NON-NLS-1$
		this.issuer = certificate != null ? certificate.getIssuerX500Principal().getName() : "?"; //$NON-NLS-1$
		this.host = host;
		this.fix = fix(reason, folders);
	}

	/** Why the certificate was refused. */
	public Reason reason() {
		return reason;
	}

	/** The subject of the server's certificate (RFC 2253). */
	public String subject() {
		return subject;
	}

	/** The issuer of the server's certificate (RFC 2253). */
	public String issuer() {
		return issuer;
	}

	/** The host connected to, or {@code null} if unknown. */
	public String host() {
		return host;
	}

	/** What the user can do about it, in a sentence or two. */
	public String fix() {
		return fix;
	}

	private static String describe(Reason reason, X509Certificate certificate, String host) {
		String at = host != null ? " of " + host : ""; //$NON-NLS-1$ //$NON-NLS-2$
		if (certificate == null) {
			return "The server" + at + " sent no certificate."; //$NON-NLS-1$ //$NON-NLS-2$
		}
		String who = "subject \"" + certificate.getSubjectX500Principal().getName() + "\", issued by \"" //$NON-NLS-1$ //$NON-NLS-2$
				+ certificate.getIssuerX500Principal().getName() + "\""; //$NON-NLS-1$
		return switch (reason) {
		case UNTRUSTED -> "The certificate" + at + " (" + who //$NON-NLS-1$ //$NON-NLS-2$
				+ ") is not trusted: it is not signed by a certificate authority known to the JVM, the operating system or SpecSync's certificate folders."; //$NON-NLS-1$
		case WRONG_HOST -> "The certificate" + at + " (" + who + ") is for other host names " + names(certificate) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ", so the server cannot prove it is " + (host != null ? host : "the host in the URL") + "."; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case EXPIRED -> "The certificate" + at + " (" + who + ") is valid only from " + certificate.getNotBefore() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " to " + certificate.getNotAfter() + "."; //$NON-NLS-1$ //$NON-NLS-2$
		};
	}

	private static String names(X509Certificate certificate) {
		List<String> names = new ArrayList<>();
		try {
			Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
			if (alternatives != null) {
				for (List<?> entry : alternatives) {
					if (entry.size() > 1) {
						names.add(String.valueOf(entry.get(1)));
					}
				}
			}
		} catch (CertificateParsingException e) {
			// the subject alone names it
		}
		return names.isEmpty() ? "(none listed)" : names.toString(); //$NON-NLS-1$
	}

	private static String fix(Reason reason, List<Path> folders) {
		return switch (reason) {
		case UNTRUSTED -> "If this is your organisation's server, get its certificate authority as a PEM file and add it in " //$NON-NLS-1$
				+ "Preferences > Network > Certificates" //$NON-NLS-1$
				+ (folders.isEmpty() ? "" : " (or copy it into " + folders.get(0) + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "; check the certificate's issuer with your administrator first."; //$NON-NLS-1$
		case WRONG_HOST -> "Use a URL with a host name the certificate names, or ask the server's administrator for a certificate for this name."; //$NON-NLS-1$
		case EXPIRED -> "Check the computer's clock; if it is right, ask the server's administrator to renew the certificate."; //$NON-NLS-1$
		};
	}
}
