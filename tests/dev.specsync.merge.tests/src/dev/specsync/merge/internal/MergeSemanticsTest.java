package dev.specsync.merge.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.specsync.merge.Choice;
import dev.specsync.merge.Conflict;
import dev.specsync.merge.ConflictKind;
import dev.specsync.merge.MergeException;
import dev.specsync.merge.MergeRequest;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.MergeState;
import dev.specsync.merge.MergeStateStore;
import dev.specsync.merge.Resolution;
import dev.specsync.merge.Side;

/** One test per merge rule, on small OpenAPI and collection files written here. */
class MergeSemanticsTest {

	private static final String BASE = """
			openapi: 3.0.3
			# the title is shown on the portal
			info:
			  title: Pets   # short
			  version: '1.0'
			  description: |
			    First line.
			    Second line.
			    Third line.
			paths:
			  /pets/{id}:
			    get:
			      summary: Get a pet
			      parameters:
			        - name: id
			          in: path
			          required: true
			          schema: {type: string}
			        - name: verbose
			          in: query
			          schema: {type: boolean}
			      responses:
			        '200':
			          description: OK
			          content:
			            application/json:
			              schema:
			                $ref: '#/components/schemas/Pet'
			components:
			  schemas:
			    Pet:
			      type: object
			      properties:
			        kind:
			          type: string
			          enum: [cat, dog]
			    Owner:
			      type: object
			""";

	@TempDir
	Path tmp;

	private static MergeResult merge(String base, String ours, String theirs) throws MergeException {
		return new StructuralMerger().merge(MergeRequest.of("openapi.yaml", bytes(base), bytes(ours), bytes(theirs)));
	}

	private static byte[] bytes(String s) {
		return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
	}

	private static String edit(String text, String from, String to) {
		assertTrue(text.contains(from), () -> "test setup: no '" + from + "'");
		return text.replace(from, to);
	}

	@Test
	void editsToDifferentPartsMergeAndKeepOursFormattingAndComments() throws Exception {
		String ours = edit(BASE, "summary: Get a pet", "summary: Get one pet");
		String theirs = edit(BASE, "    Owner:\n      type: object\n", "    Owner:\n      type: object\n      description: Who owns a pet\n");
		MergeResult r = merge(BASE, ours, theirs);
		assertTrue(r.isClean(), () -> r.conflicts().toString());
		assertEquals(ours.replace("    Owner:\n      type: object\n",
				"    Owner:\n      type: object\n      description: Who owns a pet\n"), r.text());
	}

	@Test
	void reformatOnOneSideAndContentEditOnTheOther() throws Exception {
		// ours: re-indented by four, flow mappings written as blocks, quotes changed, keys reordered (a YAML dumper);
		// theirs' changed title and new enum value are copied as theirs wrote them (plain), not re-quoted
		String ours = """
				openapi: "3.0.3"
				info:
				    version: "1.0"
				    title: "Pets"
				    description: "First line.\\nSecond line.\\nThird line.\\n"
				components:
				    schemas:
				        Owner:
				            type: "object"
				        Pet:
				            type: "object"
				            properties:
				                kind:
				                    type: "string"
				                    enum:
				                        - "cat"
				                        - "dog"
				paths:
				    "/pets/{id}":
				        get:
				            summary: "Get a pet"
				            parameters:
				                -   name: "id"
				                    in: "path"
				                    required: true
				                    schema:
				                        type: "string"
				                -   name: "verbose"
				                    in: "query"
				                    schema:
				                        type: "boolean"
				            responses:
				                "200":
				                    description: "OK"
				                    content:
				                        "application/json":
				                            schema:
				                                $ref: "#/components/schemas/Pet"
				""";
		String theirs = edit(edit(BASE, "title: Pets", "title: Pet Store"), "enum: [cat, dog]", "enum: [cat, dog, bird]");
		MergeResult r = merge(BASE, ours, theirs);
		assertTrue(r.isClean(), () -> r.conflicts().toString());
		assertEquals(ours.replace("    title: \"Pets\"", "    title: Pet Store").replace(
				"                        - \"dog\"\n", "                        - \"dog\"\n                        - bird\n"),
				r.text());
	}

	@Test
	void keyReorderOnOneSideAndEditOnTheOther() throws Exception {
		String ours = edit(BASE, "  title: Pets   # short\n  version: '1.0'\n", "  version: '1.0'\n  title: Pets   # short\n");
		String theirs = edit(BASE, "version: '1.0'", "version: '1.1'");
		MergeResult r = merge(BASE, ours, theirs);
		assertTrue(r.isClean());
		assertEquals(edit(ours, "version: '1.0'", "version: '1.1'"), r.text());
	}

	@Test
	void identicalEditsOnBothSidesAreNoConflict() throws Exception {
		String both = edit(BASE, "summary: Get a pet", "summary: Fetch a pet");
		MergeResult r = merge(BASE, both, both);
		assertTrue(r.isClean());
		assertEquals(both, r.text());
	}

	@Test
	void sameValueChangedDifferentlyIsOnePreciseConflict() throws Exception {
		MergeResult r = merge(BASE, edit(BASE, "summary: Get a pet", "summary: A"),
				edit(BASE, "summary: Get a pet", "summary: B"));
		assertEquals(1, r.conflicts().size());
		Conflict c = r.conflicts().get(0);
		assertEquals("/paths/~1pets~1{id}/get/summary", c.pointer());
		assertEquals(ConflictKind.BOTH_MODIFIED, c.kind());
		assertEquals("Get a pet", c.base().value());
		assertEquals("A", c.ours().value());
		assertEquals("B", c.theirs().value());
		assertEquals(13, c.ours().line());
		assertEquals(13, c.theirs().line());
		assertEquals(Set.of(Choice.OURS, Choice.THEIRS, Choice.CUSTOM), c.choices());
		assertTrue(r.text().contains("summary: A"), "ours' value stays until resolved");
		assertEquals(edit(BASE, "summary: Get a pet", "summary: B"), r.resolve(List.of(Resolution.theirs(c.pointer()))).text());
		MergeResult custom = r.resolve(List.of(Resolution.custom(c.pointer(), "C")));
		assertTrue(custom.isClean());
		assertEquals(edit(BASE, "summary: Get a pet", "summary: C"), custom.text());
		assertEquals(BASE.replace("summary: Get a pet", "summary: B"),
				new String(r.wholeFile(Side.THEIRS), StandardCharsets.UTF_8));
	}

	@Test
	void deleteOnOneSideModifyOnTheOtherIsAModifyDeleteConflict() throws Exception {
		String ours = edit(BASE, "    Owner:\n      type: object\n", "");
		String theirs = edit(BASE, "    Owner:\n      type: object\n", "    Owner:\n      type: array\n");
		MergeResult r = merge(BASE, ours, theirs);
		assertEquals(1, r.conflicts().size());
		Conflict c = r.conflicts().get(0);
		assertEquals("/components/schemas/Owner", c.pointer());
		assertEquals(ConflictKind.MODIFY_DELETE, c.kind());
		assertFalse(c.ours().present());
		assertEquals(Map.of("type", "array"), c.theirs().value());
		MergeResult resolved = r.resolve(List.of(Resolution.theirs(c.pointer())));
		assertTrue(resolved.isClean());
		assertTrue(resolved.text().contains("    Owner:\n      type: array\n"), resolved.text());
	}

	@Test
	void bothAddTheSameKeyDifferentlyIsAnAddAddConflict() throws Exception {
		MergeResult r = merge(BASE, edit(BASE, "  version: '1.0'\n", "  version: '1.0'\n  x-owner: team-a\n"),
				edit(BASE, "  version: '1.0'\n", "  version: '1.0'\n  x-owner: team-b\n"));
		assertEquals(ConflictKind.ADD_ADD, r.conflicts().get(0).kind());
		assertEquals("/info/x-owner", r.conflicts().get(0).pointer());
	}

	@Test
	void parametersMatchByNameAndLocationNotPosition() throws Exception {
		// ours puts the query parameter first; theirs edits the path parameter (second in ours)
		String ours = edit(BASE, """
				        - name: id
				          in: path
				          required: true
				          schema: {type: string}
				        - name: verbose
				          in: query
				          schema: {type: boolean}
				""", """
				        - name: verbose
				          in: query
				          schema: {type: boolean}
				        - name: id
				          in: path
				          required: true
				          schema: {type: string}
				""");
		String theirs = edit(BASE, "schema: {type: string}", "schema: {type: string, format: uuid}");
		MergeResult r = merge(BASE, ours, theirs);
		assertTrue(r.isClean(), () -> r.conflicts().toString());
		assertEquals(edit(ours, "schema: {type: string}", "schema: {type: string, format: uuid}"), r.text());
	}

	@Test
	void operationsMatchByPathTemplate() throws Exception {
		String ours = edit(BASE, "  /pets/{id}:", "  /pets/{petId}:");
		String theirs = edit(BASE, "summary: Get a pet", "summary: Read a pet");
		MergeResult r = merge(BASE, ours, theirs);
		assertTrue(r.isClean(), () -> r.conflicts().toString());
		assertEquals(edit(ours, "summary: Get a pet", "summary: Read a pet"), r.text());
	}

	@Test
	void enumValuesAddedOnBothSidesAreAnOrderedUnion() throws Exception {
		MergeResult r = merge(BASE, edit(BASE, "enum: [cat, dog]", "enum: [cat, dog, bird]"),
				edit(BASE, "enum: [cat, dog]", "enum: [fish, cat, dog, hamster]"));
		assertTrue(r.isClean(), () -> r.conflicts().toString());
		assertTrue(r.text().contains("enum: [fish, cat, dog, bird, hamster]"), r.text());
	}

	@Test
	void descriptionsMergeLineByLine() throws Exception {
		MergeResult r = merge(BASE, edit(BASE, "    First line.\n", "    First line, edited.\n"),
				edit(BASE, "    Third line.\n", "    Third line.\n    Fourth line.\n"));
		assertTrue(r.isClean(), () -> r.conflicts().toString());
		assertTrue(r.text().contains("    First line, edited.\n    Second line.\n    Third line.\n    Fourth line.\n"),
				r.text());
		MergeResult clash = merge(BASE, edit(BASE, "    Second line.\n", "    Second (ours).\n"),
				edit(BASE, "    Second line.\n", "    Second (theirs).\n"));
		assertEquals("/info/description", clash.conflicts().get(0).pointer());
	}

	@Test
	void renameOnOneSideAndNewReferenceToTheOldNameOnTheOther() throws Exception {
		String ours = edit(edit(BASE, "    Owner:\n", "    PetOwner:\n"), "", "");
		String withRef = edit(BASE, "      properties:\n        kind:\n",
				"      properties:\n        owner:\n          $ref: '#/components/schemas/Owner'\n        kind:\n");
		MergeResult r = merge(BASE, ours, withRef);
		assertTrue(r.isClean(), () -> r.conflicts().toString());
		assertTrue(r.text().contains("$ref: '#/components/schemas/PetOwner'"), r.text());
		assertTrue(r.text().contains("    PetOwner:\n"), r.text());
	}

	@Test
	void aMergeThatLeavesADanglingReferenceIsAConflict() throws Exception {
		// ours deletes Owner (no rename: nothing replaces it), theirs adds a reference to it
		String ours = edit(BASE, "    Owner:\n      type: object\n", "");
		String theirs = edit(BASE, "      properties:\n        kind:\n",
				"      properties:\n        owner:\n          $ref: '#/components/schemas/Owner'\n        kind:\n");
		MergeResult r = merge(BASE, ours, theirs);
		assertEquals(1, r.conflicts().size(), () -> r.conflicts().toString());
		Conflict c = r.conflicts().get(0);
		assertEquals(ConflictKind.RENAME_REFERENCE, c.kind());
		assertEquals("/components/schemas/Pet/properties/owner/$ref", c.pointer());
		MergeResult fixed = r.resolve(List.of(Resolution.custom(c.pointer(), "#/components/schemas/Pet")));
		assertTrue(fixed.isClean(), () -> fixed.conflicts().toString());
		assertTrue(fixed.text().contains("$ref: '#/components/schemas/Pet'\n        kind:"), fixed.text());
	}

	@Test
	void bothChoiceKeepsBothExamples() throws Exception {
		String base = edit(BASE, "          type: string\n          enum: [cat, dog]\n",
				"          type: string\n          enum: [cat, dog]\n          examples:\n            first: cat\n");
		MergeResult r = merge(base, edit(base, "            first: cat\n", "            first: cat\n            second: dog\n"),
				edit(base, "            first: cat\n", "            first: cat\n            second: cat\n"));
		assertEquals(1, r.conflicts().size(), () -> r.conflicts().toString());
		Conflict c = r.conflicts().get(0);
		assertEquals(ConflictKind.ADD_ADD, c.kind());
		assertTrue(c.choices().contains(Choice.BOTH));
		String both = r.resolve(List.of(Resolution.both(c.pointer()))).text();
		assertTrue(both.contains("            second: dog\n"), both);
		assertTrue(both.contains("            second-theirs: cat\n"), both);
	}

	@Test
	void collectionItemsMatchByStableId() throws Exception {
		String base = """
				{
				  "info": {"name": "Pets", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
				  "item": [
				    {"id": "a1", "name": "List pets", "request": {"method": "GET", "url": "{{base}}/pets"}},
				    {"id": "b2", "name": "Get pet", "request": {"method": "GET", "url": "{{base}}/pets/1"}}
				  ]
				}
				""";
		String ours = edit(base, "\"name\": \"Get pet\"", "\"name\": \"Get one pet\"");
		String theirs = base.replace("    {\"id\": \"a1\", \"name\": \"List pets\", \"request\": {\"method\": \"GET\", \"url\": \"{{base}}/pets\"}},\n", "")
				.replace("{{base}}/pets/1", "{{base}}/pets/2").replace("  ]\n",
						"  ,{\"id\": \"a1\", \"name\": \"List pets\", \"request\": {\"method\": \"GET\", \"url\": \"{{base}}/pets\"}}\n  ]\n");
		MergeResult r = new StructuralMerger().merge(MergeRequest.of("pets.postman_collection.json", bytes(base),
				bytes(ours), bytes(theirs)));
		assertTrue(r.isClean(), () -> r.conflicts().toString());
		assertEquals(edit(ours, "{{base}}/pets/1", "{{base}}/pets/2"), r.text());
	}

	@Test
	void aMalformedSideStopsTheMergeWithAClearMessage() {
		MergeException e = assertThrows(MergeException.class,
				() -> merge(BASE, BASE, edit(BASE, "  title: Pets", "  title: [Pets")));
		assertEquals(Side.THEIRS, e.side());
		assertTrue(e.getMessage().contains("theirs version is not valid YAML"), e.getMessage());
		assertTrue(e.getMessage().contains("openapi.yaml (theirs):"), e.getMessage());
	}

	@Test
	void halfResolvedMergeSurvivesInTheStateStore() throws Exception {
		String ours = edit(edit(BASE, "summary: Get a pet", "summary: A"), "version: '1.0'", "version: '2.0'");
		String theirs = edit(edit(BASE, "summary: Get a pet", "summary: B"), "version: '1.0'", "version: '3.0'");
		MergeRequest request = new MergeRequest("api/openapi.yaml", bytes(BASE), bytes(ours), bytes(theirs), null);
		MergeResult r = new StructuralMerger().merge(request);
		assertEquals(2, r.conflicts().size());
		MergeStateStore store = new MergeStateStore(tmp.resolve(".git"));
		store.save(new MergeState(request, List.of(Resolution.theirs("/info/version"))));
		assertTrue(Files.isDirectory(tmp.resolve(".git/specsync/merge")));
		// a new store, as after a restart
		MergeState loaded = new MergeStateStore(tmp.resolve(".git")).load("api/openapi.yaml").orElseThrow();
		MergeResult resumed = new StructuralMerger().resume(loaded);
		assertEquals(1, resumed.conflicts().size());
		assertEquals("/paths/~1pets~1{id}/get/summary", resumed.conflicts().get(0).pointer());
		assertTrue(resumed.text().contains("version: '3.0'"), resumed.text());
		MergeResult done = resumed.resolve(List.of(Resolution.custom("/paths/~1pets~1{id}/get/summary", "A and B")));
		assertTrue(done.isClean());
		assertEquals(edit(edit(BASE, "summary: Get a pet", "summary: A and B"), "version: '1.0'", "version: '3.0'"),
				done.text());
		assertEquals(1, store.list().size());
		assertTrue(store.delete("api/openapi.yaml"));
		assertTrue(store.load("api/openapi.yaml").isEmpty());
	}

	@Test
	void aWholeFileChoiceAndAHandEditedResultSurviveInTheStateStoreAndGoWithTheState() throws Exception {
		String ours = edit(BASE, "version: '1.0'", "version: '2.0'");
		String theirs = edit(BASE, "version: '1.0'", "version: '3.0'");
		MergeRequest request = new MergeRequest("api/openapi.yaml", bytes(BASE), bytes(ours), bytes(theirs), null);
		MergeStateStore store = new MergeStateStore(tmp.resolve(".git"));
		List<Resolution> chosen = List.of(Resolution.theirs("/info/version"));
		store.save(new MergeState(request, chosen, Side.THEIRS, null));
		MergeState whole = new MergeStateStore(tmp.resolve(".git")).load("api/openapi.yaml").orElseThrow();
		assertEquals(Side.THEIRS, whole.wholeFile(), "the whole-file choice is read back after a restart");
		assertEquals(chosen, whole.resolutions(), "the per-conflict choices are kept beneath it");
		assertEquals(null, whole.edited());

		byte[] hand = bytes(edit(ours, "version: '2.0'", "version: '2.5' # agreed with Robin"));
		store.save(new MergeState(request, chosen, Side.THEIRS, hand));
		MergeState edited = new MergeStateStore(tmp.resolve(".git")).load("api/openapi.yaml").orElseThrow();
		assertArrayEquals(hand, edited.edited(), "the edited result is kept byte for byte");
		try (var files = Files.list(store.folder())) {
			assertTrue(Files.isRegularFile(files.findFirst().orElseThrow().resolve("edited")), "under .git, not in the working tree");
		}

		store.save(new MergeState(request, chosen));
		MergeState back = store.load("api/openapi.yaml").orElseThrow();
		assertEquals(null, back.wholeFile(), "going back to merging by conflict forgets the whole-file choice");
		assertEquals(null, back.edited(), "and the edit");
		try (var files = Files.list(store.folder())) {
			assertFalse(Files.exists(files.findFirst().orElseThrow().resolve("edited")), "its file is gone");
		}
		assertThrows(IllegalArgumentException.class, () -> new MergeState(request, chosen, Side.BASE, null));
		assertTrue(store.delete("api/openapi.yaml"));
		try (var files = Files.list(store.folder())) {
			assertEquals(0, files.count(), "delete leaves nothing behind");
		}
	}
}
