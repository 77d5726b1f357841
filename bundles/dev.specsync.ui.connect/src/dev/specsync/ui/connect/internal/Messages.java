package dev.specsync.ui.connect.internal;

import org.eclipse.osgi.util.NLS;

/** The Connect, Disconnect and Preferences dialogs' texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.ui.connect.internal.messages"; //$NON-NLS-1$

	public static String Connect_shellTitle;
	public static String Connect_title;
	public static String Connect_message;
	public static String Connect_server;
	public static String Connect_repository;
	public static String Connect_api;
	public static String Connect_provider;
	public static String Connect_noProviders;
	public static String Connect_providerRemoved;
	public static String Connect_auth;
	public static String Connect_fieldLabel;
	public static String Connect_browse;
	public static String Connect_browseRoot;
	public static String Connect_chooseFolder;
	public static String Connect_chooseRoot;
	public static String Connect_organization;
	public static String Connect_repositoryName;
	public static String Connect_branch;
	public static String Connect_apiName;
	public static String Connect_rootFile;
	public static String Connect_rootFileHint;
	public static String Connect_schemaDirectory;
	public static String Connect_collectionDirectory;
	public static String Connect_test;
	public static String Connect_testIdle;
	public static String Connect_testing;
	public static String Connect_testJob;
	public static String Connect_testOk;
	public static String Connect_testOkBranches;
	public static String Connect_testUnsupported;
	public static String Connect_testCanceled;
	public static String Connect_finish;
	public static String Connect_apiNameRequired;
	public static String Connect_directoryRequired;
	public static String Connect_pathOutside;
	public static String Connect_failed;
	public static String Connect_storeMissing;
	public static String Connect_storeFailed;
	public static String Connect_doneTitle;
	public static String Connect_done;
	public static String Connect_secretStored;
	public static String Connect_noWorkspaceTitle;
	public static String Connect_noWorkspace;
	public static String Connect_noRegistry;
	public static String Auth_NONE;
	public static String Auth_PERSONAL_ACCESS_TOKEN;
	public static String Auth_OAUTH;
	public static String Auth_SSH_KEY;
	public static String Auth_USERNAME_PASSWORD;
	public static String Disconnect_shellTitle;
	public static String Disconnect_title;
	public static String Disconnect_message;
	public static String Disconnect_prompt;
	public static String Disconnect_hint;
	public static String Disconnect_mismatch;
	public static String Disconnect_button;
	public static String Disconnect_notConnectedTitle;
	public static String Disconnect_notConnected;
	public static String Disconnect_doneTitle;
	public static String Disconnect_done;
	public static String Disconnect_failed;
	public static String Preferences_title;
	public static String Author_page;
	public static String Author_description;
	public static String Author_name;
	public static String Author_email;
	public static String Author_fromGit;
	public static String Author_noGit;
	public static String Author_badEmail;
	public static String Directories_page;
	public static String Directories_description;
	public static String Directories_schemas;
	public static String Directories_schemasHint;
	public static String Directories_collections;
	public static String Directories_absolute;
	public static String Accounts_page;
	public static String Accounts_description;
	public static String Accounts_host;
	public static String Accounts_account;
	public static String Accounts_signOut;
	public static String Accounts_empty;
	public static String Accounts_signedOut;
	public static String Accounts_unavailable;
	public static String Accounts_failed;
	public static String Preferences_saveFailed;
	public static String Network_page;
	public static String Network_description;
	public static String Network_system;
	public static String Network_none;
	public static String Network_manual;
	public static String Network_host;
	public static String Network_port;
	public static String Network_nonProxyHosts;
	public static String Network_nonProxyHostsHint;
	public static String Network_noHost;
	public static String Network_badPort;
	public static String Network_secrets;
	public static String Network_user;
	public static String Network_password;
	public static String Network_passwordHint;
	public static String Network_noPassword;
	public static String Network_signInFailed;
	public static String Certificates_page;
	public static String Certificates_description;
	public static String Certificates_subject;
	public static String Certificates_issuer;
	public static String Certificates_expires;
	public static String Certificates_source;
	public static String Certificates_yours;
	public static String Certificates_installation;
	public static String Certificates_add;
	public static String Certificates_remove;
	public static String Certificates_choose;
	public static String Certificates_empty;
	public static String Certificates_folder;
	public static String Certificates_added;
	public static String Certificates_removed;
	public static String Certificates_notACertificate;
	public static String Certificates_readOnly;
	public static String Certificates_failed;
	public static String Certificates_unavailable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
