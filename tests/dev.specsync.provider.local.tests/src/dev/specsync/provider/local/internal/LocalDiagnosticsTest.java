package dev.specsync.provider.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.provider.AccountInfo;
import dev.specsync.provider.Branch;
import dev.specsync.provider.Connection;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.PageRequest;
import dev.specsync.provider.ProgressMonitor;
import dev.specsync.provider.Result;
import dev.specsync.testing.gitserver.GitCli;
import dev.specsync.provider.contract.RegisteredProviders;

/** What the user reads when the chosen folder is not a usable repository, and the layouts that are. */
class LocalDiagnosticsTest {

	@TempDir
	Path root;
	GitProvider provider;

	@BeforeEach
	void provider() throws Exception {
		provider = RegisteredProviders.find(LocalDiagnosticsTest.class, "local");
	}

	private Result<AccountInfo> check(Path path) {
		return provider.checkCredentials(Connection.anonymous(path.toString()), ProgressMonitor.none());
	}

	@Test
	void missingFolderIsNamedWithTheFix() {
		Diagnostic d = check(root.resolve("nowhere")).error().orElseThrow();
		assertEquals(Diagnostic.Code.NOT_FOUND, d.code());
		assertTrue(d.cause().contains(root.resolve("nowhere").toString()), d.cause());
	}

	@Test
	void emptyFolderIsNotARepositoryAndTheFixSaysGitInit() throws Exception {
		Files.createDirectories(root.resolve("empty"));
		Diagnostic d = check(root.resolve("empty")).error().orElseThrow();
		assertEquals(Diagnostic.Code.NOT_A_REPOSITORY, d.code());
		assertTrue(d.fix().contains("git init"), d.fix());
	}

	@Test
	void subfolderOfARepositoryNamesTheTopFolder() throws Exception {
		Path top = GitCli.createBareRepository(root, "origin.git").resolveSibling("work");
		GitCli.git(root, "clone", "-q", root.resolve("origin.git").toString(), top.toString());
		Path sub = Files.createDirectories(top.resolve("specs"));
		Diagnostic d = check(sub).error().orElseThrow();
		assertEquals(Diagnostic.Code.NOT_A_REPOSITORY, d.code());
		assertTrue(d.fix().contains(top.toString()), "the fix names the repository's top folder: " + d.fix());
	}

	@Test
	void relativePathIsInvalidInput() {
		Result<AccountInfo> result = provider.checkCredentials(Connection.anonymous("apis/pets"), ProgressMonitor.none());
		assertEquals(Diagnostic.Code.INVALID_INPUT, result.error().orElseThrow().code());
	}

	@Test
	void linkedWorktreeWithAGitFileIsARepository() throws Exception {
		Path bare = GitCli.createBareRepository(root, "origin.git", "develop");
		Path main = root.resolve("main");
		GitCli.git(root, "clone", "-q", bare.toString(), main.toString());
		Path linked = root.resolve("linked");
		GitCli.git(main, "worktree", "add", "-q", "-b", "feature", linked.toString());
		assertTrue(Files.isRegularFile(linked.resolve(".git")), "a linked worktree has a .git file");
		Result<AccountInfo> check = check(linked);
		assertTrue(check.isOk(), check.toString());
		List<String> names = provider.listBranches(Connection.anonymous(linked.toString()), linked.toString(),
				PageRequest.first(), ProgressMonitor.none()).value().orElseThrow().items().stream().map(Branch::name).toList();
		assertEquals(List.of("feature", "main"), names);
	}

	@Test
	void readOnlyRepositoryIsUsableWithAWarning() throws Exception {
		Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
				"file permissions do not restrict root: run as another user to check read-only repositories");
		Path bare = GitCli.createBareRepository(root, "ro.git");
		Files.setPosixFilePermissions(bare, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			Result<AccountInfo> result = check(bare);
			assertTrue(result.isOk(), result.toString());
			assertEquals(Diagnostic.Code.PERMISSION_DENIED, result.diagnostics().get(0).code());
			assertEquals(Diagnostic.Severity.WARNING, result.diagnostics().get(0).severity());
		} finally {
			Files.setPosixFilePermissions(bare, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void createdBranchIsNotCheckedOutAndTheWorkingTreeIsUntouched() throws Exception {
		Path bare = GitCli.createBareRepository(root, "origin.git");
		Path work = root.resolve("work");
		GitCli.git(root, "clone", "-q", bare.toString(), work.toString());
		Files.writeString(work.resolve("openapi.yaml"), "edited but not committed\n");
		String statusBefore = GitCli.git(work, "status", "--porcelain=v1", "--branch");
		Result<Branch> created = provider.createBranch(Connection.anonymous(work.toString()), work.toString(), "feature/x",
				"main", ProgressMonitor.none());
		assertTrue(created.isOk(), created.toString());
		assertEquals(statusBefore, GitCli.git(work, "status", "--porcelain=v1", "--branch"), "still on main, edit kept");
		assertEquals(GitCli.commitOf(work.resolve(".git"), "main"), GitCli.commitOf(work.resolve(".git"), "feature/x"));
		GitCli.git(work, "fsck", "--no-progress");
	}
}
