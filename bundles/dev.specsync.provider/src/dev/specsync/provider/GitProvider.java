package dev.specsync.provider;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A Git hosting service SpecSync can connect to, contributed as an OSGi service.
 *
 * <p>The descriptive methods ({@link #id()}, {@link #displayName()}, {@link #authMethods()},
 * {@link #capabilities()}, {@link #connectForm(AuthMethod)}, {@link #recognize(String, Set)}) are cheap,
 * side-effect free and never touch the network. The operations may block on the network; each returns a
 * {@link Result} and never throws for an expected failure: bad credentials, an unknown host, a refused
 * connection, a missing repository or a missing scope are {@link Diagnostic}s in a
 * {@linkplain Result.Status#FAILED failed} result. Operations a provider does not implement keep the default
 * implementation, which returns an {@linkplain Result.Status#UNSUPPORTED unsupported} result; a provider lists
 * what it does implement in {@link #capabilities()} so that a user interface can offer only those.
 *
 * <p>Implementations must be thread-safe. No method receives or returns {@code null} unless its
 * documentation says so. Secrets passed in a {@link Connection} must never appear in anything a provider
 * returns, logs or writes.
 *
 * <p>New operations are added as default methods returning an unsupported result (see the package's API
 * policy), so implementing this interface against version 1.0 stays valid for every 1.x version.
 */
@ConsumerType
public interface GitProvider {

	/**
	 * The provider's stable identifier, for example {@code "github"} or {@code "generic"}: lower case letters,
	 * digits, dots and dashes. SpecSync stores it with every connection; it must never change between
	 * versions of a provider.
	 *
	 * @return the identifier, never blank
	 */
	String id();

	/**
	 * The name shown to users, for example {@code "GitHub"}; may be localized.
	 *
	 * @return the display name, never blank
	 */
	String displayName();

	/**
	 * Tells how well this provider recognises a remote URL. A cloud provider answers
	 * {@link Recognition#SPECIFIC} for its own hosts and for hosts the user assigned to it (a self-hosted
	 * installation on a custom domain); a provider that works with any Git remote answers
	 * {@link Recognition#GENERIC}. SpecSync picks the provider with the strongest recognition.
	 *
	 * @param url a remote URL as the user typed it or as Git stores it: {@code https://host/path},
	 *            {@code ssh://user@host/path}, {@code git@host:path} (scp-like), {@code git://host/path},
	 *            {@code file:///path} or a plain file system path; malformed URLs are not recognised
	 * @param customHosts host names (lower case, optionally with {@code :port}) the user configured for this
	 *            provider, possibly empty
	 * @return how well the URL is recognised, {@link Recognition#NONE} if not at all
	 */
	Recognition recognize(String url, Set<String> customHosts);

	/**
	 * The authentication methods this provider supports, in the order a connect dialog offers them (the first
	 * is the default).
	 *
	 * @return a non-empty, unmodifiable set in iteration order of preference
	 */
	Set<AuthMethod> authMethods();

	/**
	 * The fields of this provider's connect form for one authentication method, in display order. Their
	 * values reach the operations as {@link Connection#values()} (non-secret fields) and as the
	 * {@link Credentials} (fields of kind {@link FormField.Kind#SECRET}).
	 *
	 * @param method one of {@link #authMethods()}
	 * @return the fields, unmodifiable; empty if {@code method} is not supported
	 */
	List<FormField> connectForm(AuthMethod method);

	/**
	 * The operations this provider implements; the others return {@link Result.Status#UNSUPPORTED}.
	 *
	 * @return an unmodifiable set, empty by default
	 */
	default Set<Capability> capabilities() {
		return Set.of();
	}

	/**
	 * Checks that the connection's credentials are accepted and carry the scopes (permissions) SpecSync needs.
	 * On success the result holds the account as the server knows it. A rejected credential fails with
	 * {@link Diagnostic.Code#AUTHENTICATION_FAILED}; a missing scope fails with
	 * {@link Diagnostic.Code#MISSING_SCOPE} and a cause that names the scope; an unreachable server with the
	 * code naming why (unknown host, connection refused, TLS...).
	 *
	 * @param connection where and as whom to connect
	 * @param monitor progress and cancellation
	 * @return the account, or diagnostics
	 */
	default Result<AccountInfo> checkCredentials(Connection connection, ProgressMonitor monitor) {
		return Result.unsupported("checkCredentials");
	}

	/**
	 * Lists the organisations, groups, workspaces or projects (whatever the service calls the owners of
	 * repositories) that the account can see, one page at a time.
	 *
	 * @param connection where and as whom to connect
	 * @param page which page, and how large
	 * @param monitor progress and cancellation
	 * @return one page of owners, or diagnostics
	 */
	default Result<Page<Organization>> listOrganizations(Connection connection, PageRequest page,
			ProgressMonitor monitor) {
		return Result.unsupported("listOrganizations");
	}

	/**
	 * Lists the repositories of one owner, or of the account when {@code organizationId} is {@code null}.
	 *
	 * @param connection where and as whom to connect
	 * @param organizationId an {@link Organization#id()} from {@link #listOrganizations}, or {@code null}
	 * @param page which page, and how large
	 * @param monitor progress and cancellation
	 * @return one page of repositories, or diagnostics
	 */
	default Result<Page<RemoteRepository>> listRepositories(Connection connection, String organizationId,
			PageRequest page, ProgressMonitor monitor) {
		return Result.unsupported("listRepositories");
	}

	/**
	 * Lists the branches of a repository, sorted by name.
	 *
	 * @param connection where and as whom to connect
	 * @param repositoryUrl the repository, as a URL this provider {@linkplain #recognize recognises}
	 * @param page which page, and how large
	 * @param monitor progress and cancellation
	 * @return one page of branches, or diagnostics ({@link Diagnostic.Code#NOT_FOUND} or
	 *         {@link Diagnostic.Code#NOT_A_REPOSITORY} when there is no such repository)
	 */
	default Result<Page<Branch>> listBranches(Connection connection, String repositoryUrl, PageRequest page,
			ProgressMonitor monitor) {
		return Result.unsupported("listBranches");
	}

	/**
	 * Creates a branch in a repository. Fails with {@link Diagnostic.Code#ALREADY_EXISTS} if a branch of that
	 * name exists (an existing branch is never moved), with {@link Diagnostic.Code#NOT_FOUND} if the start
	 * point does not exist, and with {@link Diagnostic.Code#INVALID_INPUT} if the name is not a valid branch
	 * name.
	 *
	 * @param connection where and as whom to connect
	 * @param repositoryUrl the repository, as a URL this provider recognises
	 * @param branchName the short name of the new branch, for example {@code feature/pets}
	 * @param startPoint a branch name or a full commit id the new branch starts at
	 * @param monitor progress and cancellation
	 * @return the new branch, or diagnostics
	 */
	default Result<Branch> createBranch(Connection connection, String repositoryUrl, String branchName,
			String startPoint, ProgressMonitor monitor) {
		return Result.unsupported("createBranch");
	}

	/**
	 * Opens a pull request (merge request) from one branch into another.
	 *
	 * @param connection where and as whom to connect
	 * @param request what to open
	 * @param monitor progress and cancellation
	 * @return the opened pull request, or diagnostics
	 */
	default Result<PullRequest> createPullRequest(Connection connection, PullRequestDraft request,
			ProgressMonitor monitor) {
		return Result.unsupported("createPullRequest");
	}

	/**
	 * Registers a webhook on a repository, so that the service notifies SpecSync of pushes and pull requests.
	 *
	 * @param connection where and as whom to connect
	 * @param repositoryUrl the repository, as a URL this provider recognises
	 * @param spec where to deliver which events
	 * @param monitor progress and cancellation
	 * @return the registered webhook, or diagnostics
	 */
	default Result<Webhook> registerWebhook(Connection connection, String repositoryUrl, WebhookSpec spec,
			ProgressMonitor monitor) {
		return Result.unsupported("registerWebhook");
	}

	/**
	 * Checks that a webhook still exists and is active, and reports its last delivery problem as a diagnostic.
	 *
	 * @param connection where and as whom to connect
	 * @param repositoryUrl the repository, as a URL this provider recognises
	 * @param webhookId a {@link Webhook#id()} returned by {@link #registerWebhook}
	 * @param monitor progress and cancellation
	 * @return the webhook as the service knows it, or diagnostics ({@link Diagnostic.Code#NOT_FOUND} when it
	 *         was deleted)
	 */
	default Result<Webhook> verifyWebhook(Connection connection, String repositoryUrl, String webhookId,
			ProgressMonitor monitor) {
		return Result.unsupported("verifyWebhook");
	}
}
