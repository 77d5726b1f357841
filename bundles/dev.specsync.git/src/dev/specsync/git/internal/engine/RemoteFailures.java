package dev.specsync.git.internal.engine;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;

import javax.net.ssl.SSLException;

import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.RefNotAdvertisedException;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.net.CertificateRejectedException;

/** Diagnostics for failures of operations that talk to a server. */
final class RemoteFailures {

	private RemoteFailures() {
	}

	/**
	 * @param error what JGit threw
	 * @param action completing "SpecSync could not ..."
	 * @param uri the remote URL without user information
	 * @param credentials whether a credential was handed to the server
	 * @param cancelled whether the user cancelled
	 * @param folder the working tree the operation writes to, {@code null} for none
	 */
	static GitOperationException classify(Throwable error, String action, String uri, boolean credentials,
			boolean cancelled, Path folder) {
		String could = "SpecSync could not " + action; //$NON-NLS-1$
		if (cancelled) {
			return Problems.of(Code.CANCELLED, could + " because it was cancelled.", //$NON-NLS-1$
					"Start it again when you are ready; nothing was changed in your working tree.", error); //$NON-NLS-1$
		}
		if (LocalFailures.isDiskFull(error)) {
			// a full local disk breaks the transfer too; it must not read as a network problem
			return LocalFailures.classify(error, action, folder);
		}
		CertificateRejectedException rejected = find(error, CertificateRejectedException.class);
		if (rejected != null) {
			return Problems.of(Code.NETWORK, could + " because " + uri + " could not prove its identity. " //$NON-NLS-1$ //$NON-NLS-2$
					+ rejected.getMessage() + " Nothing was sent or changed.", rejected.fix(), error); //$NON-NLS-1$
		}
		if (find(error, SSLException.class) != null) {
			return Problems.of(Code.NETWORK, could + " because the secure connection to " + uri + " failed (" //$NON-NLS-1$ //$NON-NLS-2$
					+ LocalFailures.detail(find(error, SSLException.class)) + "). Nothing was sent or changed.", //$NON-NLS-1$
					"Check that the URL is an HTTPS server (not plain HTTP on that port) and the network or proxy settings.", error); //$NON-NLS-1$
		}
		if (!(error instanceof InvalidRemoteException) && !(error instanceof RefNotAdvertisedException)
				&& find(error, org.eclipse.jgit.api.errors.TransportException.class) == null
				&& find(error, org.eclipse.jgit.errors.TransportException.class) == null
				&& find(error, SocketException.class) == null && find(error, UnknownHostException.class) == null
				&& find(error, SocketTimeoutException.class) == null) {
			return LocalFailures.classify(error, action, folder);
		}
		String all = messages(error);
		if (uri.startsWith("ssh://") && (all.contains("cannot log in") || all.contains("no more authentication methods") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| all.contains("auth fail") || all.contains("authentication failed") || all.contains("no keys"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Problems.of(Code.AUTHENTICATION, "Authentication failed for " + uri //$NON-NLS-1$
					+ ": the server did not accept the SSH key.", //$NON-NLS-1$
					"Check that the key's public part is in the server's authorized keys for this user, and that the right key file is chosen.", error); //$NON-NLS-1$
		}
		if (all.contains("not authorized") || all.contains(" 401") || all.contains("authentication is required") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| all.contains("authentication not supported") || all.contains("auth fail")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (credentials) {
				return Problems.of(Code.AUTHENTICATION, "Authentication failed for " + uri //$NON-NLS-1$
						+ ": the token was rejected (401).", //$NON-NLS-1$
						"Sign in again, or give a valid token (the command line reads it from SPECSYNC_TOKEN).", error); //$NON-NLS-1$
			}
			return Problems.of(Code.AUTHENTICATION, "Authentication failed for " + uri //$NON-NLS-1$
					+ ": the server requires sign-in and no credentials were available (401).", //$NON-NLS-1$
					"Sign in to this server, or set SPECSYNC_TOKEN for the command line.", error); //$NON-NLS-1$
		}
		if (all.contains(" 403") || all.contains("forbidden")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Problems.of(Code.AUTHENTICATION, "Access denied for " + uri //$NON-NLS-1$
					+ ": the account is signed in but may not do this (403).", //$NON-NLS-1$
					"Ask for write access to the repository, or use a token with the needed scopes.", error); //$NON-NLS-1$
		}
		if (error instanceof RefNotAdvertisedException || all.contains("remote does not have") //$NON-NLS-1$
				|| all.contains("remote branch") && all.contains("not found")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Problems.of(Code.NOT_FOUND, could + ": the branch does not exist on " + uri + " (" //$NON-NLS-1$ //$NON-NLS-2$
					+ LocalFailures.detail(error) + ").", //$NON-NLS-1$
					"Check the branch name ('specsync branch -r' lists the remote branches), or push the branch first.", error); //$NON-NLS-1$
		}
		if (find(error, UnknownHostException.class) != null) {
			return Problems.of(Code.NETWORK, could + " because the host of " + uri + " is unknown.", //$NON-NLS-1$ //$NON-NLS-2$
					"Check the URL and your network or proxy settings.", error); //$NON-NLS-1$
		}
		if (find(error, ConnectException.class) != null || all.contains("connection refused") //$NON-NLS-1$
				|| all.contains("cannot connect") || all.contains("connect timed out")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Problems.of(Code.NETWORK, could + " because " + uri + " cannot be reached (" + LocalFailures.detail(error) //$NON-NLS-1$ //$NON-NLS-2$
					+ "). Nothing was changed.", //$NON-NLS-1$
					"Check that the server is running and reachable (network, VPN, proxy), then try again.", error); //$NON-NLS-1$
		}
		if (find(error, SocketTimeoutException.class) != null || find(error, SocketException.class) != null
				|| all.contains("premature eof") || all.contains("short read") || all.contains("connection reset") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| all.contains("broken pipe") || all.contains("timed out") || all.contains("unexpected end") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| all.contains("end of stream") || all.contains("eof") || all.contains("truncated")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Problems.of(Code.NETWORK, could + " because the connection to " + uri + " broke during the transfer (" //$NON-NLS-1$ //$NON-NLS-2$
					+ LocalFailures.detail(error) + "). Your local repository and files were not changed.", //$NON-NLS-1$
					"Check the server and the network, then try again.", error); //$NON-NLS-1$
		}
		if (error instanceof InvalidRemoteException || all.contains("not found") || all.contains(" 404") //$NON-NLS-1$ //$NON-NLS-2$
				|| all.contains("not a git repository") || all.contains("does not appear to be a git repository") //$NON-NLS-1$ //$NON-NLS-2$
				|| all.contains("not exported") || all.contains("no such repository")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Problems.of(Code.NOT_FOUND, could + ": there is no Git repository at " + uri + " (" //$NON-NLS-1$ //$NON-NLS-2$
					+ LocalFailures.detail(error) + ").", //$NON-NLS-1$
					"Check the URL, and that your account may see the repository.", error); //$NON-NLS-1$
		}
		return LocalFailures.classify(error, action + " with " + uri, folder); //$NON-NLS-1$
	}

	private static String messages(Throwable error) {
		StringBuilder sb = new StringBuilder();
		for (Throwable t = error; t != null && sb.length() < 10_000; t = t.getCause()) {
			sb.append(' ').append(t.getMessage());
			if (t.getCause() == t) {
				break;
			}
		}
		return sb.toString().toLowerCase(Locale.ROOT);
	}

	private static <T extends Throwable> T find(Throwable error, Class<T> type) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}
}
