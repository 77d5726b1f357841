package dev.specsync.workspace.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import dev.specsync.workspace.Workspace;
import dev.specsync.workspace.WorkspaceException;
import dev.specsync.workspace.WorkspaceService;

/**
 * The workspace model service. Workspaces it opened and that are still open are closed (their watchers
 * stopped) when the service goes away.
 */
@Component(service = WorkspaceService.class)
public final class WorkspaceServiceImpl implements WorkspaceService {

	/** Changes that arrive within this time of each other are reported as one batch. */
	static final Duration QUIET_PERIOD = Duration.ofMillis(150);

	private final Set<Workspace> open = ConcurrentHashMap.newKeySet();

	/** Creates the service; Declarative Services calls this. */
	public WorkspaceServiceImpl() {
	}

	@Override
	public Workspace open(Path root) throws IOException, WorkspaceException {
		OpenWorkspace workspace = OpenWorkspace.open(root, QUIET_PERIOD, open::remove);
		open.add(workspace);
		return workspace;
	}

	@Deactivate
	void deactivate() {
		Set.copyOf(open).forEach(Workspace::close);
	}
}
