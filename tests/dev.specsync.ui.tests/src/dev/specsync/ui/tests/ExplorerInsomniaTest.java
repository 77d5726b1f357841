package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.specsync.ui.explorer.internal.ExplorerItem;
import dev.specsync.ui.explorer.internal.ExplorerItem.Kind;
import dev.specsync.ui.explorer.internal.ExplorerModel;
import dev.specsync.workspace.Workspace;
import dev.specsync.workspace.WorkspaceService;

/**
 * A team that kept its requests in Insomnia's Git Sync folder opens the repository in SpecSync and sees them in
 * the Explorer, imported in memory: the Insomnia workspace as an API, its folders and requests with their methods,
 * and nothing written into the repository.
 */
class ExplorerInsomniaTest {

	@TempDir
	Path repo;

	@Test
	void theRequestsOfAnInsomniaGitSyncFolderShowInTheExplorer() throws Exception {
		copyFixture("data/insomnia-repo/insomnia", repo.resolve(".insomnia"));
		long filesBefore = countFiles(repo);

		try (Workspace workspace = workspaceService().open(repo)) {
			ExplorerItem tree = ExplorerModel.of(workspace).tree();

			ExplorerItem api = child(tree, Kind.API, "Insomnia");
			ExplorerItem collections = api.children().stream().filter(c -> c.kind() == Kind.COLLECTIONS).findFirst()
					.orElseThrow();
			ExplorerItem collection = child(collections, Kind.COLLECTION, "Insomnia");
			assertEquals("8 requests \u00b7 from Insomnia", collection.detail());
			ExplorerItem complex = child(collection, Kind.FOLDER, "Complex Test Collection");
			ExplorerItem first = child(complex, Kind.FOLDER, "First Folder");
			assertEquals("POST", child(first, Kind.REQUEST, "Urlencoded Form Test").method());
			child(complex, Kind.REQUEST, "Test Request GraphQL Body");
			child(child(collection, Kind.FOLDER, "Bearer Token Test"), Kind.REQUEST, "Bearer Token");
			child(collection, Kind.REQUEST, "Return the complete project hierarchy.");
		}
		assertEquals(filesBefore, countFiles(repo), "opening the repository wrote nothing into it");
	}

	private static ExplorerItem child(ExplorerItem parent, Kind kind, String label) {
		List<ExplorerItem> matches = parent.children().stream().filter(c -> c.kind() == kind && c.label().equals(label))
				.toList();
		assertEquals(1, matches.size(), () -> "no " + kind + " '" + label + "' below '" + parent.label() + "': "
				+ parent.children().stream().map(c -> c.kind() + " " + c.label()).toList());
		return matches.get(0);
	}

	private static WorkspaceService workspaceService() throws InterruptedException {
		var context = FrameworkUtil.getBundle(ExplorerInsomniaTest.class).getBundleContext();
		ServiceTracker<WorkspaceService, WorkspaceService> tracker = new ServiceTracker<>(context, WorkspaceService.class,
				null);
		tracker.open();
		WorkspaceService service = tracker.waitForService(10_000);
		assertNotNull(service, "no WorkspaceService");
		return service;
	}

	private static void copyFixture(String entry, Path target) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(ExplorerInsomniaTest.class);
		Enumeration<URL> urls = bundle.findEntries(entry, "*.yml", true);
		assertNotNull(urls, "fixture " + entry + " missing from the test bundle");
		String prefix = "/" + entry + "/";
		while (urls.hasMoreElements()) {
			URL url = urls.nextElement();
			Path file = target.resolve(url.getPath().substring(url.getPath().indexOf(prefix) + prefix.length()));
			Files.createDirectories(file.getParent());
			try (InputStream in = url.openStream()) {
				Files.copy(in, file);
			}
		}
		assertTrue(Files.isDirectory(target.resolve("Request")));
	}

	private static long countFiles(Path root) throws IOException {
		try (var files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}
}
