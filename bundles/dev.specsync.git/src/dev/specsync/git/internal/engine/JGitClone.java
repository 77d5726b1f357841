package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.URIish;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.CloneOperation;
import dev.specsync.git.engine.GitWorkspace;

/** Clone on JGit's {@link CloneCommand}; JGit removes what it created when the clone fails. */
final class JGitClone extends RemoteOperationBase<CloneOperation, GitWorkspace> implements CloneOperation {

	private final String uri;
	private final Path directory;
	private String branch;
	private String safeUri;

	JGitClone(Engine engine, String uri, Path directory) {
		super(engine, "clone " + directory.getFileName(), null); //$NON-NLS-1$
		this.uri = uri;
		this.directory = directory.toAbsolutePath();
	}

	@Override
	public CloneOperation setBranch(String branch) {
		this.branch = Objects.requireNonNull(branch, "branch"); //$NON-NLS-1$
		return this;
	}

	@Override
	String remoteUri() {
		return safeUri != null ? safeUri : "the remote"; //$NON-NLS-1$
	}

	@Override
	GitWorkspace run() throws GitOperationException, GitAPIException, IOException {
		URIish parsed;
		try {
			parsed = new URIish(uri);
		} catch (URISyntaxException e) {
			throw Problems.invalid("'" + dev.specsync.git.Redactor.redact(uri) + "' is not a Git URL.", //$NON-NLS-1$ //$NON-NLS-2$
					"Give the URL as shown by the Git host, for example https://host/team/api.git."); //$NON-NLS-1$
		}
		safeUri = CredentialsBridge.withoutUserInfo(parsed);
		if (parsed.getPass() != null) {
			throw Problems.invalid("The URL " + safeUri + " contains a password or token; SpecSync never stores secrets in URLs.", //$NON-NLS-1$ //$NON-NLS-2$
					"Remove it from the URL and give the token through the sign-in dialog or SPECSYNC_TOKEN."); //$NON-NLS-1$
		}
		if (Files.exists(directory)) {
			boolean empty;
			try (Stream<Path> entries = Files.list(directory)) {
				empty = entries.findAny().isEmpty();
			}
			if (!empty) {
				throw Problems.invalid("The folder " + directory + " already exists and is not empty.", //$NON-NLS-1$ //$NON-NLS-2$
						"Clone into a new or empty folder."); //$NON-NLS-1$
			}
		}
		CloneCommand clone = configure(Git.cloneRepository()).setURI(uri).setDirectory(directory.toFile())
				.setProgressMonitor(monitor());
		if (branch != null) {
			clone.setBranch(branch);
		}
		Git git = clone.call();
		return JGitWorkspace.wrap(engine(), git.getRepository());
	}
}
