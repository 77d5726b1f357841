package dev.specsync.ui.connect.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.specsync.provider.AuthMethod;
import dev.specsync.provider.Connection;
import dev.specsync.provider.FormField;
import dev.specsync.provider.GitProvider;

/** The connect form built from the registered providers' own field declarations. */
class ConnectFormTest {

	@Test
	void theLocalProvidersFormAsksForTheRepositoryFolderAndNamesItWhenEmpty() throws Exception {
		ConnectForm form = new ConnectForm(Providers.provider("local"));
		assertEquals(AuthMethod.NONE, form.method());
		assertEquals(List.of(FormField.Kind.PATH), form.fields().stream().map(FormField::kind).toList());
		List<String> problems = form.problems();
		assertEquals(1, problems.size(), problems::toString);
		assertTrue(problems.get(0).contains("Repository folder"), problems.get(0));
		form.set(FormField.URL, "  /tmp/somewhere.git ");
		assertEquals(List.of(), form.problems());
		assertEquals("/tmp/somewhere.git", form.toConnection().url());
		assertEquals(Optional.empty(), form.host(), "a path has no host to key a secret by");
		assertFalse(form.hasSecretField());
	}

	@Test
	void theGenericProvidersTokenFormNeedsUrlAndTokenAndKeepsTheTokenOutOfTheValues() throws Exception {
		GitProvider generic = Providers.provider("generic");
		ConnectForm form = new ConnectForm(generic);
		assertEquals(generic.authMethods().iterator().next(), form.method());
		form.setMethod(AuthMethod.PERSONAL_ACCESS_TOKEN);
		assertTrue(form.hasSecretField());
		List<String> problems = form.problems();
		assertEquals(2, problems.size(), () -> "URL and token are required: " + problems);
		form.set(FormField.URL, "https://git.example.com:8443/team/bookshop.git");
		form.setSecret("s3cr3t-token-value".toCharArray());
		assertEquals(List.of(), form.problems());
		assertEquals(Optional.of("git.example.com:8443"), form.host());
		assertEquals("git", form.account(), "a token without a user name is stored for the user git");
		Connection connection = form.toConnection();
		assertFalse(connection.values().containsValue("s3cr3t-token-value"), connection.values()::toString);
		assertFalse(connection.toString().contains("s3cr3t"), connection::toString);
		assertArrayEquals("s3cr3t-token-value".toCharArray(), connection.credentials().secret());
		assertEquals(AuthMethod.PERSONAL_ACCESS_TOKEN, connection.credentials().method());
	}

	@Test
	void changingTheMethodKeepsTheUrlAndForgetsTheSecret() throws Exception {
		ConnectForm form = new ConnectForm(Providers.provider("generic"));
		form.setMethod(AuthMethod.PERSONAL_ACCESS_TOKEN);
		form.set(FormField.URL, "https://git.example.com/a.git");
		form.setSecret("tok".toCharArray());
		form.setMethod(AuthMethod.USERNAME_PASSWORD);
		assertEquals("https://git.example.com/a.git", form.value(FormField.URL));
		assertEquals(0, form.secret().length);
		form.set(FormField.USERNAME, "alice");
		form.setSecret("pw".toCharArray());
		assertEquals("alice", form.account());
		assertEquals(Optional.of("alice"), form.toConnection().credentials().username());
	}

	@Test
	void aBadUrlOrAPasswordInTheUrlIsNamedWithTheFix() throws Exception {
		ConnectForm form = new ConnectForm(Providers.provider("generic"));
		form.setMethod(AuthMethod.NONE);
		form.set(FormField.URL, "not a url");
		assertTrue(form.problems().get(0).contains("'not a url' is not a Git URL") && form.problems().get(0).contains("https://"),
				form.problems()::toString);
		form.set(FormField.URL, "https://bob:hunter2@git.example.com/a.git");
		assertTrue(form.problems().get(0).contains("contains a password"), form.problems()::toString);
		form.set(FormField.URL, "git@git.example.com:team/a.git");
		assertEquals(List.of(), form.problems());
		assertEquals(Optional.of("git.example.com"), form.host());
	}
}
