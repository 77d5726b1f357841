package dev.specsync.ui.tests.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.swt.SWT;

/**
 * A small SWT-level test driver (SWTBot is not on Maven Central): it runs queries and actions on the UI
 * thread from the test thread, waits for conditions with a timeout, finds widgets in the widget tree,
 * and sends the same events a user's click would. Page objects build on it.
 */
public final class SwtDriver {

	/** How long a wait lasts before the test fails. */
	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Display display;

	/**
	 * Creates a driver for a display whose event loop runs on another thread.
	 *
	 * @param display the display
	 */
	public SwtDriver(Display display) {
		this.display = Objects.requireNonNull(display);
	}

	/** @return the display driven */
	public Display display() {
		return display;
	}

	/**
	 * Runs a query on the UI thread and returns its result.
	 *
	 * @param <T> the result type
	 * @param query the query
	 * @return the query's result
	 */
	public <T> T onUi(Callable<T> query) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(query.call());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw new AssertionError("UI query failed", failure.get());
		}
		return result.get();
	}

	/**
	 * Waits until a condition, evaluated on the UI thread, holds.
	 *
	 * @param what what is awaited, for the failure message
	 * @param condition the condition
	 */
	public void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!onUi(condition::getAsBoolean)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what);
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted waiting for " + what, e);
			}
		}
	}

	/**
	 * Waits for a visible shell with the given title.
	 *
	 * @param title the exact title
	 * @return the shell
	 */
	public Shell waitForShell(String title) {
		waitUntil("a shell titled '" + title + "'", () -> visibleShell(title) != null);
		return onUi(() -> visibleShell(title));
	}

	private Shell visibleShell(String title) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	/**
	 * All widgets of a type under a root that match a predicate, in tree order. Call on the UI thread.
	 *
	 * @param <T> the widget type
	 * @param root where to start
	 * @param type the widget type
	 * @param filter which widgets to keep
	 * @return the matches
	 */
	public static <T extends Widget> List<T> findAll(Control root, Class<T> type, Predicate<? super T> filter) {
		List<T> found = new ArrayList<>();
		collect(root, type, filter, found);
		return found;
	}

	private static <T extends Widget> void collect(Control control, Class<T> type, Predicate<? super T> filter, List<T> found) {
		if (type.isInstance(control) && filter.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof CTabFolder folder && type == CTabItem.class) {
			for (CTabItem item : folder.getItems()) {
				if (filter.test(type.cast(item))) {
					found.add(type.cast(item));
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, filter, found);
			}
		}
	}

	/**
	 * The control carrying a test id (widget data {@code specsync.test.id}). Call on the UI thread.
	 *
	 * @param root where to search
	 * @param id the test id
	 * @return the control, or null
	 */
	public static Control byTestId(Control root, String id) {
		List<Control> found = findAll(root, Control.class, c -> id.equals(c.getData("specsync.test.id")));
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * Chooses a menu item by its path of labels (mnemonics ignored), as a user would, without waiting for
	 * what it opens: modal dialogs run their own event loop.
	 *
	 * @param shell the window whose menu bar to use
	 * @param path the labels, for example "Help", "About SpecSync"
	 */
	public void chooseMenu(Shell shell, String... path) {
		display.asyncExec(() -> {
			Menu menu = shell.getMenuBar();
			MenuItem item = null;
			for (String label : path) {
				item = null;
				for (MenuItem candidate : menu.getItems()) {
					if (label.equals(stripMnemonic(candidate.getText()))) {
						item = candidate;
						break;
					}
				}
				if (item == null) {
					throw new AssertionError("no menu item '" + label + "'");
				}
				if (item.getMenu() != null) {
					item.getMenu().notifyListeners(SWT.Show, new Event());
					menu = item.getMenu();
				}
			}
			item.notifyListeners(SWT.Selection, new Event());
		});
	}

	/**
	 * Clicks a button as a user would, without waiting for what it opens.
	 *
	 * @param button the button
	 */
	public void click(Button button) {
		display.asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
	}

	/**
	 * A label without its mnemonic marker and accelerator text.
	 *
	 * @param text the widget text
	 * @return what the user reads
	 */
	public static String stripMnemonic(String text) {
		String plain = text.replace("&", "");
		int tab = plain.indexOf('\t');
		return tab < 0 ? plain : plain.substring(0, tab);
	}

	/**
	 * The folder screenshots go to: the environment variable {@value #SCREENS_VARIABLE}, set by
	 * {@code bench/screens/run.sh}; absent in ordinary test runs.
	 *
	 * @return the folder, or {@code null} when screenshots are not wanted
	 */
	public static Path screensFolder() {
		String value = System.getenv(SCREENS_VARIABLE);
		return value == null || value.isBlank() ? null : Path.of(value);
	}

	/** The environment variable naming the folder for {@link #screenshot(Shell, String)}. */
	public static final String SCREENS_VARIABLE = "SPECSYNC_SCREENS";

	/**
	 * Saves what a window shows as {@code NAME.png} in the {@linkplain #screensFolder() screens folder}, after
	 * painting what is pending; does nothing when no folder is set. Dialogs are captured on their own, the
	 * main window with whatever is open in it.
	 *
	 * @param shell the window
	 * @param name the file name without extension, such as {@code compare-conflict}
	 * @return the file written, or {@code null} when screenshots are not wanted
	 */
	public Path screenshot(Shell shell, String name) {
		Path folder = screensFolder();
		if (folder == null) {
			return null;
		}
		Path file = folder.resolve(name + ".png");
		ImageData data = onUi(() -> {
			shell.forceActive();
			shell.update();
			Rectangle bounds = shell.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
			} finally {
				gc.dispose();
			}
			try {
				return image.getImageData();
			} finally {
				image.dispose();
			}
		});
		try {
			Files.createDirectories(folder);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new AssertionError("cannot write screenshot " + file, e);
		}
		return file;
	}
}
