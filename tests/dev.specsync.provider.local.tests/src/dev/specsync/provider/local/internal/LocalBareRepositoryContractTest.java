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

/** The provider contract for {@code local} on a bare repository, given as a {@code file:} URL. */
class LocalBareRepositoryContractTest extends GitProviderContract {

	@TempDir
	static Path root;
	static Path bare;
	static GitProvider provider;

	@BeforeAll
	static void createRepository() throws Exception {
		provider = RegisteredProviders.find(LocalBareRepositoryContractTest.class, "local");
		bare = GitCli.createBareRepository(root, "api.git", "develop");
		Files.writeString(root.resolve("a-file.txt"), "not a repository\n");
	}

	@Override
	protected GitProvider provider() {
		return provider;
	}

	@Override
	protected Connection connection() {
		return Connection.anonymous(bare.toUri().toString());
	}

	@Override
	protected Optional<BadCredential> badCredential() {
		return Optional.of(new BadCredential(Connection.anonymous(root.resolve("a-file.txt").toString()),
				Diagnostic.Code.NOT_A_REPOSITORY));
	}

	@Override
	protected String repositoryUrl() {
		return bare.toUri().toString();
	}

	@Override
	protected String missingRepositoryUrl() {
		return root.resolve("missing.git").toUri().toString();
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
		return List.of(bare.toString(), "file:///srv/git/api.git");
	}

	@Override
	protected List<String> unrecognizedUrls() {
		return List.of("https://git.example.com/api.git", "api.git");
	}
}
