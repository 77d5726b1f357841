package dev.specsync.provider.local.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.provider.Connection;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.contract.BadCredential;
import dev.specsync.provider.contract.GitProviderContract;
import dev.specsync.testing.gitserver.GitCli;
import dev.specsync.provider.contract.RegisteredProviders;

/** The provider contract for {@code local} on a working tree (a folder with .git), created by the git command line. */
class LocalWorkingTreeContractTest extends GitProviderContract {

	@TempDir
	static Path root;
	static Path repository;
	static GitProvider provider;

	@BeforeAll
	static void createRepository() throws Exception {
		provider = RegisteredProviders.find(LocalWorkingTreeContractTest.class, "local");
		Path bare = GitCli.createBareRepository(root, "origin.git", "develop", "release/1.0");
		repository = root.resolve("api");
		GitCli.git(root, "clone", "-q", bare.toString(), repository.toString());
		GitCli.git(repository, "branch", "develop", "origin/develop");
		GitCli.git(repository, "branch", "release/1.0", "origin/release/1.0");
		Files.createDirectories(root.resolve("empty"));
	}

	@Override
	protected GitProvider provider() {
		return provider;
	}

	@Override
	protected Connection connection() {
		return Connection.anonymous(repository.toString());
	}

	@Override
	protected Optional<BadCredential> badCredential() {
		return Optional.of(new BadCredential(Connection.anonymous(root.resolve("empty").toString()),
				Diagnostic.Code.NOT_A_REPOSITORY));
	}

	@Override
	protected String repositoryUrl() {
		return repository.toString();
	}

	@Override
	protected String missingRepositoryUrl() {
		return root.resolve("no-such-folder").toString();
	}

	@Override
	protected Set<String> expectedBranches() {
		return Set.of("main", "develop", "release/1.0");
	}

	@Override
	protected String expectedDefaultBranch() {
		return "main";
	}

	@Override
	protected Set<String> branchesSeenByGit() throws Exception {
		return GitCli.branches(repository.resolve(".git"));
	}

	@Override
	protected List<String> recognizedUrls() {
		return List.of("/home/me/apis", "file:///home/me/apis", "C:\\Users\\me\\apis", repository.toUri().toString());
	}

	@Override
	protected List<String> unrecognizedUrls() {
		return List.of("https://github.com/acme/api.git", "git@github.com:acme/api.git", "ssh://git@host/x.git",
				"git://host/x.git", "relative/path");
	}
}
