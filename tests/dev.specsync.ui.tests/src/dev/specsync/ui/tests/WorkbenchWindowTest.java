package dev.specsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.specsync.core.BuildInfo;
import dev.specsync.ui.tests.driver.AboutDialogPage;
import dev.specsync.ui.tests.driver.MainWindowPage;
import dev.specsync.ui.tests.driver.RunningWorkbench;
import dev.specsync.ui.tests.driver.SwtDriver;

/** The real workbench window opens with the API Design perspective laid out as designed. */
class WorkbenchWindowTest {

	private static RunningWorkbench workbench;
	private static MainWindowPage window;

	@BeforeAll
	static void startWorkbench() throws Exception {
		workbench = RunningWorkbench.start();
		window = MainWindowPage.await(new SwtDriver(workbench.display()), "SpecSync");
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		if (workbench != null) {
			workbench.close();
			assertTrue(workbench.isClosed(), "closing the workbench ends its event loop");
		}
	}

	@Test
	void theWindowShowsEveryPartOfTheDesignPerspective() {
		assertTrue(window.isShowing());
		assertEquals(List.of("Explorer", "Welcome", "Source Control", "Problems", "Outline"), window.partTabs());
	}

	@Test
	void explorerIsLeftOfTheEditorsAndSourceControlIsBelowThem() {
		Rectangle explorer = window.stackBounds("Explorer");
		Rectangle editors = window.stackBounds("Welcome");
		Rectangle bottom = window.stackBounds("Source Control");
		for (Rectangle area : List.of(explorer, editors, bottom)) {
			assertTrue(area.width >= 150 && area.height >= 100, () -> "every area has room: " + area);
		}
		assertTrue(explorer.x + explorer.width <= editors.x, () -> explorer + " left of " + editors);
		assertTrue(editors.y + editors.height <= bottom.y, () -> editors + " above " + bottom);
		assertTrue(editors.width > explorer.width, "the editor area is the widest");
		assertTrue(explorer.height > editors.height, "the explorer spans the window's height");
	}

	@Test
	void emptyPartsSayWhatWillAppearThere() {
		String explorer = window.explorer().message();
		assertNotNull(explorer, "without a workspace the Explorer shows a message instead of a tree");
		assertTrue(explorer.contains("APIs") && explorer.contains("--demo"), explorer);
		window.selectTab("Problems");
		String problems = window.labelText("problems.summary");
		assertNotNull(problems, "the Problems part shows its summary once selected");
		assertTrue(problems.startsWith("No problems"), problems);
	}

	@Test
	void aboutShowsTheVersionAndBuildOfThisBuild() {
		AboutDialogPage about = window.openAbout();
		BuildInfo build = BuildInfo.current();
		assertEquals("SpecSync", about.productName());
		assertEquals("Version " + build.version() + "   Build " + build.buildId(), about.versionLine());
		assertTrue(build.buildId().matches("\\d{12}"), () -> "a timestamped build id: " + build.buildId());
		about.close();
		assertTrue(window.isShowing());
	}
}
