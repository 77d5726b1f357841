package dev.specsync.ui.connect.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.specsync.provider.AccountInfo;
import dev.specsync.provider.AuthMethod;
import dev.specsync.provider.Branch;
import dev.specsync.provider.Capability;
import dev.specsync.provider.Connection;
import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.FormField;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.Organization;
import dev.specsync.provider.Page;
import dev.specsync.provider.PageRequest;
import dev.specsync.provider.ProgressMonitor;
import dev.specsync.provider.RemoteRepository;
import dev.specsync.provider.Result;
import dev.specsync.provider.registry.ProviderRegistry;
import dev.specsync.ui.connect.internal.model.ApiChoice;
import dev.specsync.ui.connect.internal.model.ConnectForm;
import dev.specsync.ui.connect.internal.model.ConnectionSettings;

/**
 * Repository &gt; Connect Repository…: one dialog in three groups. <em>Server</em>: the provider (from the
 * {@link ProviderRegistry}, following providers that come and go while it is open), how to sign in, and the
 * provider's own form fields rendered from their {@link FormField} declarations. <em>Repository</em>: organisation
 * and repository where the provider can list them, and the branch. <em>API</em>: name, root definition and
 * directories. Test Connection runs the provider's credential check in a job and shows its diagnostic.
 *
 * <p>The dialog only gathers values: {@link #settings()} and {@link #form()} are read by the handler after OK,
 * which writes them. The secret stays in the {@link ConnectForm} as a {@code char[]} and is never put in a
 * widget other than the password field.
 */
public final class ConnectDialog extends TitleAreaDialog {

	/** The widget data key the UI tests find controls by. */
	public static final String TEST_ID = "specsync.test.id"; //$NON-NLS-1$

	private final ProviderRegistry registry;
	private final ApiChoice api;
	private final Path root;

	private List<GitProvider> providers = List.of();
	private ConnectForm form;
	private ConnectionSettings settings;
	private ProviderRegistry.ListenerRegistration listening;
	private Job testJob;

	private Combo providerCombo;
	private Combo authCombo;
	private Composite fieldsArea;
	private Label organizationLabel;
	private Combo organizationCombo;
	private Label repositoryLabel;
	private Combo repositoryCombo;
	private List<RemoteRepository> repositories = List.of();
	private Combo branchCombo;
	private Text apiName;
	private Text rootFile;
	private Text schemaDirectory;
	private Text collectionDirectory;
	private Button testButton;
	private Label statusIcon;
	private Label statusText;

	/**
	 * A dialog for the workspace at a folder.
	 *
	 * @param parent the parent shell
	 * @param registry where the providers come from
	 * @param root the workspace's root folder
	 * @param api the API entry and directories to propose
	 */
	public ConnectDialog(Shell parent, ProviderRegistry registry, Path root, ApiChoice api) {
		super(parent);
		this.registry = registry;
		this.root = root;
		this.api = api;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Connect_shellTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Connect_title);
		setMessage(Messages.Connect_message);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = convertHorizontalDLUsToPixels(IDialogConstants.HORIZONTAL_MARGIN);
		layout.marginHeight = convertVerticalDLUsToPixels(IDialogConstants.VERTICAL_MARGIN);
		layout.verticalSpacing = convertVerticalDLUsToPixels(3);
		body.setLayout(layout);

		heading(body, Messages.Connect_server, false);
		label(body, Messages.Connect_provider);
		providerCombo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		providerCombo.setLayoutData(fieldData(2));
		tag(providerCombo, "connect.provider"); //$NON-NLS-1$
		providerCombo.addListener(SWT.Selection, e -> providerChosen());

		label(body, Messages.Connect_auth);
		authCombo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		authCombo.setLayoutData(fieldData(2));
		tag(authCombo, "connect.auth"); //$NON-NLS-1$
		authCombo.addListener(SWT.Selection, e -> methodChosen());

		fieldsArea = new Composite(body, SWT.NONE);
		GridLayout fieldsLayout = new GridLayout(3, false);
		fieldsLayout.marginWidth = 0;
		fieldsLayout.marginHeight = 0;
		fieldsLayout.verticalSpacing = layout.verticalSpacing;
		fieldsArea.setLayout(fieldsLayout);
		fieldsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));

		Composite testRow = new Composite(body, SWT.NONE);
		GridLayout testLayout = new GridLayout(3, false);
		testLayout.marginWidth = 0;
		testLayout.marginHeight = 0;
		testRow.setLayout(testLayout);
		testRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		testButton = new Button(testRow, SWT.PUSH);
		testButton.setText(Messages.Connect_test);
		testButton.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		tag(testButton, "connect.test"); //$NON-NLS-1$
		testButton.addListener(SWT.Selection, e -> testConnection());
		statusIcon = new Label(testRow, SWT.NONE);
		statusIcon.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		tag(statusIcon, "connect.statusIcon"); //$NON-NLS-1$
		statusText = new Label(testRow, SWT.WRAP);
		GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
		statusData.widthHint = convertWidthInCharsToPixels(60);
		statusData.heightHint = convertHeightInCharsToPixels(3);
		statusText.setLayoutData(statusData);
		tag(statusText, "connect.status"); //$NON-NLS-1$
		status(null, Messages.Connect_testIdle);

		heading(body, Messages.Connect_repository, true);
		organizationLabel = label(body, Messages.Connect_organization);
		organizationCombo = new Combo(body, SWT.DROP_DOWN);
		organizationCombo.setLayoutData(fieldData(2));
		tag(organizationCombo, "connect.organization"); //$NON-NLS-1$
		organizationCombo.addListener(SWT.Selection, e -> loadRepositories());
		repositoryLabel = label(body, Messages.Connect_repositoryName);
		repositoryCombo = new Combo(body, SWT.DROP_DOWN);
		repositoryCombo.setLayoutData(fieldData(2));
		tag(repositoryCombo, "connect.repository"); //$NON-NLS-1$
		repositoryCombo.addListener(SWT.Selection, e -> repositoryChosen());
		label(body, Messages.Connect_branch);
		branchCombo = new Combo(body, SWT.DROP_DOWN);
		branchCombo.setLayoutData(fieldData(2));
		branchCombo.setText(api.branch());
		tag(branchCombo, "connect.branch"); //$NON-NLS-1$

		heading(body, Messages.Connect_api, true);
		label(body, Messages.Connect_apiName);
		apiName = text(body, api.name(), "connect.apiName", 2); //$NON-NLS-1$
		apiName.addListener(SWT.Modify, e -> validate());
		label(body, Messages.Connect_rootFile);
		rootFile = text(body, api.rootFile(), "connect.rootFile", 1); //$NON-NLS-1$
		Button browseRoot = new Button(body, SWT.PUSH);
		browseRoot.setText(Messages.Connect_browseRoot);
		browseRoot.addListener(SWT.Selection, e -> browseRootFile());
		new Label(body, SWT.NONE);
		hint(body, Messages.Connect_rootFileHint, 2);
		label(body, Messages.Connect_schemaDirectory);
		schemaDirectory = text(body, api.schemaDirectory(), "connect.schemaDirectory", 2); //$NON-NLS-1$
		label(body, Messages.Connect_collectionDirectory);
		collectionDirectory = text(body, api.collectionDirectory(), "connect.collectionDirectory", 2); //$NON-NLS-1$
		for (Text text : List.of(rootFile, schemaDirectory, collectionDirectory)) {
			text.addListener(SWT.Modify, e -> validate());
		}

		listening = registry.addListener(event -> {
			if (!body.isDisposed()) {
				body.getDisplay().asyncExec(this::refreshProviders);
			}
		});
		body.addListener(SWT.Dispose, e -> stopListening());
		refreshProviders();
		Dialog.applyDialogFont(body);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.Connect_finish, true);
		tag(ok, "connect.finish"); //$NON-NLS-1$
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void stopListening() {
		if (listening != null) {
			listening.close();
			listening = null;
		}
		if (testJob != null) {
			testJob.cancel();
		}
	}

	/** Fills the provider list from the registry, keeping the chosen provider while it is there. */
	private void refreshProviders() {
		if (providerCombo == null || providerCombo.isDisposed()) {
			return;
		}
		String chosen = form == null ? null : form.provider().id();
		providers = registry.providers();
		providerCombo.setItems(providers.stream().map(GitProvider::displayName).toArray(String[]::new));
		if (providers.isEmpty()) {
			form = null;
			rebuildFields();
			setErrorMessage(Messages.Connect_noProviders);
			updateButtons(false);
			return;
		}
		int index = -1;
		for (int i = 0; i < providers.size(); i++) {
			if (providers.get(i).id().equals(chosen)) {
				index = i;
			}
		}
		if (index >= 0) {
			providerCombo.select(index);
			if (providers.get(index) != form.provider()) {
				providerChosen();
			}
			return;
		}
		int preferred = 0;
		for (int i = 0; i < providers.size(); i++) {
			if (providers.get(i).id().equals(api.providerId())) {
				preferred = i;
			}
		}
		providerCombo.select(preferred);
		String removed = form == null ? null : form.provider().displayName();
		providerChosen();
		if (removed != null) {
			status(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING), NLS.bind(Messages.Connect_providerRemoved, removed));
		}
	}

	private void providerChosen() {
		int index = providerCombo.getSelectionIndex();
		if (index < 0 || index >= providers.size()) {
			return;
		}
		ConnectForm previous = form;
		form = new ConnectForm(providers.get(index));
		if (previous != null) {
			for (FormField field : form.fields()) {
				String old = previous.value(field.id());
				if (!old.isBlank() && field.kind() != FormField.Kind.SECRET
						&& previous.fields().stream().anyMatch(f -> f.id().equals(field.id()) && f.kind() == field.kind())) {
					form.set(field.id(), old);
				}
			}
			previous.clearSecret();
		} else if (!api.remoteUrl().isEmpty() && form.fields().stream().anyMatch(f -> f.id().equals(FormField.URL))
				&& form.provider().id().equals(api.providerId())) {
			form.set(FormField.URL, api.remoteUrl());
		}
		List<AuthMethod> methods = form.methods();
		authCombo.setItems(methods.stream().map(ConnectDialog::methodLabel).toArray(String[]::new));
		authCombo.select(0);
		authCombo.setEnabled(methods.size() > 1);
		rebuildFields();
		boolean organizations = form.provider().capabilities().contains(Capability.LIST_ORGANIZATIONS);
		boolean repos = form.provider().capabilities().contains(Capability.LIST_REPOSITORIES);
		show(organizationLabel, organizations);
		show(organizationCombo, organizations);
		show(repositoryLabel, repos);
		show(repositoryCombo, repos);
		status(null, Messages.Connect_testIdle);
		relayout();
	}

	private void methodChosen() {
		int index = authCombo.getSelectionIndex();
		if (form == null || index < 0) {
			return;
		}
		form.setMethod(form.methods().get(index));
		rebuildFields();
		relayout();
	}

	/** Renders the provider's fields for the chosen method: a label, the control by kind, help under it. */
	private void rebuildFields() {
		for (Control child : fieldsArea.getChildren()) {
			child.dispose();
		}
		if (form == null) {
			return;
		}
		for (FormField field : form.fields()) {
			Label label = new Label(fieldsArea, SWT.NONE);
			label.setText(NLS.bind(Messages.Connect_fieldLabel, field.label()));
			label.setLayoutData(labelData());
			String id = "connect.field." + field.id(); //$NON-NLS-1$
			switch (field.kind()) {
			case CHOICE -> {
				Combo combo = new Combo(fieldsArea, SWT.READ_ONLY | SWT.DROP_DOWN);
				combo.setItems(field.choices().toArray(String[]::new));
				combo.select(Math.max(0, field.choices().indexOf(form.value(field.id()))));
				combo.setLayoutData(fieldData(2));
				tag(combo, id);
				combo.addListener(SWT.Selection, e -> {
					form.set(field.id(), combo.getText());
					fieldChanged();
				});
			}
			case SECRET -> {
				Text text = new Text(fieldsArea, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
				text.setLayoutData(fieldData(2));
				tag(text, id);
				text.addListener(SWT.Modify, e -> {
					char[] typed = text.getTextChars();
					form.setSecret(typed);
					Arrays.fill(typed, '\0');
					fieldChanged();
				});
			}
			case PATH -> {
				Text text = fieldText(field, id, 1);
				Button browse = new Button(fieldsArea, SWT.PUSH);
				browse.setText(Messages.Connect_browse);
				browse.addListener(SWT.Selection, e -> {
					DirectoryDialog chooser = new DirectoryDialog(getShell());
					chooser.setText(Messages.Connect_chooseFolder);
					chooser.setFilterPath(text.getText().isBlank() ? root.getParent().toString() : text.getText());
					String folder = chooser.open();
					if (folder != null) {
						text.setText(folder);
					}
				});
			}
			default -> fieldText(field, id, 2);
			}
			if (!field.helpText().isEmpty()) {
				new Label(fieldsArea, SWT.NONE);
				hint(fieldsArea, field.helpText(), 2);
			}
		}
		Dialog.applyDialogFont(fieldsArea);
		validate();
	}

	private Text fieldText(FormField field, String id, int span) {
		Text text = new Text(fieldsArea, SWT.BORDER | SWT.SINGLE);
		text.setText(form.value(field.id()));
		text.setLayoutData(fieldData(span));
		tag(text, id);
		text.addListener(SWT.Modify, e -> {
			form.set(field.id(), text.getText());
			fieldChanged();
		});
		return text;
	}

	/** A provider field changed: a verdict shown for the old values no longer applies. */
	private void fieldChanged() {
		if (testJob != null) {
			testJob.cancel();
			testJob = null; // its verdict is for the old values: showOutcome drops it
		}
		status(null, Messages.Connect_testIdle);
		validate();
	}

	private void relayout() {
		Shell shell = getShell();
		if (shell == null || shell.isDisposed() || !shell.isVisible()) {
			return;
		}
		shell.layout(true, true);
		org.eclipse.swt.graphics.Point wanted = shell.computeSize(shell.getSize().x, SWT.DEFAULT, true);
		if (wanted.y != shell.getSize().y) {
			shell.setSize(shell.getSize().x, wanted.y);
		}
	}

	/** Shows what keeps the dialog from connecting, first problem first, and enables the buttons accordingly. */
	private void validate() {
		if (apiName == null || apiName.isDisposed() || form == null) {
			return;
		}
		// what is wrong is an error; what is only missing yet is said as the dialog's message, not as an error
		List<String> problems = new ArrayList<>(form.invalid());
		List<String> missing = new ArrayList<>(form.missing());
		if (apiName.getText().isBlank()) {
			missing.add(Messages.Connect_apiNameRequired);
		}
		checkDirectory(problems, missing, schemaDirectory, Messages.Connect_schemaDirectory, "specs/api", true); //$NON-NLS-1$
		checkDirectory(problems, missing, collectionDirectory, Messages.Connect_collectionDirectory, "collections", true); //$NON-NLS-1$
		checkDirectory(problems, missing, rootFile, Messages.Connect_rootFile, "specs/api/openapi.yaml", false); //$NON-NLS-1$
		setErrorMessage(problems.isEmpty() ? null : problems.get(0));
		setMessage(missing.isEmpty() ? Messages.Connect_message : missing.get(0));
		problems.addAll(missing);
		boolean urlOk = form.problems().isEmpty();
		testButton.setEnabled(urlOk && testJob == null);
		updateButtons(problems.isEmpty());
	}

	private void checkDirectory(List<String> problems, List<String> missing, Text text, String label, String example,
			boolean required) {
		String value = text.getText().strip();
		String plain = label.replace("&", "").replace(":", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (value.isEmpty()) {
			if (required) {
				missing.add(NLS.bind(Messages.Connect_directoryRequired, plain.toLowerCase(java.util.Locale.ROOT), example));
			}
			return;
		}
		Path resolved = root.resolve(value).normalize();
		if (Path.of(value).isAbsolute() && !resolved.startsWith(root) || !resolved.startsWith(root)) {
			problems.add(NLS.bind(Messages.Connect_pathOutside, new Object[] { plain.toLowerCase(java.util.Locale.ROOT), value, root }));
		}
	}

	private void updateButtons(boolean complete) {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(complete && form != null);
		}
	}

	private void testConnection() {
		if (form == null || !form.problems().isEmpty()) {
			return;
		}
		GitProvider provider = form.provider();
		Connection connection = form.toConnection();
		String organization = organizationCombo.getText().strip();
		status(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_INFO), Messages.Connect_testing);
		testButton.setEnabled(false);
		Job job = new Job(NLS.bind(Messages.Connect_testJob, connection.url())) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
				ProgressMonitor progress = new ProgressMonitor() {
					@Override
					public boolean isCanceled() {
						return monitor.isCanceled();
					}

					@Override
					public void beginTask(String name, int totalWork) {
						monitor.subTask(name);
					}
				};
				try (dev.specsync.provider.Credentials credentials = connection.credentials()) {
					TestOutcome outcome = test(provider, connection, organization, progress);
					Job self = this;
					if (!statusText.isDisposed()) {
						statusText.getDisplay().asyncExec(() -> showOutcome(outcome, self));
					}
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(false);
		job.setPriority(Job.INTERACTIVE);
		testJob = job;
		job.schedule();
	}

	private record TestOutcome(Result<AccountInfo> account, List<Branch> branches, List<Organization> organizations,
			List<RemoteRepository> repositories) {
	}

	/** Runs in the test job: the credential check, then the lists the provider offers. */
	private static TestOutcome test(GitProvider provider, Connection connection, String organization,
			ProgressMonitor progress) {
		Result<AccountInfo> account = provider.checkCredentials(connection, progress);
		List<Branch> branches = List.of();
		List<Organization> organizations = List.of();
		List<RemoteRepository> repos = List.of();
		if (account.isOk()) {
			java.util.Set<Capability> capabilities = provider.capabilities();
			if (capabilities.contains(Capability.LIST_BRANCHES)) {
				branches = provider.listBranches(connection, connection.url(), PageRequest.first(), progress).value()
						.map(Page::items).orElse(List.of());
			}
			if (capabilities.contains(Capability.LIST_ORGANIZATIONS)) {
				organizations = provider.listOrganizations(connection, PageRequest.first(), progress).value()
						.map(Page::items).orElse(List.of());
			}
			if (capabilities.contains(Capability.LIST_REPOSITORIES)) {
				repos = provider.listRepositories(connection, organization.isEmpty() ? null : organization,
						PageRequest.first(), progress).value().map(Page::items).orElse(List.of());
			}
		}
		return new TestOutcome(account, branches, organizations, repos);
	}

	private void showOutcome(TestOutcome outcome, Job job) {
		if (statusText.isDisposed() || job != testJob) {
			return;
		}
		Result<AccountInfo> result = outcome.account();
		switch (result.status()) {
		case OK -> {
			String account = result.value().map(AccountInfo::name).orElse(""); //$NON-NLS-1$
			String text = outcome.branches().isEmpty() ? NLS.bind(Messages.Connect_testOk, account)
					: NLS.bind(Messages.Connect_testOkBranches, account,
							outcome.branches().stream().map(Branch::name).limit(8).collect(Collectors.joining(", "))); //$NON-NLS-1$
			List<Diagnostic> warnings = result.diagnostics();
			if (!warnings.isEmpty()) {
				text += "\n" + warnings.get(0).message(); //$NON-NLS-1$
			}
			status(JFaceResources.getImage(warnings.isEmpty() ? Dialog.DLG_IMG_MESSAGE_INFO : Dialog.DLG_IMG_MESSAGE_WARNING), text);
			String typed = branchCombo.getText();
			branchCombo.setItems(outcome.branches().stream().map(Branch::name).toArray(String[]::new));
			if (!typed.isBlank()) {
				branchCombo.setText(typed);
			} else {
				outcome.branches().stream().filter(Branch::isDefault).findFirst().ifPresent(b -> branchCombo.setText(b.name()));
			}
			if (!outcome.organizations().isEmpty()) {
				String org = organizationCombo.getText();
				organizationCombo.setItems(outcome.organizations().stream().map(Organization::id).toArray(String[]::new));
				organizationCombo.setText(org);
			}
			if (!outcome.repositories().isEmpty()) {
				repositories = outcome.repositories();
				repositoryCombo.setItems(repositories.stream().map(RemoteRepository::displayName).toArray(String[]::new));
			}
		}
		case UNSUPPORTED -> status(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_INFO),
				NLS.bind(Messages.Connect_testUnsupported, form == null ? "" : form.provider().displayName())); //$NON-NLS-1$
		case CANCELED -> status(null, Messages.Connect_testCanceled);
		default -> {
			Optional<Diagnostic> error = result.error();
			String text = error.map(d -> d.cause() + "\n" + d.fix()).orElse(result.toString()); //$NON-NLS-1$
			status(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_ERROR), text);
		}
		}
		testJob = null;
		validate();
		relayout();
	}

	private void loadRepositories() {
		testConnection();
	}

	private void repositoryChosen() {
		int index = repositoryCombo.getSelectionIndex();
		if (index < 0 || index >= repositories.size() || form == null) {
			return;
		}
		RemoteRepository repository = repositories.get(index);
		if (!repository.cloneUrls().isEmpty()) {
			form.set(FormField.URL, repository.cloneUrls().get(0));
			rebuildFields();
		}
		if (branchCombo.getText().isBlank() && repository.defaultBranch() != null) {
			branchCombo.setText(repository.defaultBranch());
		}
	}

	private void browseRootFile() {
		FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
		chooser.setText(Messages.Connect_chooseRoot);
		chooser.setFilterPath(root.toString());
		chooser.setFilterExtensions(new String[] { "*.yaml;*.yml;*.json", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String file = chooser.open();
		if (file != null) {
			Path chosen = Path.of(file).toAbsolutePath().normalize();
			rootFile.setText(chosen.startsWith(root) ? root.relativize(chosen).toString().replace('\\', '/') : file);
		}
	}

	private void status(org.eclipse.swt.graphics.Image icon, String text) {
		if (statusText == null || statusText.isDisposed()) {
			return;
		}
		statusIcon.setImage(icon);
		statusText.setText(text);
		statusText.getParent().layout(true);
	}

	@Override
	protected void okPressed() {
		if (form == null) {
			return;
		}
		Path relativeRoot = rootFile.getText().isBlank() ? null : Path.of(rootFile.getText().strip());
		String name = apiName.getText().strip();
		settings = new ConnectionSettings(form.provider().id(), form.method().name(), form.url(),
				form.hasSecretField() ? form.account() : "", //$NON-NLS-1$
				branchCombo.getText().strip(), api.idFor(name), name, relativeRoot,
				Path.of(schemaDirectory.getText().strip()), Path.of(collectionDirectory.getText().strip()));
		if (testJob != null) {
			testJob.cancel();
		}
		setReturnCode(OK);
		close();
	}

	/**
	 * Shows an error that keeps the dialog open, for the handler when writing the connection fails.
	 *
	 * @param message the cause and what to do
	 */
	public void showError(String message) {
		setMessage(message, IMessageProvider.ERROR);
	}

	@Override
	public boolean close() {
		stopListening();
		return super.close();
	}

	/** @return the form with the provider, method, values and secret, after OK */
	public ConnectForm form() {
		return form;
	}

	/** @return what to write into the workspace, after OK; {@code null} before */
	public ConnectionSettings settings() {
		return settings;
	}

	/**
	 * The label of an authentication method.
	 *
	 * @param method the method
	 * @return the localized label
	 */
	static String methodLabel(AuthMethod method) {
		return switch (method) {
		case NONE -> Messages.Auth_NONE;
		case PERSONAL_ACCESS_TOKEN -> Messages.Auth_PERSONAL_ACCESS_TOKEN;
		case OAUTH -> Messages.Auth_OAUTH;
		case SSH_KEY -> Messages.Auth_SSH_KEY;
		case USERNAME_PASSWORD -> Messages.Auth_USERNAME_PASSWORD;
		};
	}

	private void heading(Composite parent, String text, boolean gap) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setFont(JFaceResources.getBannerFont());
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		if (gap) {
			data.verticalIndent = convertVerticalDLUsToPixels(6);
		}
		label.setLayoutData(data);
	}

	private Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setLayoutData(labelData());
		return label;
	}

	private GridData labelData() {
		GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		data.widthHint = Math.max(convertWidthInCharsToPixels(22), 0);
		return data;
	}

	private GridData fieldData(int span) {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		data.widthHint = convertWidthInCharsToPixels(span == 1 ? 48 : 60);
		return data;
	}

	private Text text(Composite parent, String value, String id, int span) {
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setText(value);
		text.setLayoutData(fieldData(span));
		tag(text, id);
		return text;
	}

	private void hint(Composite parent, String text, int span) {
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(text);
		hint.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = convertWidthInCharsToPixels(60);
		hint.setLayoutData(data);
	}

	private static void show(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	private static void tag(Control control, String id) {
		control.setData(TEST_ID, id);
	}
}
