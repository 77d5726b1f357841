package dev.specsync.provider.generic.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.provider.Connection;
import dev.specsync.provider.Credentials;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.contract.BadCredential;
import dev.specsync.provider.contract.GitProviderContract;
import dev.specsync.testing.gitserver.GitCli;
import dev.specsync.testing.gitserver.GitHttpServer;
import dev.specsync.provider.contract.RegisteredProviders;

/**
 * The provider contract for {@code generic} against Git smart HTTP ({@code git http-backend} behind nginx) with
 * HTTP Basic authentication where the password is a token.
 */
class GenericHttpContractTest extends GitProviderContract {

	static final String USER = "alice";
	static final String TOKEN = "sst_9f3KqL2vXw8RtY6uP0aB4cD7eF1gH5jM";
	static final String WRONG_TOKEN = "sst_wrongwrongwrongwrongwrongwrong00";

	@TempDir
	static Path root;
	static Path bare;
	static GitHttpServer server;
	static GitProvider provider;

	@BeforeAll
	static void startServer() throws Exception {
		provider = RegisteredProviders.find(GenericHttpContractTest.class, "generic");
		Path repos = root.resolve("repos");
		java.nio.file.Files.createDirectories(repos);
		bare = GitCli.createBareRepository(repos, "api.git", "develop", "release/1.0");
		server = GitHttpServer.start(repos, root.resolve("server"), USER, TOKEN.toCharArray());
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Override
	protected GitProvider provider() {
		return provider;
	}

	@Override
	protected Connection connection() {
		return Connection.of(server.url("api.git"), Credentials.token(USER, TOKEN.toCharArray()));
	}

	@Override
	protected Optional<BadCredential> badCredential() {
		return Optional.of(new BadCredential(
				Connection.of(server.url("api.git"), Credentials.token(USER, WRONG_TOKEN.toCharArray())),
				Diagnostic.Code.AUTHENTICATION_FAILED));
	}

	@Override
	protected String repositoryUrl() {
		return server.url("api.git");
	}

	@Override
	protected String missingRepositoryUrl() {
		return server.url("missing.git");
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
		return GitCli.branches(bare);
	}

	@Override
	protected List<String> recognizedUrls() {
		return List.of("https://git.example.com/team/api.git", "http://10.0.0.5:8080/git/api", "git://host/api.git",
				"ssh://git@git.example.com:2222/team/api.git", "git@git.example.com:team/api.git");
	}

	@Override
	protected List<String> unrecognizedUrls() {
		return List.of("/home/me/api", "file:///home/me/api", "C:\\repos\\api", "ftp://host/api.git", "mailto:me@example.com");
	}

	@Override
	protected Set<String> secrets() {
		return Set.of(TOKEN, WRONG_TOKEN);
	}
}
