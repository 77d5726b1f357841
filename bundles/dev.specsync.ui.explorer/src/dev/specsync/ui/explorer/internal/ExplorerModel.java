package dev.specsync.ui.explorer.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import dev.specsync.collections.CollectionException;
import dev.specsync.collections.CollectionFile;
import dev.specsync.collections.CollectionItem;
import dev.specsync.collections.Folder;
import dev.specsync.collections.InsomniaFolderImport;
import dev.specsync.collections.InsomniaImporter;
import dev.specsync.collections.PostmanCollection;
import dev.specsync.collections.RequestItem;
import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Severity;
import dev.specsync.openapi.ApiFile;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;
import dev.specsync.ui.explorer.internal.ExplorerItem.Kind;
import dev.specsync.ui.workbench.Problems.Problem;
import dev.specsync.workspace.ApiDefinition;
import dev.specsync.workspace.Workspace;

/**
 * Builds the Explorer's tree for a workspace: reads every API's file set, its collections and the Git state.
 * Runs on a background thread; the result is immutable. Problems found on the way are collected by API.
 */
public final class ExplorerModel {

	private static final int COLLECTION_DEPTH = 4;
	private static final String INSOMNIA_FOLDER = ".insomnia"; //$NON-NLS-1$

	private final Path root;
	private final List<ApiProblems> problems = new ArrayList<>();
	private ExplorerItem tree;

	/**
	 * The problems of one API's files.
	 *
	 * @param apiId the API's id
	 * @param problems its problems
	 */
	public record ApiProblems(String apiId, List<Problem> problems) {
	}

	private ExplorerModel(Path root) {
		this.root = root;
	}

	/**
	 * The model of a workspace.
	 *
	 * @param workspace the open workspace
	 * @return the model, with the problems found
	 */
	public static ExplorerModel of(Workspace workspace) {
		ExplorerModel model = new ExplorerModel(workspace.root());
		model.tree = model.build(workspace);
		return model;
	}

	/**
	 * The tree's root: the workspace.
	 *
	 * @return the workspace row
	 */
	public ExplorerItem tree() {
		return tree;
	}

	/**
	 * The problems found, one entry per API (also for APIs without problems, to withdraw old ones).
	 *
	 * @return the problems by API
	 */
	public List<ApiProblems> problems() {
		return problems;
	}

	private ExplorerItem build(Workspace workspace) {
		RepositoryState git = RepositoryState.read(root);
		List<ExplorerItem> apis = new ArrayList<>();
		for (ApiDefinition api : workspace.manifest().apis()) {
			apis.add(api(api, git));
		}
		if (apis.isEmpty()) {
			apis.add(message("noApis", Messages.Explorer_noApis)); //$NON-NLS-1$
		}
		String name = root.getFileName() == null ? root.toString() : root.getFileName().toString();
		return new ExplorerItem("workspace:" + root, Kind.WORKSPACE, name, branchText(git), root, 0, null, null, 0, apis); //$NON-NLS-1$
	}

	private static String branchText(RepositoryState git) {
		if (git.branch() == null) {
			return Messages.Explorer_noRepository;
		}
		if (git.ahead() < 0) {
			return git.branch();
		}
		StringBuilder text = new StringBuilder(git.branch());
		if (git.ahead() > 0) {
			text.append("  \u2191").append(git.ahead()); //$NON-NLS-1$
		}
		if (git.behind() > 0) {
			text.append("  \u2193").append(git.behind()); //$NON-NLS-1$
		}
		return text.toString();
	}

	private ExplorerItem api(ApiDefinition api, RepositoryState git) {
		String id = "api:" + api.id(); //$NON-NLS-1$
		List<ExplorerItem> groups = new ArrayList<>();
		List<Problem> found = new ArrayList<>();
		groups.add(definition(api, git, found));
		groups.add(collections(api, git, found));
		problems.add(new ApiProblems(api.id(), found));
		int errors = (int) found.stream().filter(p -> p.severity() == Severity.ERROR).count();
		String detail = api.status().displayName() + (git.branch() == null ? "" : "  \u00b7  " + git.branch()); //$NON-NLS-1$ //$NON-NLS-2$
		return new ExplorerItem(id, Kind.API, api.name(), detail, null, 0, null, null, errors, groups);
	}

	private ExplorerItem definition(ApiDefinition api, RepositoryState git, List<Problem> found) {
		String id = "definition:" + api.id(); //$NON-NLS-1$
		List<ExplorerItem> files = new ArrayList<>();
		if (api.rootFile() == null) {
			files.add(message(id + ":none", Messages.Explorer_noRoot)); //$NON-NLS-1$
		} else {
			Path rootFile = root.resolve(api.rootFile());
			String rootLabel = label(rootFile);
			try {
				ApiFileSet set = ApiFileSet.load(rootFile, rootLabel, ApiLoadOptions.defaults().withBoundary(root));
				Path folder = rootFile.getParent();
				for (Diagnostic d : set.diagnostics()) {
					found.add(problem(d));
				}
				for (ApiFile file : set.files()) {
					boolean isRoot = file == set.root();
					int errors = (int) set.diagnostics().stream()
							.filter(d -> d.severity() == Severity.ERROR && d.path().equals(file.label())).count();
					String detail = isRoot ? set.version().map(v -> NLS.bind(Messages.Explorer_rootOf, v.label()))
							.orElse(Messages.Explorer_root) : ""; //$NON-NLS-1$
					files.add(new ExplorerItem("file:" + file.path(), Kind.FILE, //$NON-NLS-1$
							folder.relativize(file.path()).toString().replace('\\', '/'), detail, file.path(), 0, null,
							git.of(root, file.path()), errors, List.of()));
				}
			} catch (DocumentException e) {
				e.diagnostics().forEach(d -> found.add(problem(d)));
				files.add(new ExplorerItem("file:" + rootFile, Kind.FILE, rootFile.getFileName().toString(), //$NON-NLS-1$
						Messages.Explorer_unreadable, rootFile, e.first().line(), null, git.of(root, rootFile), 1, List.of()));
			} catch (IOException e) {
				files.add(message(id + ":missing", NLS.bind(Messages.Explorer_missingRoot, rootLabel))); //$NON-NLS-1$
			}
		}
		return new ExplorerItem(id, Kind.DEFINITION, Messages.Explorer_definition, "", null, 0, null, null, 0, files); //$NON-NLS-1$
	}

	private ExplorerItem collections(ApiDefinition api, RepositoryState git, List<Problem> found) {
		String id = "collections:" + api.id(); //$NON-NLS-1$
		Path folder = root.resolve(api.collectionDirectory());
		List<ExplorerItem> items = new ArrayList<>();
		if (INSOMNIA_FOLDER.equals(folder.getFileName() == null ? null : folder.getFileName().toString())
				&& Files.isDirectory(folder)) {
			items.addAll(insomniaCollections(api, folder, found));
		} else if (Files.isDirectory(folder)) {
			List<Path> candidates;
			try (Stream<Path> walk = Files.walk(folder, COLLECTION_DEPTH)) {
				candidates = walk.filter(p -> Files.isRegularFile(p)
						&& p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")).sorted().toList(); //$NON-NLS-1$
			} catch (IOException e) {
				candidates = List.of();
			}
			for (Path file : candidates) {
				items.add(collection(file, git, found));
			}
		}
		if (items.isEmpty()) {
			items.add(message(id + ":none", NLS.bind(Messages.Explorer_noCollections, label(folder)))); //$NON-NLS-1$
		}
		return new ExplorerItem(id, Kind.COLLECTIONS, Messages.Explorer_collections, "", null, 0, null, null, 0, items); //$NON-NLS-1$
	}

	/**
	 * The requests of an Insomnia Git Sync folder, imported in memory (nothing is written): the collection of the
	 * Insomnia workspace that this API was detected from, or all of them when none has the API's name.
	 */
	private List<ExplorerItem> insomniaCollections(ApiDefinition api, Path folder, List<Problem> found) {
		InsomniaFolderImport imported;
		try {
			imported = InsomniaImporter.importGitSyncFolder(folder);
		} catch (IOException e) {
			return List.of(message("insomnia:" + folder, NLS.bind(Messages.Explorer_insomniaUnreadable, label(folder)))); //$NON-NLS-1$
		} catch (CollectionException e) {
			e.diagnostics().forEach(d -> found.add(problem(d)));
			return List.of(message("insomnia:" + folder, NLS.bind(Messages.Explorer_insomniaUnreadable, label(folder)))); //$NON-NLS-1$
		}
		imported.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).forEach(d -> found.add(problem(d)));
		List<PostmanCollection> mine = imported.collections().stream()
				.filter(c -> c.info().name().equals(api.name())).toList();
		List<ExplorerItem> items = new ArrayList<>();
		for (PostmanCollection collection : mine.isEmpty() ? imported.collections() : mine) {
			String id = "insomnia:" + folder + '/' + collection.info().name(); //$NON-NLS-1$
			List<ExplorerItem> children = new ArrayList<>();
			for (CollectionItem item : collection.items()) {
				children.add(item(id, null, "", item)); //$NON-NLS-1$
			}
			int requests = collection.requests().size();
			items.add(new ExplorerItem(id, Kind.COLLECTION, collection.info().name(),
					NLS.bind(Messages.Explorer_fromInsomnia, NLS.bind(requests == 1 ? Messages.Explorer_request
							: Messages.Explorer_requests, Integer.valueOf(requests))),
					null, 0, null, null, 0, children));
		}
		return items;
	}

	private ExplorerItem collection(Path file, RepositoryState git, List<Problem> found) {
		String id = "collection:" + file; //$NON-NLS-1$
		try {
			CollectionFile collection = CollectionFile.load(file);
			String text = collection.text();
			List<ExplorerItem> children = new ArrayList<>();
			for (CollectionItem item : collection.collection().items()) {
				children.add(item(id, file, text, item));
			}
			int requests = collection.collection().requests().size();
			return new ExplorerItem(id, Kind.COLLECTION, collection.collection().info().name(),
					NLS.bind(requests == 1 ? Messages.Explorer_request : Messages.Explorer_requests, Integer.valueOf(requests)),
					file, 0, null, git.of(root, file), 0, children);
		} catch (IOException e) {
			return new ExplorerItem(id, Kind.COLLECTION, file.getFileName().toString(), Messages.Explorer_unreadable,
					file, 0, null, git.of(root, file), 1, List.of());
		} catch (CollectionException e) {
			e.diagnostics().forEach(d -> found.add(new Problem(file, label(file), d.severity(), d.line(), d.column(),
					d.message(), d.hint())));
			return new ExplorerItem(id, Kind.COLLECTION, file.getFileName().toString(), Messages.Explorer_notACollection,
					file, 0, null, git.of(root, file), 1, List.of());
		}
	}

	private static ExplorerItem item(String parentId, Path file, String text, CollectionItem item) {
		if (item instanceof Folder folder) {
			String id = parentId + '/' + folder.id().value();
			List<ExplorerItem> children = new ArrayList<>();
			for (CollectionItem child : folder.items()) {
				children.add(item(id, file, text, child));
			}
			return new ExplorerItem(id, Kind.FOLDER, folder.name(), "", file, lineOfName(text, folder.name()), null, null, 0, //$NON-NLS-1$
					children);
		}
		RequestItem request = (RequestItem) item;
		String method = request.request() == null || request.request().method() == null ? "GET" //$NON-NLS-1$
				: request.request().method().toUpperCase(Locale.ROOT);
		String url = request.request() == null || request.request().url() == null ? "" : request.request().url().raw(); //$NON-NLS-1$
		return new ExplorerItem(parentId + '/' + request.id().value(), Kind.REQUEST, request.name(),
				url == null ? "" : url, file, lineOfName(text, request.name()), method, null, 0, List.of()); //$NON-NLS-1$
	}

	/** The line of the first {@code "name": "<name>"} in a collection's text, or 0. */
	private static int lineOfName(String text, String name) {
		int at = text.indexOf("\"name\": \"" + name.replace("\"", "\\\"") + '"'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (at < 0) {
			return 0;
		}
		int line = 1;
		for (int i = 0; i < at; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/** A diagnostic as a Problems row; its path is relative to the workspace or, from an import, absolute. */
	private Problem problem(Diagnostic d) {
		Path file = root.resolve(d.path()).normalize();
		return new Problem(file, file.startsWith(root) ? label(file) : d.path(), d.severity(), d.line(), d.column(),
				d.message(), d.hint());
	}

	private String label(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	private static ExplorerItem message(String id, String text) {
		return new ExplorerItem("message:" + id, Kind.MESSAGE, text, "", null, 0, null, null, 0, List.of()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
