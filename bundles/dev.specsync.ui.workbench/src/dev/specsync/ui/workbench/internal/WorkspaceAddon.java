package dev.specsync.ui.workbench.internal;

import java.nio.file.Path;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.event.Event;

import dev.specsync.demo.DemoWorkspace;
import dev.specsync.ui.workbench.Problems;
import dev.specsync.ui.workbench.UiContext;
import dev.specsync.workspace.Workspace;
import dev.specsync.workspace.WorkspaceException;
import dev.specsync.workspace.WorkspaceService;

/**
 * Opens the workspace the workbench was started on ({@value LifeCycle#WORKSPACE_PROPERTY}), once the window
 * is up and in the background, creating the demo workspace first when started with {@code --demo}
 * ({@value #DEMO_PROPERTY}). Puts the open {@link Workspace} (or why it failed) and the {@link Problems} list
 * into the application context, and closes the workspace when the workbench ends.
 */
public final class WorkspaceAddon {

	/** The system property the launch script sets when started with {@code --demo}. */
	public static final String DEMO_PROPERTY = "specsync.demo"; //$NON-NLS-1$

	@Inject
	private IEclipseContext context;

	@Inject
	private UISynchronize sync;

	private volatile Workspace workspace;
	private volatile boolean started;

	/** Creates the addon; the workbench calls this. */
	public WorkspaceAddon() {
	}

	/** Puts the problems list and the folder being opened in the context. */
	@PostConstruct
	public void init() {
		context.set(Problems.class, new Problems());
		Path folder = folder();
		if (folder != null) {
			context.set(UiContext.WORKSPACE_FOLDER, folder);
		}
	}

	/**
	 * Starts opening the workspace once the window is shown: parsing and Git wait until then.
	 *
	 * @param event the start-up event
	 */
	@Inject
	@Optional
	public void startupComplete(@EventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		open();
	}

	/** Opens the workspace in a job, unless that was started already or there is none to open. */
	void open() {
		Path folder = folder();
		if (folder == null || started) {
			return;
		}
		started = true;
		WorkspaceService service = context.get(WorkspaceService.class);
		Job job = Job.create(NLS.bind(Messages.WorkspaceAddon_opening, folder.getFileName()), monitor -> {
			try {
				if (Boolean.getBoolean(DEMO_PROPERTY)) {
					DemoWorkspace.in(folder).create();
				}
				if (service == null) {
					throw new IllegalStateException(Messages.WorkspaceAddon_noService);
				}
				Workspace opened = service.open(folder);
				workspace = opened;
				sync.asyncExec(() -> context.set(Workspace.class, opened));
			} catch (WorkspaceException e) {
				String detail = e.diagnostics().isEmpty() ? String.valueOf(e.getMessage()) : e.diagnostics().get(0).toString();
				fail(NLS.bind(Messages.WorkspaceAddon_badManifest, folder, detail));
			} catch (Exception e) {
				fail(NLS.bind(Messages.WorkspaceAddon_failed, folder, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(false);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	private void fail(String message) {
		sync.asyncExec(() -> context.set(UiContext.WORKSPACE_ERROR, message));
	}

	/** Stops watching the workspace. */
	@PreDestroy
	public void dispose() {
		Workspace open = workspace;
		if (open != null) {
			open.close();
		}
	}

	private static Path folder() {
		String value = System.getProperty(LifeCycle.WORKSPACE_PROPERTY);
		return value == null || value.isBlank() ? null : Path.of(value).toAbsolutePath().normalize();
	}
}
