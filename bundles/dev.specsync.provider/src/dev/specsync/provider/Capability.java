package dev.specsync.provider;

/**
 * An operation of {@link GitProvider} that a provider implements. Callers must tolerate constants added in
 * later minor versions of this package.
 */
public enum Capability {
	/** {@link GitProvider#checkCredentials}. */
	CHECK_CREDENTIALS,
	/** {@link GitProvider#listOrganizations}. */
	LIST_ORGANIZATIONS,
	/** {@link GitProvider#listRepositories}. */
	LIST_REPOSITORIES,
	/** {@link GitProvider#listBranches}. */
	LIST_BRANCHES,
	/** {@link GitProvider#createBranch}. */
	CREATE_BRANCH,
	/** {@link GitProvider#createPullRequest}. */
	CREATE_PULL_REQUEST,
	/** {@link GitProvider#registerWebhook}. */
	REGISTER_WEBHOOK,
	/** {@link GitProvider#verifyWebhook}. */
	VERIFY_WEBHOOK
}
