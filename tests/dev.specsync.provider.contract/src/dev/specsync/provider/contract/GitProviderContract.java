package dev.specsync.provider.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.specsync.provider.AccountInfo;
import dev.specsync.provider.AuthMethod;
import dev.specsync.provider.Branch;
import dev.specsync.provider.Capability;
import dev.specsync.provider.Connection;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.FormField;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.Page;
import dev.specsync.provider.PageRequest;
import dev.specsync.provider.ProgressMonitor;
import dev.specsync.provider.PullRequestDraft;
import dev.specsync.provider.Recognition;
import dev.specsync.provider.Result;
import dev.specsync.provider.WebhookSpec;

/**
 * The tests every {@link GitProvider} must pass. A provider's test bundle extends this class, prepares a real
 * repository (on disk or on a loopback server) with the branches {@link #expectedBranches()} and implements the
 * abstract methods; JUnit 5 then runs every test here against the provider.
 *
 * <p>Every result the tests receive is checked for secrets: no text of a diagnostic, no {@code toString()} of a
 * result may contain one of {@link #secrets()}.
 */
public abstract class GitProviderContract {

	private static final AtomicInteger BRANCH_COUNTER = new AtomicInteger();

	/**
	 * The provider under test.
	 *
	 * @return the provider, as registered (or constructed)
	 */
	protected abstract GitProvider provider();

	/**
	 * A connection that the provider accepts, created anew for each call (the tests close its credentials).
	 *
	 * @return a working connection to the test repository's server
	 */
	protected abstract Connection connection();

	/**
	 * A connection whose credential check must fail.
	 *
	 * @return the connection and the expected code, empty when the provider has no way to fail a check (the test
	 *         is then skipped)
	 */
	protected abstract Optional<BadCredential> badCredential();

	/**
	 * The test repository's URL (or path), holding exactly {@link #expectedBranches()}.
	 *
	 * @return the URL
	 */
	protected abstract String repositoryUrl();

	/**
	 * A URL of the provider's kind where no repository exists.
	 *
	 * @return the URL
	 */
	protected abstract String missingRepositoryUrl();

	/**
	 * The branches of the test repository before any test created one.
	 *
	 * @return short names
	 */
	protected abstract Set<String> expectedBranches();

	/**
	 * The test repository's default branch.
	 *
	 * @return its short name, one of {@link #expectedBranches()}
	 */
	protected abstract String expectedDefaultBranch();

	/**
	 * The branches of the test repository as seen independently of the provider (the git command line on the
	 * server's repository).
	 *
	 * @return short names
	 * @throws Exception if they cannot be read
	 */
	protected abstract Set<String> branchesSeenByGit() throws Exception;

	/**
	 * URLs the provider must recognise.
	 *
	 * @return non-empty list
	 */
	protected abstract List<String> recognizedUrls();

	/**
	 * URLs the provider must not recognise.
	 *
	 * @return list, may be empty
	 */
	protected abstract List<String> unrecognizedUrls();

	/**
	 * The secrets used by {@link #connection()} and {@link #badCredential()}; none may appear in a diagnostic.
	 *
	 * @return the secrets, empty by default
	 */
	protected Set<String> secrets() {
		return Set.of();
	}

	// ---------------------------------------------------------------- descriptor

	@Test
	void descriptorIsComplete() {
		GitProvider provider = provider();
		assertTrue(provider.id().matches("[a-z0-9][a-z0-9.-]*"), "id is lower case letters, digits, dots and dashes: " + provider.id());
		assertEquals(provider.id(), provider().id(), "id is stable");
		assertFalse(provider.displayName().isBlank(), "display name");
		assertFalse(provider.authMethods().isEmpty(), "at least one authentication method");
		assertNotNull(provider.capabilities());
	}

	@Test
	void connectFormFitsEachAuthMethod() {
		for (AuthMethod method : provider().authMethods()) {
			List<FormField> form = provider().connectForm(method);
			assertFalse(form.isEmpty(), "a form for " + method);
			Set<String> ids = new HashSet<>();
			for (FormField field : form) {
				assertTrue(ids.add(field.id()), "field ids are unique: " + field.id());
				assertFalse(field.label().isBlank(), "label of " + field.id());
				if (field.kind() == FormField.Kind.SECRET) {
					assertTrue(field.defaultValue().isEmpty(), "a secret has no default: " + field.id());
				}
			}
			assertTrue(form.stream().anyMatch(f -> f.id().equals(FormField.URL)
					&& (f.kind() == FormField.Kind.URL || f.kind() == FormField.Kind.PATH)),
					"the form of " + method + " asks for the URL or path under the id '" + FormField.URL + "'");
			boolean hasSecret = form.stream().anyMatch(f -> f.kind() == FormField.Kind.SECRET);
			boolean needsSecret = method == AuthMethod.PERSONAL_ACCESS_TOKEN || method == AuthMethod.USERNAME_PASSWORD;
			if (needsSecret) {
				assertTrue(hasSecret, method + " has a secret field");
			}
			if (method == AuthMethod.NONE) {
				assertFalse(hasSecret, "no secret field without authentication");
			}
		}
		for (AuthMethod method : AuthMethod.values()) {
			if (!provider().authMethods().contains(method)) {
				assertTrue(provider().connectForm(method).isEmpty(), "no form for the unsupported method " + method);
			}
		}
	}

	// ---------------------------------------------------------------- URL recognition

	@Test
	void recognizesItsUrls() {
		assertFalse(recognizedUrls().isEmpty());
		for (String url : recognizedUrls()) {
			assertTrue(provider().recognize(url, Set.of()).isRecognized(), "recognises " + url);
		}
		assertTrue(provider().recognize(repositoryUrl(), Set.of()).isRecognized(), "recognises the test repository");
	}

	@Test
	void rejectsOtherAndMalformedUrls() {
		List<String> urls = new ArrayList<>(unrecognizedUrls());
		urls.addAll(List.of("", "   ", "not a url", "http://", "://nohost/x"));
		for (String url : urls) {
			assertEquals(Recognition.NONE, provider().recognize(url, Set.of()), "does not recognise '" + url + "'");
		}
	}

	// ---------------------------------------------------------------- credentials

	@Test
	void goodCredentialIsAccepted() {
		requires(Capability.CHECK_CREDENTIALS);
		Connection connection = connection();
		assertNoSecret(connection.toString());
		Result<AccountInfo> result;
		try {
			result = checked(() -> provider().checkCredentials(connection, ProgressMonitor.none()));
		} finally {
			connection.credentials().close();
		}
		assertOk(result);
		assertFalse(result.value().orElseThrow().name().isBlank(), "the account has a name");
	}

	@Test
	void badCredentialIsRejectedWithItsCause() {
		requires(Capability.CHECK_CREDENTIALS);
		Optional<BadCredential> bad = badCredential();
		Assumptions.assumeTrue(bad.isPresent(), "this provider's test server has no way to reject a credential");
		Result<AccountInfo> result = checked(() -> provider().checkCredentials(bad.get().connection(), ProgressMonitor.none()));
		assertEquals(Result.Status.FAILED, result.status(), () -> "a bad credential fails: " + result);
		Diagnostic error = result.error().orElseThrow();
		assertEquals(Diagnostic.Severity.ERROR, error.severity());
		assertEquals(bad.get().expected(), error.code(), () -> "the cause is named: " + error.message());
		assertFalse(error.fix().isBlank(), "the diagnostic says how to fix it");
		bad.get().connection().credentials().close();
	}

	// ---------------------------------------------------------------- branches

	@Test
	void listsTheBranchesSortedWithTheDefault() {
		requires(Capability.LIST_BRANCHES);
		Result<Page<Branch>> result = checked(() -> provider().listBranches(connection(), repositoryUrl(),
				PageRequest.first(), ProgressMonitor.none()));
		assertOk(result);
		List<Branch> branches = result.value().orElseThrow().items();
		List<String> names = branches.stream().map(Branch::name).toList();
		assertTrue(names.containsAll(expectedBranches()), "all branches are listed: " + names);
		assertEquals(names.stream().sorted().toList(), names, "sorted by name");
		assertEquals(List.of(expectedDefaultBranch()), branches.stream().filter(Branch::isDefault).map(Branch::name).toList(),
				"exactly the default branch is marked default");
		for (Branch branch : branches) {
			assertTrue(branch.commitId().matches("[0-9a-f]{40}([0-9a-f]{24})?"), "a full commit id: " + branch.commitId());
		}
	}

	@Test
	void pagesThroughTheBranches() {
		requires(Capability.LIST_BRANCHES);
		List<Branch> all = checked(() -> provider().listBranches(connection(), repositoryUrl(), PageRequest.first(1000),
				ProgressMonitor.none())).value().orElseThrow().items();
		assertTrue(all.size() >= 2, "the test repository has several branches");
		List<Branch> paged = new ArrayList<>();
		PageRequest request = PageRequest.first(1);
		for (int guard = 0; guard < 1000; guard++) {
			PageRequest current = request;
			Page<Branch> page = checked(() -> provider().listBranches(connection(), repositoryUrl(), current,
					ProgressMonitor.none())).value().orElseThrow();
			assertTrue(page.items().size() <= 1, "no page is larger than asked");
			paged.addAll(page.items());
			if (!page.hasNext()) {
				break;
			}
			request = request.next(page.nextPageToken());
		}
		assertEquals(all.stream().map(Branch::name).toList(), paged.stream().map(Branch::name).toList(),
				"one branch per page, every branch once");
	}

	@Test
	void missingRepositoryIsNamed() {
		requires(Capability.LIST_BRANCHES);
		Result<Page<Branch>> result = checked(() -> provider().listBranches(connection(), missingRepositoryUrl(),
				PageRequest.first(), ProgressMonitor.none()));
		assertEquals(Result.Status.FAILED, result.status(), () -> result.toString());
		Diagnostic.Code code = result.error().orElseThrow().code();
		assertTrue(code == Diagnostic.Code.NOT_FOUND || code == Diagnostic.Code.NOT_A_REPOSITORY,
				() -> "a missing repository is reported as such: " + result);
	}

	@Test
	void canceledMonitorCancels() {
		requires(Capability.LIST_BRANCHES);
		Result<Page<Branch>> result = checked(() -> provider().listBranches(connection(), repositoryUrl(),
				PageRequest.first(), () -> true));
		assertEquals(Result.Status.CANCELED, result.status(), () -> result.toString());
	}

	@Test
	void createsABranchSeenByGit() throws Exception {
		requires(Capability.CREATE_BRANCH);
		String name = "specsync/contract-" + BRANCH_COUNTER.incrementAndGet() + "-" + System.nanoTime();
		Branch base = defaultBranch();
		Result<Branch> created = checked(() -> provider().createBranch(connection(), repositoryUrl(), name,
				expectedDefaultBranch(), ProgressMonitor.none()));
		assertOk(created);
		assertEquals(name, created.value().orElseThrow().name());
		assertEquals(base.commitId(), created.value().orElseThrow().commitId(), "starts at the start point");
		assertTrue(branchesSeenByGit().contains(name), "git sees the new branch");
		List<String> listed = checked(() -> provider().listBranches(connection(), repositoryUrl(), PageRequest.first(1000),
				ProgressMonitor.none())).value().orElseThrow().items().stream().map(Branch::name).toList();
		assertTrue(listed.contains(name), "the provider lists the new branch");
	}

	@Test
	void existingBranchIsNeverMoved() throws Exception {
		requires(Capability.CREATE_BRANCH);
		String other = expectedBranches().stream().filter(b -> !b.equals(expectedDefaultBranch())).findFirst()
				.orElseThrow(() -> new AssertionError("the test repository needs a second branch"));
		Branch before = branch(other);
		Result<Branch> result = checked(() -> provider().createBranch(connection(), repositoryUrl(), other,
				expectedDefaultBranch(), ProgressMonitor.none()));
		assertEquals(Result.Status.FAILED, result.status(), () -> result.toString());
		assertEquals(Diagnostic.Code.ALREADY_EXISTS, result.error().orElseThrow().code());
		assertEquals(before.commitId(), branch(other).commitId(), "the existing branch did not move");
	}

	@Test
	void invalidBranchNameAndUnknownStartPointAreNamed() {
		requires(Capability.CREATE_BRANCH);
		Result<Branch> invalid = checked(() -> provider().createBranch(connection(), repositoryUrl(), "bad..name",
				expectedDefaultBranch(), ProgressMonitor.none()));
		assertEquals(Diagnostic.Code.INVALID_INPUT, invalid.error().orElseThrow().code(), () -> invalid.toString());
		Result<Branch> unknown = checked(() -> provider().createBranch(connection(), repositoryUrl(),
				"specsync/from-nowhere-" + System.nanoTime(), "no-such-branch", ProgressMonitor.none()));
		assertEquals(Diagnostic.Code.NOT_FOUND, unknown.error().orElseThrow().code(), () -> unknown.toString());
	}

	// ---------------------------------------------------------------- unsupported operations

	@Test
	void operationsOutsideTheCapabilitiesAreUnsupported() {
		Set<Capability> capabilities = provider().capabilities();
		Connection connection = connection();
		String url = repositoryUrl();
		ProgressMonitor none = ProgressMonitor.none();
		for (Capability capability : Capability.values()) {
			if (capabilities.contains(capability)) {
				continue;
			}
			Result<?> result = checked(() -> switch (capability) {
			case CHECK_CREDENTIALS -> provider().checkCredentials(connection, none);
			case LIST_ORGANIZATIONS -> provider().listOrganizations(connection, PageRequest.first(), none);
			case LIST_REPOSITORIES -> provider().listRepositories(connection, null, PageRequest.first(), none);
			case LIST_BRANCHES -> provider().listBranches(connection, url, PageRequest.first(), none);
			case CREATE_BRANCH -> provider().createBranch(connection, url, "x", "main", none);
			case CREATE_PULL_REQUEST -> provider().createPullRequest(connection,
					new PullRequestDraft(url, "feature", "main", "Title", ""), none);
			case REGISTER_WEBHOOK -> provider().registerWebhook(connection, url,
					new WebhookSpec("https://hooks.example.com/specsync", Set.of(WebhookSpec.PUSH)), none);
			case VERIFY_WEBHOOK -> provider().verifyWebhook(connection, url, "1", none);
			});
			assertEquals(Result.Status.UNSUPPORTED, result.status(), capability + " is not a capability: " + result);
			assertEquals(Diagnostic.Code.UNSUPPORTED, result.error().orElseThrow().code());
		}
	}

	// ---------------------------------------------------------------- helpers

	/** Skips the test when the provider does not declare the capability. */
	protected final void requires(Capability capability) {
		Assumptions.assumeTrue(provider().capabilities().contains(capability),
				provider().id() + " does not declare " + capability);
	}

	/**
	 * Calls an operation, fails if it throws, and checks that its result shows no secret.
	 *
	 * @param <R> the result type
	 * @param call the operation
	 * @return its result
	 */
	protected final <R extends Result<?>> R checked(Supplier<R> call) {
		R result;
		try {
			result = call.get();
		} catch (RuntimeException e) {
			throw new AssertionError("a provider operation returns diagnostics instead of throwing", e);
		}
		assertNotNull(result, "an operation returns a result");
		assertNoSecret(result.toString());
		for (Diagnostic d : result.diagnostics()) {
			assertNoSecret(d.cause());
			assertNoSecret(d.fix());
		}
		return result;
	}

	/**
	 * Fails if the text contains one of {@link #secrets()}.
	 *
	 * @param text any text a user or a log could see
	 */
	protected final void assertNoSecret(String text) {
		for (String secret : secrets()) {
			if (!secret.isEmpty() && text.contains(secret)) {
				fail("a secret appears in: " + text.replace(secret, "<SECRET>"));
			}
		}
	}

	private static void assertOk(Result<?> result) {
		assertTrue(result.isOk(), () -> "expected success: " + result);
	}

	private Branch defaultBranch() {
		return branch(expectedDefaultBranch());
	}

	private Branch branch(String name) {
		return checked(() -> provider().listBranches(connection(), repositoryUrl(), PageRequest.first(1000),
				ProgressMonitor.none())).value().orElseThrow().items().stream().filter(b -> b.name().equals(name))
				.findFirst().orElseThrow(() -> new AssertionError("no branch " + name));
	}
}
