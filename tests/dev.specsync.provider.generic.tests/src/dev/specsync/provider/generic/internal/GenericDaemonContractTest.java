package dev.specsync.provider.generic.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.provider.Connection;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.contract.BadCredential;
import dev.specsync.provider.contract.GitProviderContract;
import dev.specsync.testing.gitserver.GitCli;
import dev.specsync.testing.gitserver.GitDaemon;
import dev.specsync.provider.contract.RegisteredProviders;

/** The provider contract for {@code generic} against {@code git daemon} (git://, no authentication, pushes enabled). */
class GenericDaemonContractTest extends GitProviderContract {

	@TempDir
	static Path root;
	static Path bare;
	static GitDaemon daemon;
	static GitProvider provider;

	@BeforeAll
	static void startDaemon() throws Exception {
		provider = RegisteredProviders.find(GenericDaemonContractTest.class, "generic");
		Path repos = Files.createDirectories(root.resolve("repos"));
		bare = GitCli.createBareRepository(repos, "api.git", "develop");
		daemon = GitDaemon.start(repos, true);
	}

	@AfterAll
	static void stopDaemon() {
		if (daemon != null) {
			daemon.close();
		}
	}

	@Override
	protected GitProvider provider() {
		return provider;
	}

	@Override
	protected Connection connection() {
		return Connection.anonymous(daemon.url("api.git"));
	}

	@Override
	protected Optional<BadCredential> badCredential() {
		return Optional.empty(); // git daemon has no authentication
	}

	@Override
	protected String repositoryUrl() {
		return daemon.url("api.git");
	}

	@Override
	protected String missingRepositoryUrl() {
		return daemon.url("missing.git");
	}

	@Override
	protected Set<String> expectedBranches() {
		return Set.of("main", "develop");
	}

	@Override
	protected String expectedDefaultBranch() {
		return "main";
	}

	@Override
	protected Set<String> branchesSeenByGit() throws Exception {
		return GitCli.branches(bare);
	}

	@Override
	protected List<String> recognizedUrls() {
		return List.of(daemon.url("api.git"));
	}

	@Override
	protected List<String> unrecognizedUrls() {
		return List.of("/srv/git/api.git");
	}
}
