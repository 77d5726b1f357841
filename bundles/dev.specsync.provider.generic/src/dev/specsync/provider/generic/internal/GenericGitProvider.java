package dev.specsync.provider.generic.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LsRemoteCommand;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FileUtils;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.specsync.net.NetworkSettings;
import dev.specsync.net.jgit.NetworkTransportConfig;
import dev.specsync.provider.AccountInfo;
import dev.specsync.provider.AuthMethod;
import dev.specsync.provider.Branch;
import dev.specsync.provider.Capability;
import dev.specsync.provider.Connection;
import dev.specsync.provider.Credentials;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.Diagnostic.Code;
import dev.specsync.provider.FormField;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.Page;
import dev.specsync.provider.PageRequest;
import dev.specsync.provider.ProgressMonitor;
import dev.specsync.provider.Recognition;
import dev.specsync.provider.Result;

/**
 * The {@code generic} provider: any Git remote reached over {@code https://}, {@code http://}, {@code git://}
 * or {@code ssh://}, with an access token, a user name and password, an SSH key file (its passphrase as the
 * secret; the server's host key must be in the known hosts file of the network settings), or no credentials. It speaks only the Git protocol: credentials are checked by an authenticated
 * {@code ls-remote}, branches are listed by {@code ls-remote} and created by pushing a new ref; there is no
 * organisation, repository, pull request or webhook listing (unsupported results).
 *
 * <p>Creating a branch fetches the start commit (shallow) into a temporary bare repository and pushes it to the
 * new ref with an expected old value of "none", so an existing branch is never moved. Nothing is written to any
 * Git configuration; the secret lives only in memory during the operation.
 */
@Component(service = GitProvider.class)
public final class GenericGitProvider implements GitProvider {

	/** The provider id. */
	public static final String ID = "generic";

	/** Seconds JGit waits for a server before giving up. */
	private static final int TIMEOUT_SECONDS = 30;

	private static final Set<AuthMethod> AUTH_METHODS = Collections.unmodifiableSet(new LinkedHashSet<>(
			List.of(AuthMethod.PERSONAL_ACCESS_TOKEN, AuthMethod.USERNAME_PASSWORD, AuthMethod.SSH_KEY, AuthMethod.NONE)));

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile NetworkSettings network;

	/** The network settings in force: trusted certificate authorities, proxy, SSH known hosts. */
	private final Supplier<NetworkSettings> settings = () -> {
		NetworkSettings current = network;
		return current != null ? current : NetworkSettings.defaults();
	};

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String displayName() {
		return Messages.displayName;
	}

	@Override
	public Recognition recognize(String url, Set<String> customHosts) {
		return RemoteUrls.parse(url) != null ? Recognition.GENERIC : Recognition.NONE;
	}

	@Override
	public Set<AuthMethod> authMethods() {
		return AUTH_METHODS;
	}

	@Override
	public List<FormField> connectForm(AuthMethod method) {
		FormField url = FormField.url(FormField.URL, Messages.field_url).withHelp(Messages.field_url_help);
		return switch (method) {
		case PERSONAL_ACCESS_TOKEN -> List.of(url,
				FormField.text(FormField.USERNAME, Messages.field_username).optional()
						.withHelp(Messages.field_username_token_help),
				FormField.secret(FormField.SECRET, Messages.field_token).withHelp(Messages.field_token_help));
		case USERNAME_PASSWORD -> List.of(url,
				FormField.text(FormField.USERNAME, Messages.field_username).withHelp(Messages.field_username_help),
				FormField.secret(FormField.SECRET, Messages.field_password).withHelp(Messages.field_password_help));
		case SSH_KEY -> List.of(url,
				FormField.text(FormField.USERNAME, Messages.field_username).optional()
						.withHelp(Messages.field_username_ssh_help),
				FormField.path(FormField.SSH_KEY_FILE, Messages.field_sshKeyFile).withHelp(Messages.field_sshKeyFile_help),
				FormField.secret(FormField.SECRET, Messages.field_passphrase).optional()
						.withHelp(Messages.field_passphrase_help));
		case NONE -> List.of(url);
		default -> List.of();
		};
	}

	@Override
	public Set<Capability> capabilities() {
		return Set.of(Capability.CHECK_CREDENTIALS, Capability.LIST_BRANCHES, Capability.CREATE_BRANCH);
	}

	@Override
	public Result<AccountInfo> checkCredentials(Connection connection, ProgressMonitor monitor) {
		return lsRemote(connection, connection.url(), monitor).map(refs -> new AccountInfo(account(connection), Set.of()));
	}

	@Override
	public Result<Page<Branch>> listBranches(Connection connection, String repositoryUrl, PageRequest page,
			ProgressMonitor monitor) {
		return lsRemote(connection, repositoryUrl, monitor).map(refs -> Page.slice(branches(refs), page));
	}

	@Override
	public Result<Branch> createBranch(Connection connection, String repositoryUrl, String branchName,
			String startPoint, ProgressMonitor monitor) {
		String refName = Constants.R_HEADS + branchName;
		if (branchName.isBlank() || !Repository.isValidRefName(refName)) {
			return Result.failed(Diagnostic.error(Code.INVALID_INPUT,
					NLS.bind(Messages.invalidBranchName_cause, branchName), Messages.invalidBranchName_fix));
		}
		Result<URIish> parsed = parse(repositoryUrl);
		if (!parsed.isOk()) {
			return parsed.map(u -> null);
		}
		URIish uri = parsed.value().orElseThrow();
		Result<Map<String, Ref>> listed = lsRemote(connection, repositoryUrl, monitor);
		if (!listed.isOk()) {
			return listed.map(r -> null);
		}
		Map<String, Ref> refs = listed.value().orElseThrow();
		String where = RemoteUrls.display(uri);
		if (refs.containsKey(refName)) {
			return Result.failed(Diagnostic.error(Code.ALREADY_EXISTS,
					NLS.bind(Messages.branchExists_cause, branchName, where), Messages.branchExists_fix));
		}
		Ref startRef = refs.get(startPoint.startsWith(Constants.R_REFS) ? startPoint : Constants.R_HEADS + startPoint);
		if (startRef == null && !ObjectId.isId(startPoint)) {
			return Result.failed(Diagnostic.error(Code.NOT_FOUND,
					NLS.bind(Messages.startPointMissing_cause, startPoint, where), Messages.startPointMissing_fix));
		}
		if (monitor.isCanceled()) {
			return Result.canceled();
		}
		monitor.beginTask(NLS.bind(Messages.task_createBranch, branchName, where), 2);
		File scratch = null;
		try (Access access = new Access(connection.credentials());
				NetworkTransportConfig transportConfig = transportFor(connection.credentials())) {
			scratch = Files.createTempDirectory("specsync-branch-").toFile();
			try (Repository local = FileRepositoryBuilder.create(scratch)) {
				local.create(true);
				ObjectId start = fetchStart(local, withUser(repositoryUrl, uri, connection.credentials()), access,
						transportConfig, startRef, startPoint, refs);
				if (start == null) {
					return Result.failed(Diagnostic.error(Code.NOT_FOUND,
							NLS.bind(Messages.startPointMissing_cause, startPoint, where), Messages.startPointMissing_fix));
				}
				monitor.worked(1);
				if (monitor.isCanceled()) {
					return Result.canceled();
				}
				return push(local, new URIish(withUser(repositoryUrl, uri, connection.credentials())), access, transportConfig,
						branchName, refName, start, where);
			} catch (Exception e) {
				return Result.failed(Failures.diagnose(e, uri, access, true, transportConfig.hostKeyRefusal()));
			}
		} catch (IOException e) {
			return Result.failed(Diagnostic.error(Code.IO, NLS.bind(Messages.ioFailure_cause, where, e.getMessage()),
					Messages.ioFailure_fix));
		} finally {
			monitor.worked(1);
			if (scratch != null) {
				try {
					FileUtils.delete(scratch, FileUtils.RECURSIVE | FileUtils.RETRY | FileUtils.IGNORE_ERRORS);
				} catch (IOException e) {
					// IGNORE_ERRORS: a temporary folder left behind is harmless
				}
			}
		}
	}

	/** Fetches the start commit (shallow when it is a branch tip) and returns its id, {@code null} if the server has no such commit. */
	private static ObjectId fetchStart(Repository local, String url, Access access, TransportConfigCallback network, Ref startRef, String startPoint,
			Map<String, Ref> refs) throws Exception {
		Ref tip = startRef;
		if (tip == null) {
			ObjectId wanted = ObjectId.fromString(startPoint);
			tip = refs.values().stream().filter(r -> wanted.equals(r.getObjectId())).findFirst().orElse(null);
		}
		try (Git git = Git.wrap(local)) {
			if (tip != null) {
				git.fetch().setRemote(url).setCredentialsProvider(access.credentialsProvider()).setTimeout(TIMEOUT_SECONDS)
						.setTransportConfigCallback(network)
						.setRefSpecs(new RefSpec("+" + tip.getName() + ":refs/specsync/start")).setDepth(1).call();
				Ref fetched = local.exactRef("refs/specsync/start");
				return fetched == null ? null : fetched.getObjectId();
			}
			// a commit that is no branch tip: fetch the branches and look for it
			git.fetch().setRemote(url).setCredentialsProvider(access.credentialsProvider()).setTimeout(TIMEOUT_SECONDS)
						.setTransportConfigCallback(network)
					.setRefSpecs(new RefSpec("+refs/heads/*:refs/specsync/heads/*")).call();
			ObjectId wanted = ObjectId.fromString(startPoint);
			return local.getObjectDatabase().has(wanted) ? wanted : null;
		}
	}

	private static Result<Branch> push(Repository local, URIish uri, Access access, TransportConfigCallback network, String branchName, String refName,
			ObjectId start, String where) throws Exception {
		try (Transport transport = Transport.open(local, uri)) {
			transport.setCredentialsProvider(access.credentialsProvider());
			transport.setTimeout(TIMEOUT_SECONDS);
			network.configure(transport);
			RemoteRefUpdate update = new RemoteRefUpdate(local, null, start, refName, false, null, ObjectId.zeroId());
			transport.push(NullProgressMonitor.INSTANCE, List.of(update));
			return switch (update.getStatus()) {
			case OK, UP_TO_DATE -> Result.ok(new Branch(branchName, start.name(), false));
			case REJECTED_REMOTE_CHANGED, REJECTED_NONFASTFORWARD -> Result.failed(Diagnostic.error(Code.ALREADY_EXISTS,
					NLS.bind(Messages.branchExists_cause, branchName, where), Messages.branchExists_fix));
			default -> Result.failed(Diagnostic.error(Code.PERMISSION_DENIED,
					NLS.bind(Messages.pushRejected_cause, new Object[] { where, branchName,
							access.scrub(update.getMessage() != null ? update.getMessage() : update.getStatus().name()) }),
					Messages.pushRejected_fix));
			};
		}
	}

	/** The refs of the remote (branches, tags, HEAD), or a diagnostic. */
	private Result<Map<String, Ref>> lsRemote(Connection connection, String url, ProgressMonitor monitor) {
		Result<URIish> parsed = parse(url);
		if (!parsed.isOk()) {
			return parsed.map(u -> null);
		}
		URIish uri = parsed.value().orElseThrow();
		if (monitor.isCanceled()) {
			return Result.canceled();
		}
		Credentials credentials = connection.credentials();
		Optional<String> keyFile = credentials.keyFile();
		if (credentials.method() == AuthMethod.SSH_KEY && keyFile.isPresent() && !Files.isRegularFile(Path.of(keyFile.get()))) {
			return Result.failed(Diagnostic.error(Code.INVALID_INPUT, NLS.bind(Messages.sshKeyMissing_cause, keyFile.get()),
					Messages.sshKeyMissing_fix));
		}
		monitor.beginTask(NLS.bind(Messages.task_connect, RemoteUrls.hostOf(uri)), -1);
		try (Access access = new Access(credentials); NetworkTransportConfig transportConfig = transportFor(credentials)) {
			try {
				LsRemoteCommand command = Git.lsRemoteRepository().setRemote(withUser(url, uri, credentials))
						.setTimeout(TIMEOUT_SECONDS).setCredentialsProvider(access.credentialsProvider())
						.setTransportConfigCallback(transportConfig);
				Map<String, Ref> refs = command.callAsMap();
				return monitor.isCanceled() ? Result.canceled() : Result.ok(refs);
			} catch (Exception e) {
				return Result.failed(Failures.diagnose(e, uri, access, false, transportConfig.hostKeyRefusal()));
			}
		}
	}

	/** The name the server knows the connection by: the user name given, else the SSH user of the URL. */
	private static String account(Connection connection) {
		Credentials credentials = connection.credentials();
		if (credentials.username().isPresent()) {
			return credentials.username().get();
		}
		if (credentials.method() == AuthMethod.SSH_KEY) {
			URIish uri = RemoteUrls.parse(connection.url());
			// without a user in the URL, the SSH client logs in as the local user, as OpenSSH does
			return uri != null && uri.getUser() != null ? uri.getUser() : System.getProperty("user.name"); //$NON-NLS-1$
		}
		return credentials.hasSecret() ? Access.TOKEN_USER : Messages.anonymous;
	}

	/**
	 * The network settings for one operation, with the key file of {@link AuthMethod#SSH_KEY} credentials;
	 * closing it stops the SSH client it started.
	 */
	private NetworkTransportConfig transportFor(Credentials credentials) {
		Path key = credentials.method() == AuthMethod.SSH_KEY ? credentials.keyFile().map(Path::of).orElse(null) : null;
		return new NetworkTransportConfig(settings, key);
	}

	/** The URL to connect to: an {@code ssh://} URL without a user gets the user name of SSH key credentials. */
	private static String withUser(String url, URIish uri, Credentials credentials) {
		if (credentials.method() != AuthMethod.SSH_KEY || !RemoteUrls.isSsh(uri) || uri.getUser() != null
				|| credentials.username().isEmpty()) {
			return url;
		}
		return uri.setUser(credentials.username().get()).toString();
	}

	private static Result<URIish> parse(String url) {
		URIish uri = RemoteUrls.parse(url);
		if (uri == null) {
			return Result.failed(Diagnostic.error(Code.INVALID_INPUT, NLS.bind(Messages.invalidUrl_cause, url),
					Messages.invalidUrl_fix));
		}
		return Result.ok(uri);
	}

	/** Branches sorted by name; the default one is what HEAD points at (its symref, or the only branch at its commit). */
	static List<Branch> branches(Map<String, Ref> refs) {
		Ref head = refs.get(Constants.HEAD);
		String defaultRef = null;
		if (head != null && head.isSymbolic()) {
			defaultRef = head.getTarget().getName();
		} else if (head != null && head.getObjectId() != null) {
			List<String> atHead = refs.values().stream()
					.filter(r -> r.getName().startsWith(Constants.R_HEADS) && head.getObjectId().equals(r.getObjectId()))
					.map(Ref::getName).sorted().toList();
			defaultRef = atHead.contains("refs/heads/main") ? "refs/heads/main"
					: atHead.contains("refs/heads/master") ? "refs/heads/master" : atHead.stream().findFirst().orElse(null);
		}
		List<Branch> branches = new ArrayList<>();
		Collection<Ref> all = refs.values();
		for (Ref ref : all) {
			if (ref.getName().startsWith(Constants.R_HEADS) && ref.getObjectId() != null) {
				branches.add(new Branch(Repository.shortenRefName(ref.getName()), ref.getObjectId().name(),
						ref.getName().equals(defaultRef)));
			}
		}
		branches.sort(Comparator.comparing(Branch::name));
		return branches;
	}
}
