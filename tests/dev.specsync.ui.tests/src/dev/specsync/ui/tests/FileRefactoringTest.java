package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.ApiLoadOptions;
import dev.specsync.ui.explorer.internal.FileRefactoring;
import dev.specsync.workspace.ManifestFile;

/**
 * Rename and delete from the Explorer, on a real multi-file API in a real Git working tree: references follow a
 * renamed file, only their lines change, nothing is lost, and undo puts every byte back.
 */
class FileRefactoringTest {

	private static final String ROOT = """
			# The pets API: schemas are in their own files.
			openapi: 3.0.3
			info: {title: Pets, version: '1.0'}
			paths:
			  /pets:
			    get:
			      responses:
			        '200':
			          description: The pets   # a list, never empty
			          content:
			            application/json:
			              schema:
			                type: array
			                items:
			                  $ref: 'schemas/pet.yaml'
			  /pets/{id}:
			    get:
			      parameters:
			        - {name: id, in: path, required: true, schema: {type: string}}
			      responses:
			        '200':
			          description: One pet
			          content:
			            application/json:
			              schema: {$ref: "./schemas/pet.yaml#/definitions/Pet"}
			        '404':
			          $ref: '#/components/responses/NotFound'
			components:
			  responses:
			    NotFound:
			      description: No such pet
			      content:
			        application/json:
			          schema:
			            $ref: schemas/error.yaml
			""";

	private static final String PET = """
			# A pet, with its owner
			type: object
			properties:
			  name: {type: string}
			  owner: {$ref: 'owner.yaml'}
			definitions:
			  Pet: {type: object, properties: {name: {type: string}}}
			""";

	private static final String MANIFEST = """
			# SpecSync workspace manifest
			version: 1
			apis:
			  - id: pets
			    name: Pets API
			    root: specs/pets/openapi.yaml   # the entry point
			    schemas: specs/pets/
			    collections: collections/
			""";

	@TempDir
	Path root;

	private Path api;
	private Git git;

	@BeforeEach
	void createWorkspace() throws Exception {
		api = root.resolve("specs/pets");
		write("specsync.yaml", MANIFEST);
		write("specs/pets/openapi.yaml", ROOT);
		write("specs/pets/schemas/pet.yaml", PET);
		write("specs/pets/schemas/owner.yaml", "type: object\nproperties: {name: {type: string}}\n");
		write("specs/pets/schemas/error.yaml", "type: object\nproperties: {message: {type: string}}\n");
		git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
		git.add().addFilepattern(".").call();
		git.commit().setMessage("pets").setAuthor("A", "a@example.org").setCommitter("A", "a@example.org").setSign(false).call();
	}

	private FileRefactoring refactoring() throws Exception {
		return new FileRefactoring(root, ManifestFile.load(root).manifest());
	}

	@Test
	void renamingASchemaFileRewritesOnlyTheLinesOfTheReferencesToIt() throws Exception {
		Map<Path, byte[]> before = snapshot();

		FileRefactoring.Undoable rename = refactoring().rename(api.resolve("schemas/pet.yaml"), "animal.yaml");

		assertFalse(Files.exists(api.resolve("schemas/pet.yaml")));
		assertEquals(PET, Files.readString(api.resolve("schemas/animal.yaml")), "the file keeps its bytes");
		List<String> changed = changedLines(ROOT, Files.readString(api.resolve("openapi.yaml")));
		assertEquals(List.of(
				"                  $ref: 'schemas/animal.yaml'",
				"              schema: {$ref: \"./schemas/animal.yaml#/definitions/Pet\"}"), changed,
				"only the two reference lines change; quoting, the ./ prefix and the fragment stay");
		assertTrue(rename.description().contains("2 references"), rename.description());
		ApiFileSet set = ApiFileSet.load(api.resolve("openapi.yaml"), "Pets", ApiLoadOptions.defaults().withBoundary(root));
		assertFalse(set.hasErrors(), () -> "every $ref still resolves: " + set.diagnostics());
		assertEquals(4, set.files().size(), "root, animal, owner (reached through animal) and error");

		rename.undo();
		assertEquals(before.keySet(), snapshot().keySet());
		before.forEach((file, bytes) -> assertArrayEquals(bytes, read(file), file.toString()));
		assertTrue(git.status().call().isClean(), "after undo Git sees nothing changed");
	}

	@Test
	void renamingTheRootFileUpdatesTheManifestAndKeepsItsComments() throws Exception {
		FileRefactoring.Undoable rename = refactoring().rename(api.resolve("openapi.yaml"), "pets.yaml");

		assertEquals(Path.of("specs/pets/pets.yaml"), ManifestFile.load(root).manifest().api("pets").orElseThrow().rootFile());
		assertEquals(List.of("    root: specs/pets/pets.yaml   # the entry point"),
				changedLines(MANIFEST, Files.readString(root.resolve("specsync.yaml"))));
		Status status = git.status().call();
		assertEquals(java.util.Set.of("specs/pets/openapi.yaml"), status.getMissing());
		assertEquals(java.util.Set.of("specs/pets/pets.yaml"), status.getUntracked());

		rename.undo();
		assertTrue(git.status().call().isClean());
	}

	@Test
	void aNameThatIsTakenOrNotAFileNameIsRefusedAndNothingChanges() throws Exception {
		Map<Path, byte[]> before = snapshot();
		IOException taken = assertThrows(IOException.class,
				() -> refactoring().rename(api.resolve("schemas/pet.yaml"), "owner.yaml"));
		assertTrue(String.valueOf(taken.getMessage()).contains("owner.yaml"), taken.getMessage());
		IOException folder = assertThrows(IOException.class,
				() -> refactoring().rename(api.resolve("schemas/pet.yaml"), "../pet.yaml"));
		assertTrue(folder.getMessage().contains("without folders"), folder.getMessage());
		before.forEach((file, bytes) -> assertArrayEquals(bytes, read(file), file.toString()));
		assertEquals(before.keySet(), snapshot().keySet());
	}

	@Test
	void deleteNamesTheReferencesThatWouldBreakKeepsTheFileAndUndoRestoresIt() throws Exception {
		FileRefactoring refactoring = refactoring();
		assertEquals(List.of("specs/pets/openapi.yaml:15", "specs/pets/openapi.yaml:25"),
				refactoring.referencesTo(api.resolve("schemas/pet.yaml")));
		assertEquals(List.of("specs/pets/schemas/pet.yaml:5"), refactoring.referencesTo(api.resolve("schemas/owner.yaml")));

		FileRefactoring.Undoable delete = refactoring.delete(api.resolve("schemas/pet.yaml"));

		assertFalse(Files.exists(api.resolve("schemas/pet.yaml")));
		try (Stream<Path> trash = Files.walk(refactoring.trashFolder())) {
			List<Path> kept = trash.filter(Files::isRegularFile).toList();
			assertEquals(1, kept.size());
			assertEquals(PET, Files.readString(kept.get(0)), "the deleted file is kept whole");
		}
		Status status = git.status().call();
		assertEquals(java.util.Set.of("specs/pets/schemas/pet.yaml"), status.getMissing());
		assertTrue(status.getUntracked().isEmpty(), "the trash is not part of the working tree: " + status.getUntracked());

		delete.undo();
		assertEquals(PET, Files.readString(api.resolve("schemas/pet.yaml")));
		assertTrue(git.status().call().isClean());
	}

	@Test
	void undoRefusesToOverwriteAnEditMadeAfterTheRename() throws Exception {
		FileRefactoring.Undoable rename = refactoring().rename(api.resolve("schemas/error.yaml"), "problem.yaml");
		String renamedRoot = Files.readString(api.resolve("openapi.yaml"));
		String edited = renamedRoot.replace("No such pet", "No pet with this id");
		Files.writeString(api.resolve("openapi.yaml"), edited);

		IOException refused = assertThrows(IOException.class, rename::undo);

		assertTrue(refused.getMessage().contains("specs/pets/openapi.yaml"), refused.getMessage());
		assertEquals(edited, Files.readString(api.resolve("openapi.yaml")), "the edit is kept");
		assertTrue(Files.exists(api.resolve("schemas/problem.yaml")), "nothing was moved back");
	}

	private void write(String path, String text) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private Map<Path, byte[]> snapshot() throws IOException {
		Map<Path, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).filter(f -> !root.relativize(f).startsWith(".git"))
					.forEach(f -> files.put(f, read(f)));
		}
		return files;
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** The lines of {@code after} that differ from {@code before}, which must have as many lines (so all else is equal). */
	private static List<String> changedLines(String before, String after) {
		String[] a = before.split("\n", -1);
		String[] b = after.split("\n", -1);
		assertEquals(a.length, b.length, "no line added or removed");
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < a.length; i++) {
			if (!a[i].equals(b[i])) {
				changed.add(b[i]);
			}
		}
		return changed;
	}
}
