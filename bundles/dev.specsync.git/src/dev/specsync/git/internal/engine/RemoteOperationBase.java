package dev.specsync.git.internal.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.lib.Repository;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.credentials.GitCredentials;
import dev.specsync.git.engine.GitProgress;
import dev.specsync.git.engine.RemoteOperation;
import dev.specsync.net.jgit.HostKeyRefusal;
import dev.specsync.net.jgit.NetworkTransportConfig;

/** Credentials, progress and timeout for operations that talk to a server. */
abstract class RemoteOperationBase<S extends RemoteOperation<S, T>, T> extends Operation<T> implements RemoteOperation<S, T> {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	private final Engine engine;
	private GitCredentials credentials;
	private GitProgress progress = GitProgress.NONE;
	private Duration timeout = DEFAULT_TIMEOUT;
	private CredentialsBridge bridge;
	private ProgressBridge monitor;
	private Path sshKey;
	private NetworkTransportConfig network;

	/** @param repository the workspace's repository, {@code null} for a clone that has none yet */
	RemoteOperationBase(Engine engine, String action, Repository repository) {
		super(action, repository);
		this.engine = engine;
	}

	@SuppressWarnings("unchecked")
	private S self() {
		return (S) this;
	}

	@Override
	public S setCredentials(GitCredentials credentials) {
		this.credentials = Objects.requireNonNull(credentials, "credentials"); //$NON-NLS-1$
		return self();
	}

	@Override
	public S setProgress(GitProgress progress) {
		this.progress = Objects.requireNonNull(progress, "progress"); //$NON-NLS-1$
		return self();
	}

	@Override
	public S setTimeout(Duration timeout) {
		if (timeout.toSeconds() < 1) {
			throw new IllegalArgumentException("the timeout must be at least one second: " + timeout); //$NON-NLS-1$
		}
		this.timeout = timeout;
		return self();
	}

	@Override
	public S setSshKey(Path privateKey) {
		this.sshKey = Objects.requireNonNull(privateKey, "privateKey"); //$NON-NLS-1$
		return self();
	}

	Engine engine() {
		return engine;
	}

	/**
	 * Configures a JGit transport command with this operation's credentials, progress and timeout, and the
	 * engine's network settings (trusted certificate authorities, proxy).
	 */
	<C extends TransportCommand<C, ?>> C configure(C command) {
		bridge = new CredentialsBridge(credentials != null ? credentials : engine.credentials());
		command.setCredentialsProvider(bridge);
		if (network == null) {
			network = new NetworkTransportConfig(engine.network(), sshKey);
		}
		command.setTransportConfigCallback(network);
		command.setTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
		return command;
	}

	ProgressBridge monitor() {
		if (monitor == null) {
			monitor = new ProgressBridge(progress);
		}
		return monitor;
	}

	/** The URL the failure is reported for, without user information. */
	abstract String remoteUri();

	@Override
	void finished() {
		if (network != null) {
			network.close();
		}
	}

	@Override
	GitOperationException translate(Exception error) {
		if (network != null && network.hostKeyRefusal().isPresent()) {
			HostKeyRefusal refusal = network.hostKeyRefusal().get();
			return Problems.of(Code.AUTHENTICATION, "SpecSync could not " + action() + ": " + refusal.message(), //$NON-NLS-1$ //$NON-NLS-2$
					refusal.fix(), error);
		}
		if (network != null && network.wrongKeyPassphrase().isPresent()) {
			return Problems.of(Code.AUTHENTICATION, "SpecSync could not " + action() + " because the passphrase for the SSH key " //$NON-NLS-1$ //$NON-NLS-2$
					+ network.wrongKeyPassphrase().get() + " is wrong: the key could not be unlocked, so it was never offered to " //$NON-NLS-1$
					+ remoteUri() + ".", //$NON-NLS-1$
					"Enter the key's passphrase again (the one you chose when you created the key; 'ssh-keygen -y -f KEYFILE' checks it), or choose another key.", //$NON-NLS-1$
					error);
		}
		return RemoteFailures.classify(error, action(), remoteUri(), bridge != null && bridge.supplied(),
				monitor != null && monitor.cancelled(), workspaceFolder());
	}
}
