package dev.specsync.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The workspace model service, obtained from Declarative Services, on real folders changed by other
 * processes (as the git command line or an IDE would change them).
 */
class WorkspaceServiceTest {

	private static final String MANIFEST = """
			version: 1
			apis:
			  # kept by the team
			  - id: petstore
			    name: Petstore API
			    root: specs/petstore/openapi.yaml
			    status: In Development
			""";
	private static final Path DEFINITION = Path.of("specs/petstore/openapi.yaml");

	@TempDir
	Path repo;
	private Workspace workspace;
	private final BlockingQueue<WorkspaceChange> changes = new LinkedBlockingQueue<>();

	@BeforeEach
	void open() throws Exception {
		Files.writeString(repo.resolve("specsync.yaml"), MANIFEST);
		Files.createDirectories(repo.resolve(DEFINITION).getParent());
		Files.writeString(repo.resolve(DEFINITION), "openapi: 3.0.3\ninfo: {title: Petstore, version: '1'}\npaths: {}\n");
		Files.createDirectories(repo.resolve(".git/objects"));
		workspace = service().open(repo);
		workspace.addListener(changes::add);
	}

	@AfterEach
	void close() {
		workspace.close();
	}

	private static WorkspaceService service() throws InterruptedException {
		var context = FrameworkUtil.getBundle(WorkspaceServiceTest.class).getBundleContext();
		ServiceTracker<WorkspaceService, WorkspaceService> tracker = new ServiceTracker<>(context, WorkspaceService.class, null);
		tracker.open();
		WorkspaceService service = tracker.waitForService(10_000);
		assertNotNull(service, "the workspace service is registered by Declarative Services");
		return service;
	}

	/** Runs a shell command in the repository, as another program would change it. */
	private void outside(String command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("sh", "-c", command).directory(repo.toFile()).inheritIO().start();
		assertEquals(0, process.waitFor());
	}

	private WorkspaceChange nextChange() throws InterruptedException {
		WorkspaceChange change = changes.poll(20, TimeUnit.SECONDS);
		assertNotNull(change, "a change was reported");
		return change;
	}

	@Test
	void readsTheManifestAndWatchesTheTree() {
		assertTrue(workspace.hasManifestFile());
		assertEquals(List.of("petstore"), workspace.manifest().apis().stream().map(ApiDefinition::id).toList());
		assertEquals(repo.toAbsolutePath().normalize(), workspace.root());
	}

	@Test
	void aFileChangedOutsideIsReported() throws Exception {
		outside("printf 'x-owner: team\\n' >> specs/petstore/openapi.yaml");
		WorkspaceChange change = nextChange();
		assertEquals(Set.of(DEFINITION), change.changed());
		assertEquals(Set.of(), change.conflicts());
		assertFalse(change.manifestChanged());
	}

	@Test
	void aFileWithUnsavedEditsChangedOnDiskIsAConflictAndStaysAsWritten() throws Exception {
		workspace.setUnsavedEdits(DEFINITION, true);
		outside("printf 'openapi: 3.1.0\\n' > specs/petstore/openapi.yaml");
		WorkspaceChange change = nextChange();
		assertEquals(Set.of(DEFINITION), change.conflicts());
		assertEquals(Set.of(), change.changed());
		assertEquals("openapi: 3.1.0\n", Files.readString(repo.resolve(DEFINITION)), "the workspace wrote nothing");

		workspace.setUnsavedEdits(repo.resolve(DEFINITION), false);
		outside("printf 'openapi: 3.0.3\\n' > specs/petstore/openapi.yaml");
		assertEquals(Set.of(DEFINITION), nextChange().changed(), "after saving, changes are plain changes again");
	}

	@Test
	void aChangedManifestIsReadAgain() throws Exception {
		outside("printf '  - id: billing\\n    name: Billing\\n    root: specs/billing/openapi.yaml\\n' >> specsync.yaml");
		WorkspaceChange change = nextChange();
		assertTrue(change.manifestChanged());
		assertEquals(List.of("petstore", "billing"), workspace.manifest().apis().stream().map(ApiDefinition::id).toList());
	}

	@Test
	void aBrokenManifestKeepsTheLastGoodOneAndSaysWhereItIsBroken() throws Exception {
		outside("sed -i 's/In Development/Almost Done/' specsync.yaml");
		assertTrue(nextChange().manifestChanged());
		assertEquals(List.of("petstore"), workspace.manifest().apis().stream().map(ApiDefinition::id).toList());
		assertTrue(workspace.diagnostics().stream().anyMatch(d -> d.line() == 7 && d.message().contains("Almost Done")),
				() -> "diagnostics: " + workspace.diagnostics());
	}

	@Test
	void filesInANewFolderAreReportedAndGitBookkeepingIsNot() throws Exception {
		outside("printf 'pack' > .git/objects/pack-1 && mkdir -p specs/billing/schemas && printf 'type: object\\n' > specs/billing/schemas/invoice.yaml");
		WorkspaceChange change = nextChange();
		assertEquals(Set.of(Path.of("specs/billing/schemas/invoice.yaml")), change.changed());
		outside("printf 'type: string\\n' > specs/billing/schemas/invoice.yaml");
		assertEquals(Set.of(Path.of("specs/billing/schemas/invoice.yaml")), nextChange().changed(),
				"the new folder is watched from now on");
	}

	@Test
	void aClosedWorkspaceReportsNothing() throws Exception {
		workspace.close();
		outside("printf 'x' >> specs/petstore/openapi.yaml");
		assertNull(changes.poll(2, TimeUnit.SECONDS));
	}

	@Test
	void aFolderThatIsNotThereIsRefusedWithTheReason() throws Exception {
		Path missing = repo.resolve("no-such-folder");
		IOException e = assertThrows(IOException.class, () -> service().open(missing));
		assertTrue(e.getMessage().contains("does not exist or is not a folder"), e.getMessage());
		assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
	}

	@Test
	void withoutAManifestTheLayoutIsDetected() throws Exception {
		Files.delete(repo.resolve("specsync.yaml"));
		try (Workspace detected = service().open(repo)) {
			assertFalse(detected.hasManifestFile());
			assertEquals(1, detected.manifest().apis().size());
			assertEquals(DEFINITION, detected.manifest().apis().get(0).rootFile());
		}
	}
}
