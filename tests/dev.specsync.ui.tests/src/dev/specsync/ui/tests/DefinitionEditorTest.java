package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.specsync.ui.editor.internal.TokenKind;
import dev.specsync.ui.tests.driver.EditorPage;
import dev.specsync.ui.tests.driver.ExplorerPage;
import dev.specsync.ui.tests.driver.MainWindowPage;
import dev.specsync.ui.tests.driver.RunningWorkbench;
import dev.specsync.ui.tests.driver.SwtDriver;

/**
 * The workbench on the demo workspace, as a newcomer meets it: the Explorer lists the API, its files and its
 * collection; a definition opens coloured; edits mark the editor dirty and save only the edited line; a change
 * on disk reloads a clean editor and stops at a bar in a dirty one; problems lead to their line.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DefinitionEditorTest {

	private static Path state;
	private static Path demo;
	private static RunningWorkbench workbench;
	private static MainWindowPage window;

	@BeforeAll
	static void startOnTheDemo() throws Exception {
		state = Files.createTempDirectory("specsync-ui-test");
		demo = state.resolve("demo");
		workbench = RunningWorkbench.startDemo(demo);
		window = MainWindowPage.await(new SwtDriver(workbench.display()), "SpecSync \u2014 demo");
	}

	@AfterAll
	static void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
	}

	private static Path file(String relative) {
		return demo.resolve(relative);
	}

	@Test
	@Order(1)
	void theExplorerShowsTheApiItsFilesRootFirstAndItsCollection() {
		ExplorerPage explorer = window.explorer().awaitRow("Bookshop API");
		List<String> rows = explorer.rows();
		assertTrue(rows.get(0).startsWith("demo") && rows.get(0).contains("main") && rows.get(0).contains("\u21911")
				&& rows.get(0).contains("\u21931"), () -> "the workspace row shows the branch, ahead and behind: " + rows);
		String api = rows.stream().filter(r -> r.strip().startsWith("Bookshop API")).findFirst().orElseThrow();
		assertTrue(api.contains("In Development") && api.contains("main"), api);
		List<String> files = rows.stream().map(String::strip)
				.filter(r -> r.startsWith("openapi.yaml") || r.startsWith("schemas/")).toList();
		assertEquals(4, files.size(), () -> "the root and the three $ref'ed schemas: " + rows);
		assertTrue(files.get(0).startsWith("openapi.yaml") && files.get(0).contains("root"), files.get(0));
		assertTrue(files.containsAll(List.of("schemas/book.yaml", "schemas/author.yaml", "schemas/error.yaml")), files::toString);
		explorer.awaitRow("Bookshop API  5 requests");
		explorer.open("demo", "Bookshop API", "Collections", "Bookshop API", "Books");
		explorer.awaitRow("GET List books");
		assertTrue(rows().stream().anyMatch(r -> r.equals("POST Add a book  {{baseUrl}}/books")), () -> rows().toString());
	}

	private static List<String> rows() {
		return window.explorer().rows().stream().map(String::strip).toList();
	}

	@Test
	@Order(2)
	void aDefinitionOpensWithItsTextColoured() throws Exception {
		window.explorer().open("demo", "Bookshop API", "Definition", "openapi.yaml");
		EditorPage editor = window.editor("openapi.yaml");
		String text = editor.text();
		assertEquals(Files.readString(file("specs/bookshop/openapi.yaml")), text);
		assertEquals(TokenKind.COMMENT.colour(), editor.colourAt(2), "the comment on the first line");
		assertTrue(editor.italicAt(2));
		int key = text.indexOf("openapi: 3.0.3");
		assertEquals(TokenKind.KEY.colour(), editor.colourAt(key + 1), "a key");
		assertEquals(TokenKind.PLAIN.colour(), editor.colourAt(text.indexOf("Bookshop API", key) + 1), "a plain value");
		assertEquals(TokenKind.NUMBER.colour(), editor.colourAt(text.indexOf("minimum: 1") + "minimum: ".length()), "a number");
		assertEquals(TokenKind.KEY.colour(), editor.colourAt(text.indexOf("'200'") + 1), "a quoted key");
		assertEquals(TokenKind.PUNCTUATION.colour(), editor.colourAt(text.indexOf("[books]")), "a flow sequence's bracket");
		int ref = text.indexOf("$ref: 'schemas/book.yaml'");
		assertEquals(TokenKind.KEY.colour(), editor.colourAt(ref + 1));
		assertEquals(TokenKind.REF.colour(), editor.colourAt(ref + "$ref: '".length() + 2), "where a $ref leads");
		assertFalse(editor.isDirty());
		window.screenshot("main-window");
	}

	@Test
	@Order(3)
	void anEditMarksTheEditorDirtyAndSaveWritesOnlyTheEditedLine() throws Exception {
		Path root = file("specs/bookshop/openapi.yaml");
		List<String> before = Files.readAllLines(root);
		EditorPage editor = window.editor("openapi.yaml");
		String text = editor.text();
		int summary = text.indexOf("summary: List books") + "summary: ".length();
		editor.replace(summary, "List books".length(), "List the books of the catalogue");
		editor.awaitDirty(true);
		assertEquals(before, Files.readAllLines(root), "nothing is written before Save");
		editor.save();
		List<String> after = Files.readAllLines(root);
		assertEquals(before.size(), after.size());
		int changed = 0;
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				changed++;
				assertEquals("      summary: List the books of the catalogue", after.get(i));
			}
		}
		assertEquals(1, changed, "only the edited line changed");
	}

	@Test
	@Order(4)
	void savingKeepsTheFilesByteOrderMarkAndLineEndings() throws Exception {
		Path error = file("specs/bookshop/schemas/error.yaml");
		String lf = Files.readString(error);
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] original = new byte[crlf.length + 3];
		System.arraycopy(bom, 0, original, 0, 3);
		System.arraycopy(crlf, 0, original, 3, crlf.length);
		Files.write(error, original);
		window.explorer().open("demo", "Bookshop API", "Definition", "schemas/error.yaml");
		EditorPage editor = window.editor("error.yaml");
		editor.replace(editor.text().indexOf("not_found"), "not_found".length(), "no_such_book");
		editor.awaitDirty(true);
		editor.save();
		String expected = new String(original, StandardCharsets.UTF_8).replace("not_found", "no_such_book");
		assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(error),
				"the byte order mark and CRLF line endings are kept, only the edited word changed");
	}

	@Test
	@Order(5)
	void anOutsideChangeReloadsACleanEditor() throws Exception {
		Path author = file("specs/bookshop/schemas/author.yaml");
		window.explorer().open("demo", "Bookshop API", "Definition", "schemas/author.yaml");
		EditorPage editor = window.editor("author.yaml");
		String changed = Files.readString(author).replace("Someone who wrote", "A person who wrote");
		Files.writeString(author, changed);
		new SwtDriver(workbench.display()).waitUntil("the editor to show the file's new text",
				() -> editor.text().equals(changed));
		assertFalse(editor.isDirty());
		assertEquals(null, editor.infobar());
	}

	@Test
	@Order(6)
	void anOutsideChangeWithUnsavedEditsAsksAndOverwritesNothing() throws Exception {
		Path author = file("specs/bookshop/schemas/author.yaml");
		EditorPage editor = window.editor("author.yaml");
		editor.replace(editor.text().indexOf("Ursula"), 0, "Ms ");
		editor.awaitDirty(true);
		String mine = editor.text();
		String theirs = Files.readString(author).replace("example: a-17", "example: a-42");
		Files.writeString(author, theirs);
		String bar = editor.awaitInfobar();
		assertTrue(bar.contains("author.yaml") && bar.contains("unsaved edits"), bar);
		assertEquals(mine, editor.text(), "the edits are still there");
		assertEquals(theirs, Files.readString(author), "the file on disk is not overwritten");

		editor.keepMyEdits();
		assertTrue(editor.isDirty(), "kept edits are still unsaved");
		assertEquals(mine, editor.text());

		String theirsAgain = theirs.replace("example: a-42", "example: a-43");
		Files.writeString(author, theirsAgain);
		editor.awaitInfobar();
		editor.loadFromDisk();
		assertEquals(theirsAgain, editor.text());
		editor.awaitDirty(false);
	}

	@Test
	@Order(7)
	void aBrokenReferenceIsAProblemThatLeadsToItsLine() throws Exception {
		Path root = file("specs/bookshop/openapi.yaml");
		String text = Files.readString(root);
		Files.writeString(root, text.replace("$ref: 'schemas/author.yaml'", "$ref: 'schemas/writer.yaml'"));
		SwtDriver driver = new SwtDriver(workbench.display());
		window.selectTab("Problems");
		driver.waitUntil("the broken reference in the Problems part",
				() -> window.problems().stream().anyMatch(p -> p.contains("writer.yaml")));
		List<String> problems = window.problems();
		int index = 0;
		while (!problems.get(index).contains("writer.yaml")) {
			index++;
		}
		String problem = problems.get(index);
		assertTrue(problem.startsWith("specs/bookshop/openapi.yaml:"), problem);
		int line = Integer.parseInt(problem.split(":")[1]);
		assertEquals("$ref: 'schemas/writer.yaml'", Files.readAllLines(root).get(line - 1).strip());
		window.openProblem(index);
		EditorPage editor = window.editor("openapi.yaml");
		driver.waitUntil("the editor to select the problem's line", () -> editor.selectedLine() == line);
		assertNotEquals(0, line);
		assertNotNull(editor.text());
	}

	@Test
	@Order(8)
	void renamingASchemaInTheExplorerUpdatesItsReferencesAndCanBeUndone() throws Exception {
		Path definition = file("specs/bookshop/openapi.yaml");
		String before = Files.readString(definition);
		SwtDriver driver = new SwtDriver(workbench.display());
		window.explorer().pressKey(org.eclipse.swt.SWT.F2, 0, "demo", "Bookshop API", "Definition", "schemas/error.yaml");
		org.eclipse.swt.widgets.Shell dialog = driver.waitForShell("Rename error.yaml");
		String selected = driver.onUi(() -> {
			org.eclipse.swt.widgets.Text name = SwtDriver.findAll(dialog, org.eclipse.swt.widgets.Text.class, t -> true).get(0);
			String chosen = name.getSelectionText();
			name.setText("problem.yaml");
			return chosen;
		});
		assertEquals("error", selected, "the name is selected without its extension, ready to type over");
		driver.screenshot(dialog, "explorer-rename");
		driver.click(driver.onUi(() -> SwtDriver.findAll(dialog, org.eclipse.swt.widgets.Button.class,
				b -> "OK".equals(SwtDriver.stripMnemonic(b.getText()))).get(0)));

		driver.waitUntil("the undo bar", () -> window.explorer().undoBar() != null);
		int references = before.split("\\$ref: 'schemas/error.yaml'", -1).length - 1;
		assertTrue(references > 0, "the demo refers to error.yaml");
		assertEquals(references == 1 ? "Renamed error.yaml to problem.yaml and updated the reference to it."
				: "Renamed error.yaml to problem.yaml and updated " + references + " references to it.", window.explorer().undoBar());
		assertFalse(Files.exists(file("specs/bookshop/schemas/error.yaml")));
		String after = Files.readString(definition);
		assertEquals(before.replace("$ref: 'schemas/error.yaml'", "$ref: 'schemas/problem.yaml'"), after);
		window.explorer().awaitRow("demo").awaitRow("demo");
		driver.waitUntil("the renamed file in the Explorer", () -> window.explorer().rows().stream().anyMatch(r -> r.strip().startsWith("schemas/problem.yaml")));
		window.screenshot("explorer-undo-bar");

		window.explorer().clickUndo();
		driver.waitUntil("the undo bar to go", () -> window.explorer().undoBar() == null);
		assertEquals(before, Files.readString(definition));
		assertTrue(Files.exists(file("specs/bookshop/schemas/error.yaml")));
	}

	@Test
	@Order(9)
	void theExplorerNeitherRenamesNorDeletesUnderUnsavedEdits() throws Exception {
		Path definition = file("specs/bookshop/openapi.yaml");
		Path error = file("specs/bookshop/schemas/error.yaml");
		String disk = Files.readString(definition);
		window.explorer().open("demo", "Bookshop API", "Definition", "openapi.yaml");
		EditorPage editor = window.editor("openapi.yaml");
		int summary = editor.text().indexOf("summary: ") + "summary: ".length();
		editor.replace(summary, 0, "Unsaved ");
		editor.awaitDirty(true);
		SwtDriver driver = new SwtDriver(workbench.display());

		// openapi.yaml refers to error.yaml: renaming error.yaml would rewrite that $ref under the unsaved edits
		window.explorer().pressKey(org.eclipse.swt.SWT.F2, 0, "demo", "Bookshop API", "Definition", "schemas/error.yaml");
		org.eclipse.swt.widgets.Shell refused = driver.waitForShell("Rename error.yaml");
		driver.screenshot(refused, "explorer-rename-unsaved");
		assertEquals("specs/bookshop/openapi.yaml refers to error.yaml and has unsaved edits in an editor; the rename would"
				+ " update its $ref under them. Save them, or close the editor, then try again.", message(driver, refused));
		clickOk(driver, refused);
		assertTrue(Files.exists(error), "error.yaml keeps its name");
		assertEquals(disk, Files.readString(definition), "nothing was written");
		assertTrue(editor.isDirty(), "the edits are still there");

		window.explorer().pressKey(org.eclipse.swt.SWT.DEL, 0, "demo", "Bookshop API", "Definition", "openapi.yaml");
		org.eclipse.swt.widgets.Shell refusedDelete = driver.waitForShell("Delete openapi.yaml");
		assertEquals("specs/bookshop/openapi.yaml has unsaved edits in an editor. Save them, or close the editor, then try again.",
				message(driver, refusedDelete));
		clickOk(driver, refusedDelete);
		assertEquals(disk, Files.readString(definition), "the definition is still there, unchanged");
		assertTrue(editor.isDirty());

		editor.replace(summary, "Unsaved ".length(), "");
		editor.awaitDirty(false);
	}

	private static String message(SwtDriver driver, org.eclipse.swt.widgets.Shell dialog) {
		return driver.onUi(() -> SwtDriver.findAll(dialog, org.eclipse.swt.widgets.Label.class,
				l -> l.getText().contains("unsaved edits")).get(0).getText());
	}

	private static void clickOk(SwtDriver driver, org.eclipse.swt.widgets.Shell dialog) {
		driver.click(driver.onUi(() -> SwtDriver.findAll(dialog, org.eclipse.swt.widgets.Button.class,
				b -> "OK".equals(SwtDriver.stripMnemonic(b.getText()))).get(0)));
		driver.waitUntil("the dialog to close", () -> driver.onUi(dialog::isDisposed));
	}
}
