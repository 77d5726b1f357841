package dev.specsync.ui.connect.internal.preferences;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

import org.eclipse.osgi.util.NLS;

import dev.specsync.net.NetworkSettings;
import dev.specsync.ui.connect.internal.Messages;

/**
 * The certificate authorities SpecSync trusts besides the system's: listed from
 * {@link NetworkSettings#certificateFolders()}, added to and removed from {@link NetworkSettings#userCertificates()}.
 * No SWT: the Certificates page shows what this class reads.
 */
public final class TrustedCertificates {

	/**
	 * One certificate in a trusted folder.
	 *
	 * @param file the PEM file that holds it
	 * @param subject the subject's common name, else its whole name
	 * @param issuer the issuer's common name, else its whole name
	 * @param expires the end of its validity
	 * @param yours whether it is in the user's folder (removable), not the installation's
	 */
	public record Entry(Path file, String subject, String issuer, Instant expires, boolean yours) {
	}

	private final NetworkSettings settings;

	/**
	 * @param settings the network settings whose folders are read and written
	 */
	public TrustedCertificates(NetworkSettings settings) {
		this.settings = settings;
	}

	/** @return the user's folder, which Add writes to */
	public Path userFolder() {
		return settings.userCertificates();
	}

	/**
	 * Lists the certificates of every trusted folder, the user's first; unreadable files are left out.
	 *
	 * @return the certificates, in folder and file-name order
	 */
	public List<Entry> list() {
		List<Entry> entries = new ArrayList<>();
		Path user = settings.userCertificates().toAbsolutePath().normalize();
		for (Path folder : settings.certificateFolders()) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			boolean yours = folder.toAbsolutePath().normalize().equals(user);
			List<Path> files = new ArrayList<>();
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{pem,crt,cer,PEM,CRT,CER}")) { //$NON-NLS-1$
				stream.forEach(files::add);
			} catch (IOException e) {
				continue;
			}
			files.sort(null);
			for (Path file : files) {
				try {
					for (X509Certificate certificate : parse(Files.readAllBytes(file))) {
						entries.add(new Entry(file, name(certificate.getSubjectX500Principal()),
								name(certificate.getIssuerX500Principal()), certificate.getNotAfter().toInstant(), yours));
					}
				} catch (IOException | CertificateException e) {
					// not a certificate file: CertificateTrust reports it, the list leaves it out
				}
			}
		}
		return entries;
	}

	/**
	 * Adds the certificates of a PEM or DER file to the user's folder, as a PEM file named after it. The file is
	 * parsed first; nothing is written unless it holds a certificate. The copy is written whole or not at all.
	 *
	 * @param source the file the user chose
	 * @return the file written in the user's folder
	 * @throws IOException with a message naming the cause and the fix when the file is unreadable or holds no
	 *             certificate, or the folder cannot be written
	 */
	public Path add(Path source) throws IOException {
		List<X509Certificate> certificates;
		try {
			certificates = parse(Files.readAllBytes(source));
		} catch (CertificateException e) {
			certificates = List.of();
		}
		if (certificates.isEmpty()) {
			throw new IOException(NLS.bind(Messages.Certificates_notACertificate, source));
		}
		StringBuilder pem = new StringBuilder();
		Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
		try {
			for (X509Certificate certificate : certificates) {
				pem.append("-----BEGIN CERTIFICATE-----\n") //$NON-NLS-1$
						.append(encoder.encodeToString(certificate.getEncoded())).append("\n-----END CERTIFICATE-----\n"); //$NON-NLS-1$
			}
		} catch (CertificateEncodingException e) {
			throw new IOException(NLS.bind(Messages.Certificates_notACertificate, source), e);
		}
		Path folder = settings.userCertificates();
		Files.createDirectories(folder);
		String base = source.getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Path target = folder.resolve(base + ".pem"); //$NON-NLS-1$
		byte[] bytes = pem.toString().getBytes(StandardCharsets.US_ASCII);
		for (int i = 2; Files.exists(target); i++) {
			if (java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
				return target;
			}
			target = folder.resolve(base + "-" + i + ".pem"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path temporary = Files.createTempFile(folder, ".adding-", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.write(temporary, bytes);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
		return target;
	}

	/**
	 * Removes a certificate the user added: its whole file goes.
	 *
	 * @param entry a certificate of {@link #list()}
	 * @throws IOException when the file cannot be deleted, or the certificate is the installation's
	 */
	public void remove(Entry entry) throws IOException {
		if (!entry.yours()) {
			throw new IOException(NLS.bind(Messages.Certificates_readOnly, entry.subject()));
		}
		Files.deleteIfExists(entry.file());
	}

	private static List<X509Certificate> parse(byte[] bytes) throws CertificateException {
		CertificateFactory factory = CertificateFactory.getInstance("X.509"); //$NON-NLS-1$
		List<X509Certificate> out = new ArrayList<>();
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			for (java.security.cert.Certificate certificate : factory.generateCertificates(in)) {
				if (certificate instanceof X509Certificate x509) {
					out.add(x509);
				}
			}
		} catch (IOException e) {
			throw new CertificateException(e);
		}
		return out;
	}

	/**
	 * @param principal a subject or issuer
	 * @return its common name, else its whole RFC 2253 name
	 */
	static String name(X500Principal principal) {
		String whole = principal.getName(X500Principal.RFC2253);
		try {
			for (Rdn rdn : new LdapName(whole).getRdns()) {
				if (rdn.getType().toUpperCase(Locale.ROOT).equals("CN")) { //$NON-NLS-1$
					return String.valueOf(rdn.getValue());
				}
			}
		} catch (InvalidNameException e) {
			// fall through
		}
		return whole;
	}
}
