package dev.specsync.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.osgi.util.NLS;

import dev.specsync.demo.DemoWorkspace;

/**
 * Builds the demo repository and its remote from the bundle's {@code demo/} resources, as described by
 * {@code demo/history.properties}: in a temporary folder beside the target, moved into place at the end.
 */
public final class DemoBuilder {

	private static final String CONTENT = "/demo/"; //$NON-NLS-1$
	private static final Pattern IDENTITY = Pattern.compile("(.*) <(.*)>"); //$NON-NLS-1$
	private static final String TEAMMATE_BRANCH = "teammate"; //$NON-NLS-1$

	private final Path folder;
	private final Path remote;
	private final Properties history = new Properties();

	/**
	 * Prepares a build.
	 *
	 * @param folder the working tree to create (absent or empty)
	 * @param remote the bare repository to create beside it
	 */
	public DemoBuilder(Path folder, Path remote) {
		this.folder = folder;
		this.remote = remote;
	}

	/**
	 * Builds the repository, its remote and their diverged history.
	 *
	 * @throws IOException when a file cannot be written or Git fails
	 */
	public void build() throws IOException {
		try (InputStream in = resource("history.properties")) { //$NON-NLS-1$
			history.load(in);
		}
		Path parent = folder.getParent();
		Files.createDirectories(parent);
		Path staging = parent.resolve(folder.getFileName() + ".creating"); //$NON-NLS-1$
		deleteTree(staging); // what an interrupted creation left: never the user's files
		Path work = staging.resolve("work"); //$NON-NLS-1$
		Path bare = staging.resolve("remote.git"); //$NON-NLS-1$
		try {
			build(work, bare);
			moveAside(remote);
			Files.move(bare, remote, StandardCopyOption.ATOMIC_MOVE);
			try (Git remoteGit = Git.open(remote.toFile())) {
				StoredConfig remoteConfig = remoteGit.getRepository().getConfig();
				remoteConfig.unset("gc", null, "auto"); //$NON-NLS-1$ //$NON-NLS-2$
				remoteConfig.save();
			}
			try (Git git = Git.open(work.toFile())) {
				StoredConfig config = git.getRepository().getConfig();
				config.setString("remote", DemoWorkspace.REMOTE, "url", remote.toString()); //$NON-NLS-1$ //$NON-NLS-2$
				config.setString("remote", DemoWorkspace.REMOTE, "fetch", //$NON-NLS-1$ //$NON-NLS-2$
						"+refs/heads/*:refs/remotes/" + DemoWorkspace.REMOTE + "/*"); //$NON-NLS-1$ //$NON-NLS-2$
				config.setString("branch", DemoWorkspace.BRANCH, "remote", DemoWorkspace.REMOTE); //$NON-NLS-1$ //$NON-NLS-2$
				config.setString("branch", DemoWorkspace.BRANCH, "merge", "refs/heads/" + DemoWorkspace.BRANCH); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Matcher you = IDENTITY.matcher(property("identity.you")); //$NON-NLS-1$
				if (you.matches()) { // commits made in the demo (a merge after resolving) are yours
					config.setString("user", null, "name", you.group(1)); //$NON-NLS-1$ //$NON-NLS-2$
					config.setString("user", null, "email", you.group(2)); //$NON-NLS-1$ //$NON-NLS-2$
				}
				config.save();
				git.fetch().setRemote(DemoWorkspace.REMOTE).call(); // gc.auto is still 0 (see build)
				config.unset("gc", null, "auto"); //$NON-NLS-1$ //$NON-NLS-2$
				config.save();
			}
			if (Files.isDirectory(folder)) {
				Files.delete(folder); // empty: checked by the caller; a rename cannot replace it everywhere
			}
			Files.move(work, folder, StandardCopyOption.ATOMIC_MOVE);
		} catch (GitAPIException e) {
			throw new IOException(e.getMessage(), e);
		} catch (DirectoryNotEmptyException e) {
			throw new IOException(NLS.bind(Messages.DemoWorkspace_notEmpty, folder), e);
		} finally {
			deleteTree(staging);
		}
	}

	private void build(Path work, Path bare) throws IOException, GitAPIException {
		// JGit collects garbage in the background after pushes and fetches when gc.auto allows; both folders are
		// moved when complete, so no collection may run while they are built (it would write into a moved folder).
		try (Git remoteGit = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch(DemoWorkspace.BRANCH)
				.call()) {
			noAutoGc(remoteGit);
		}
		try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch(DemoWorkspace.BRANCH).call()) {
			noAutoGc(git);
			String remoteUri = bare.toUri().toString();
			commit(git, work, "base"); //$NON-NLS-1$
			push(git, remoteUri, DemoWorkspace.BRANCH);
			git.checkout().setCreateBranch(true).setName(TEAMMATE_BRANCH).call();
			commit(git, work, "teammate"); //$NON-NLS-1$
			push(git, remoteUri, TEAMMATE_BRANCH);
			git.checkout().setName(DemoWorkspace.BRANCH).call();
			git.branchDelete().setBranchNames(TEAMMATE_BRANCH).setForce(true).call();
			commit(git, work, "local"); //$NON-NLS-1$
		}
	}

	private static void noAutoGc(Git git) throws IOException {
		StoredConfig config = git.getRepository().getConfig();
		config.setInt("gc", null, "auto", 0); //$NON-NLS-1$ //$NON-NLS-2$
		config.save();
	}

	private void commit(Git git, Path work, String step) throws IOException, GitAPIException {
		for (String file : property(step + ".files").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$
			Path target = work.resolve(file.trim());
			Files.createDirectories(target.getParent());
			try (InputStream in = resource(step + '/' + file.trim())) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		git.add().addFilepattern(".").call(); //$NON-NLS-1$
		PersonIdent who = identity(property(step + ".author"), Instant.parse(property(step + ".time"))); //$NON-NLS-1$ //$NON-NLS-2$
		git.commit().setMessage(property(step + ".message") + '\n').setAuthor(who).setCommitter(who).setSign(Boolean.FALSE) //$NON-NLS-1$
				.setNoVerify(true).call();
	}

	private static void push(Git git, String remoteUri, String branch) throws IOException, GitAPIException {
		RefSpec spec = new RefSpec("refs/heads/" + branch + ":refs/heads/" + DemoWorkspace.BRANCH); //$NON-NLS-1$ //$NON-NLS-2$
		for (PushResult result : git.push().setRemote(remoteUri).setRefSpecs(spec).call()) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				if (update.getStatus() != RemoteRefUpdate.Status.OK) {
					throw new IOException(NLS.bind(Messages.DemoBuilder_pushRejected, spec, update.getStatus()));
				}
			}
		}
	}

	private PersonIdent identity(String who, Instant when) throws IOException {
		Matcher m = IDENTITY.matcher(property("identity." + who)); //$NON-NLS-1$
		if (!m.matches()) {
			throw new IllegalStateException("bad demo identity " + who); //$NON-NLS-1$
		}
		return new PersonIdent(m.group(1), m.group(2), when, ZoneOffset.UTC);
	}

	private String property(String key) throws IOException {
		String value = history.getProperty(key);
		if (value == null) {
			throw new IOException(NLS.bind(Messages.DemoBuilder_missingContent, "history.properties#" + key)); //$NON-NLS-1$
		}
		return value;
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = DemoBuilder.class.getResourceAsStream(CONTENT + name);
		if (in == null) {
			throw new IOException(NLS.bind(Messages.DemoBuilder_missingContent, CONTENT + name));
		}
		return in;
	}

	/** A remote left by a demo whose working tree is gone is kept, under another name, rather than deleted. */
	private static void moveAside(Path existing) throws IOException {
		if (!Files.exists(existing)) {
			return;
		}
		Path aside = existing.resolveSibling(existing.getFileName() + ".old-" + System.currentTimeMillis()); //$NON-NLS-1$
		Files.move(existing, aside, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
