package dev.specsync.git.internal;

import java.time.Clock;
import java.util.Objects;

import org.eclipse.jgit.lib.Repository;
import org.osgi.service.component.annotations.Component;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.SnapshotService;
import dev.specsync.git.SnapshotServices;

/**
 * The {@link SnapshotServices} service: creates {@link JGitSnapshotService}s over file-based JGit
 * repositories. Stateless apart from its clock, so one instance serves every caller.
 */
@Component(service = SnapshotServices.class)
public final class JGitSnapshotServices implements SnapshotServices {

	private final Clock clock;

	/** Creates the factory with the system clock in UTC; Declarative Services calls this. */
	public JGitSnapshotServices() {
		this(Clock.systemUTC());
	}

	/**
	 * Creates a factory whose services take snapshot times and "now" for pruning from {@code clock}.
	 * For tests, which need a controllable clock.
	 *
	 * @param clock the time source, not {@code null}
	 */
	JGitSnapshotServices(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
	}

	@Override
	public SnapshotService forRepository(Repository repository) throws GitOperationException {
		return new JGitSnapshotService(repository, clock);
	}
}
