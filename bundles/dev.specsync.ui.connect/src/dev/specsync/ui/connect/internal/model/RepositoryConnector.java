package dev.specsync.ui.connect.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.osgi.util.NLS;

import dev.specsync.workspace.ApiDefinition;
import dev.specsync.workspace.ManifestFile;
import dev.specsync.workspace.WorkspaceException;
import dev.specsync.workspace.WorkspaceManifest;

/**
 * Connects a workspace's Git repository to a remote and disconnects it, without SWT: Connect writes the remote
 * {@value #REMOTE} (its URL without credentials), the branch's upstream, the connection's provider and account
 * in a {@code [specsync "connection"]} section of {@code .git/config}, and the API's entry of
 * {@code specsync.yaml}; Disconnect removes the remote, the upstreams pointing to it and that section, and keeps
 * every file, the manifest and the history.
 *
 * <p>Stateless; each call opens and closes the repository. Secrets never pass through this class.
 */
public final class RepositoryConnector {

	/** The remote Connect sets. */
	public static final String REMOTE = "origin"; //$NON-NLS-1$

	/** The configuration section of the connection. */
	public static final String SECTION = "specsync"; //$NON-NLS-1$

	/** The subsection of the connection. */
	public static final String SUBSECTION = "connection"; //$NON-NLS-1$

	private final Path root;

	/**
	 * A connector for the repository of a working tree.
	 *
	 * @param root the working tree's root folder
	 */
	public RepositoryConnector(Path root) {
		this.root = Objects.requireNonNull(root);
	}

	/**
	 * The connection stored in the repository.
	 *
	 * @return the provider id, remote URL and API, empty when the repository has no {@value #REMOTE} remote
	 * @throws IOException if the repository cannot be read
	 */
	public Optional<StoredConnection> current() throws IOException {
		try (Repository repository = open()) {
			StoredConfig config = repository.getConfig();
			String url = config.getString("remote", REMOTE, "url"); //$NON-NLS-1$ //$NON-NLS-2$
			if (url == null) {
				return Optional.empty();
			}
			return Optional.of(new StoredConnection(nonNull(config.getString(SECTION, SUBSECTION, "provider")), //$NON-NLS-1$
					url, nonNull(config.getString(SECTION, SUBSECTION, "account")), //$NON-NLS-1$
					nonNull(config.getString(SECTION, SUBSECTION, "api")), nonNull(repository.getBranch()))); //$NON-NLS-1$
		}
	}

	/**
	 * What a repository's connection is.
	 *
	 * @param providerId the provider's id, empty when the remote was not set by SpecSync
	 * @param remoteUrl the URL of the remote
	 * @param account the account, empty for none
	 * @param apiId the API connected, empty when unknown
	 * @param branch the current branch
	 */
	public record StoredConnection(String providerId, String remoteUrl, String account, String apiId, String branch) {
	}

	/**
	 * Connects: the remote, the branch's upstream, the connection section and the manifest's API entry. An API
	 * entry of the same id is replaced only when a value differs (status, versions and backups are kept).
	 *
	 * @param settings what to write
	 * @return what was done, one sentence per change, for the user
	 * @throws IOException if the repository or the manifest cannot be written
	 * @throws WorkspaceException if the manifest cannot be read or a path leaves the repository
	 */
	public List<String> connect(ConnectionSettings settings) throws IOException, WorkspaceException {
		if (ConnectForm.isUrl(settings.remoteUrl()) && settings.remoteUrl().matches("(?i)^[a-z][a-z0-9+.-]*://[^/@\\s]*:[^/@\\s]*@.*")) { //$NON-NLS-1$
			throw new IllegalArgumentException("a remote URL must not carry a password"); //$NON-NLS-1$
		}
		List<String> done = new ArrayList<>();
		ManifestFile manifest = manifest(settings);
		try (Repository repository = open()) {
			StoredConfig config = repository.getConfig();
			String oldUrl = config.getString("remote", REMOTE, "url"); //$NON-NLS-1$ //$NON-NLS-2$
			config.setString("remote", REMOTE, "url", settings.remoteUrl()); //$NON-NLS-1$ //$NON-NLS-2$
			if (config.getStringList("remote", REMOTE, "fetch").length == 0) { //$NON-NLS-1$ //$NON-NLS-2$
				config.setString("remote", REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			done.add(oldUrl == null || oldUrl.equals(settings.remoteUrl())
					? NLS.bind(Messages.Connector_remoteSet, REMOTE, settings.remoteUrl())
					: NLS.bind(Messages.Connector_remoteChanged, new Object[] { REMOTE, oldUrl, settings.remoteUrl() }));
			config.setString(SECTION, SUBSECTION, "provider", settings.providerId()); //$NON-NLS-1$
			config.setString(SECTION, SUBSECTION, "auth", settings.authMethod()); //$NON-NLS-1$
			config.setString(SECTION, SUBSECTION, "api", settings.apiId()); //$NON-NLS-1$
			if (settings.account().isEmpty()) {
				config.unset(SECTION, SUBSECTION, "account"); //$NON-NLS-1$
			} else {
				config.setString(SECTION, SUBSECTION, "account", settings.account()); //$NON-NLS-1$
			}
			String branch = settings.branch().isBlank() ? repository.getBranch() : settings.branch().strip();
			if (branch != null && repository.exactRef(Constants.R_HEADS + branch) != null) {
				config.setString("branch", branch, "remote", REMOTE); //$NON-NLS-1$ //$NON-NLS-2$
				config.setString("branch", branch, "merge", Constants.R_HEADS + branch); //$NON-NLS-1$ //$NON-NLS-2$
				done.add(NLS.bind(Messages.Connector_upstream, branch, REMOTE + '/' + branch));
			} else if (branch != null) {
				done.add(NLS.bind(Messages.Connector_branchNotLocal, branch));
			}
			config.save();
		}
		if (manifest != null) {
			manifest.save();
			done.add(NLS.bind(Messages.Connector_manifest, settings.apiName(), WorkspaceManifest.FILE_NAME));
		}
		return done;
	}

	private ManifestFile manifest(ConnectionSettings settings) throws IOException, WorkspaceException {
		ManifestFile file;
		try {
			file = ManifestFile.load(root);
		} catch (NoSuchFileException e) {
			file = ManifestFile.create(root, WorkspaceManifest.empty());
		}
		Optional<ApiDefinition> existing = file.manifest().api(settings.apiId());
		ApiDefinition wanted;
		if (existing.isPresent()) {
			ApiDefinition old = existing.get();
			wanted = new ApiDefinition(old.id(), settings.apiName(), settings.rootFile(), settings.schemaDirectory(),
					settings.collectionDirectory(), old.status(), old.versions(), old.backups());
			if (wanted.equals(old)) {
				return null;
			}
			file = file.removeApi(old.id());
		} else {
			wanted = new ApiDefinition(settings.apiId(), settings.apiName(), settings.rootFile(),
					settings.schemaDirectory(), settings.collectionDirectory(), dev.specsync.workspace.ApiStatus.PLANNING,
					List.of(), List.of());
		}
		return file.addApi(wanted);
	}

	/**
	 * Disconnects: removes the remote {@value #REMOTE}, the upstream of every branch that tracks it and the
	 * connection section. Files, the manifest, commits and branches stay.
	 *
	 * @return what was done, one sentence per change, for the user; empty when there was no connection
	 * @throws IOException if the configuration cannot be written
	 */
	public List<String> disconnect() throws IOException {
		List<String> done = new ArrayList<>();
		try (Repository repository = open()) {
			StoredConfig config = repository.getConfig();
			String url = config.getString("remote", REMOTE, "url"); //$NON-NLS-1$ //$NON-NLS-2$
			if (url != null) {
				config.unsetSection("remote", REMOTE); //$NON-NLS-1$
				done.add(NLS.bind(Messages.Connector_remoteRemoved, REMOTE, url));
			}
			for (String branch : config.getSubsections("branch")) { //$NON-NLS-1$
				if (REMOTE.equals(config.getString("branch", branch, "remote"))) { //$NON-NLS-1$ //$NON-NLS-2$
					config.unset("branch", branch, "remote"); //$NON-NLS-1$ //$NON-NLS-2$
					config.unset("branch", branch, "merge"); //$NON-NLS-1$ //$NON-NLS-2$
					done.add(NLS.bind(Messages.Connector_upstreamRemoved, branch));
				}
			}
			if (config.getNames(SECTION, SUBSECTION).size() > 0) {
				config.unsetSection(SECTION, SUBSECTION);
				done.add(Messages.Connector_settingsRemoved);
			}
			config.save();
		}
		return done;
	}

	private Repository open() throws IOException {
		if (!Files.isDirectory(root.resolve(Constants.DOT_GIT)) && !Files.isRegularFile(root.resolve(Constants.DOT_GIT))) {
			throw new IOException(NLS.bind(Messages.Connector_noRepository, root));
		}
		return new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).readEnvironment().build();
	}

	private static String nonNull(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
