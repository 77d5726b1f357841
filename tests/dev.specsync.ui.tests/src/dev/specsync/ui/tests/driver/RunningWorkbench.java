package dev.specsync.ui.tests.driver;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;

/**
 * The real SpecSync workbench, started in the test's OSGi runtime exactly as the product starts it
 * (E4Application with the product's branding: model, theme, life cycle), with its event loop on a
 * thread of its own so that the test thread can drive it. Fresh model every time (no persisted state).
 * Workbenches started one after the other share that thread and its display.
 */
public final class RunningWorkbench implements AutoCloseable {

	private final Display display;
	private final E4Workbench workbench;
	private final CountDownLatch ended;
	private final Map<String, String> properties;

	private RunningWorkbench(Display display, E4Workbench workbench, CountDownLatch ended, Map<String, String> properties) {
		this.display = display;
		this.workbench = workbench;
		this.ended = ended;
		this.properties = properties;
	}

	/**
	 * Starts the workbench without a workspace and returns once its model is created (the window may not be
	 * visible yet).
	 *
	 * @return the running workbench
	 * @throws Exception when it does not start
	 */
	public static RunningWorkbench start() throws Exception {
		return start(Map.of());
	}

	/**
	 * Starts the workbench on the demo workspace in a folder, as {@code specsync-workbench --demo} does.
	 *
	 * @param folder the demo folder (created by the workbench when it holds no demo yet)
	 * @return the running workbench
	 * @throws Exception when it does not start
	 */
	public static RunningWorkbench startDemo(java.nio.file.Path folder) throws Exception {
		return start(Map.of("specsync.workspace", folder.toString(), "specsync.demo", "true"));
	}

	/**
	 * Starts the workbench with the system properties the launch script would set.
	 *
	 * @param properties the properties; removed again when the workbench is closed
	 * @return the running workbench
	 * @throws Exception when it does not start
	 */
	public static RunningWorkbench start(Map<String, String> properties) throws Exception {
		properties.forEach(System::setProperty);
		AtomicReference<E4Workbench> workbench = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		CountDownLatch created = new CountDownLatch(1);
		CountDownLatch ended = new CountDownLatch(1);
		UI_THREAD.tasks.add(() -> {
			try {
				E4Workbench wb = new E4Application().createE4Workbench(new ProductContext(), UI_THREAD.display);
				workbench.set(wb);
				created.countDown();
				wb.createAndRunUI(wb.getApplication());
			} catch (Throwable t) {
				failure.set(t);
			} finally {
				created.countDown();
				ended.countDown();
			}
		});
		if (!created.await(SwtDriver.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			throw new AssertionError("the workbench model was not created within " + SwtDriver.TIMEOUT);
		}
		if (failure.get() != null) {
			throw new AssertionError("the workbench failed to start", failure.get());
		}
		return new RunningWorkbench(UI_THREAD.display(), Objects.requireNonNull(workbench.get()), ended, properties);
	}

	/**
	 * The one UI thread and display of the test runtime: GTK allows one display per process, so the workbenches
	 * that tests start one after the other run on the same display and thread.
	 */
	private static final UiThread UI_THREAD = new UiThread();

	private static final class UiThread extends Thread {
		final java.util.concurrent.BlockingQueue<Runnable> tasks = new java.util.concurrent.LinkedBlockingQueue<>();
		private final CountDownLatch ready = new CountDownLatch(1);
		volatile Display display;

		UiThread() {
			super("SpecSync UI (test)");
			setDaemon(true);
			start();
		}

		Display display() {
			try {
				ready.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return display;
		}

		@Override
		public void run() {
			Display.setAppName(Platform.getProduct().getName());
			display = new Display();
			ready.countDown();
			while (true) {
				try {
					tasks.take().run();
				} catch (InterruptedException e) {
					return;
				}
			}
		}
	}

	/** @return the display whose event loop the workbench runs */
	public Display display() {
		return display;
	}

	/** @return the workbench */
	public E4Workbench workbench() {
		return workbench;
	}

	/** @return whether the workbench's event loop has ended */
	public boolean isClosed() {
		return ended.getCount() == 0;
	}

	@Override
	public void close() throws InterruptedException {
		if (!display.isDisposed()) {
			display.asyncExec(workbench::close);
		}
		ended.await(SwtDriver.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		properties.keySet().forEach(System::clearProperty);
	}

	/** The application context the launcher would give: product branding and no persisted state. */
	private static final class ProductContext implements IApplicationContext {
		private final IProduct product = Platform.getProduct();

		@Override
		public Map<String, Object> getArguments() {
			return Map.of(APPLICATION_ARGS, new String[] { "-clearPersistedState", "-persistState", "false" });
		}

		@Override
		public void applicationRunning() {
		}

		@Override
		public String getBrandingApplication() {
			return product.getApplication();
		}

		@Override
		public String getBrandingName() {
			return product.getName();
		}

		@Override
		public String getBrandingDescription() {
			return product.getDescription();
		}

		@Override
		public String getBrandingId() {
			return product.getId();
		}

		@Override
		public String getBrandingProperty(String key) {
			return product.getProperty(key);
		}

		@Override
		public Bundle getBrandingBundle() {
			return product.getDefiningBundle();
		}

		@Override
		public void setResult(Object result, IApplication application) {
		}
	}
}
