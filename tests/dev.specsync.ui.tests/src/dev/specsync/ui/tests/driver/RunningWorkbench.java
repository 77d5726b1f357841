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
 */
public final class RunningWorkbench implements AutoCloseable {

	private final Display display;
	private final E4Workbench workbench;
	private final Thread uiThread;

	private RunningWorkbench(Display display, E4Workbench workbench, Thread uiThread) {
		this.display = display;
		this.workbench = workbench;
		this.uiThread = uiThread;
	}

	/**
	 * Starts the workbench and returns once its model is created (the window may not be visible yet).
	 *
	 * @return the running workbench
	 * @throws Exception when it does not start
	 */
	public static RunningWorkbench start() throws Exception {
		AtomicReference<Display> display = new AtomicReference<>();
		AtomicReference<E4Workbench> workbench = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		CountDownLatch created = new CountDownLatch(1);
		Thread ui = new Thread(() -> {
			Display.setAppName(Platform.getProduct().getName());
			Display d = new Display();
			display.set(d);
			try {
				E4Workbench wb = new E4Application().createE4Workbench(new ProductContext(), d);
				workbench.set(wb);
				created.countDown();
				wb.createAndRunUI(wb.getApplication());
			} catch (Throwable t) {
				failure.set(t);
			} finally {
				created.countDown();
				d.dispose();
			}
		}, "SpecSync UI (test)");
		ui.setDaemon(true);
		ui.start();
		if (!created.await(SwtDriver.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			throw new AssertionError("the workbench model was not created within " + SwtDriver.TIMEOUT);
		}
		if (failure.get() != null) {
			throw new AssertionError("the workbench failed to start", failure.get());
		}
		return new RunningWorkbench(display.get(), Objects.requireNonNull(workbench.get()), ui);
	}

	/** @return the display whose event loop the workbench runs */
	public Display display() {
		return display;
	}

	/** @return the workbench */
	public E4Workbench workbench() {
		return workbench;
	}

	@Override
	public void close() throws InterruptedException {
		if (!display.isDisposed()) {
			display.asyncExec(workbench::close);
		}
		uiThread.join(SwtDriver.TIMEOUT.toMillis());
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
