package dev.specsync.provider.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.specsync.provider.AuthMethod;
import dev.specsync.provider.FormField;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.Recognition;
import dev.specsync.provider.registry.ProviderEvent;
import dev.specsync.provider.registry.ProviderRegistry.ListenerRegistration;

/** The registry's logic without a framework: ids, ranking, URL lookup, listeners. */
class ProviderTableTest {

	/** A provider recognising URLs that start with a prefix, or any https URL on a custom host. */
	record Fake(String id, String displayName, String prefix, Recognition level) implements GitProvider {
		@Override
		public Recognition recognize(String url, Set<String> customHosts) {
			if (url.startsWith(prefix)) {
				return level;
			}
			return customHosts.stream().anyMatch(h -> url.startsWith("https://" + h + "/")) ? Recognition.SPECIFIC
					: Recognition.NONE;
		}

		@Override
		public Set<AuthMethod> authMethods() {
			return Set.of(AuthMethod.NONE);
		}

		@Override
		public List<FormField> connectForm(AuthMethod method) {
			return List.of(FormField.url(FormField.URL, "URL"));
		}
	}

	final ProviderTable table = new ProviderTable();
	final List<String> events = new ArrayList<>();

	private void listen() {
		table.addListener(e -> events.add(e.type() + " " + e.id() + " " + ((Fake) e.provider()).displayName()));
	}

	@Test
	void higherRankingWinsAnIdAndTheOtherTakesOverWhenItLeaves() {
		listen();
		Fake low = new Fake("acme", "Acme low", "https://acme/", Recognition.SPECIFIC);
		Fake high = new Fake("acme", "Acme high", "https://acme/", Recognition.SPECIFIC);
		table.add(low, 0, 10);
		table.add(high, 5, 11);
		assertSame(high, table.provider("acme").orElseThrow());
		table.remove(11);
		assertSame(low, table.provider("acme").orElseThrow());
		table.remove(10);
		assertEquals(Optional.empty(), table.provider("acme"));
		assertEquals(List.of("ADDED acme Acme low", "REMOVED acme Acme low", "ADDED acme Acme high",
				"REMOVED acme Acme high", "ADDED acme Acme low", "REMOVED acme Acme low"), events);
	}

	@Test
	void lowerRankedServiceOfAnIdChangesNothingVisible() {
		Fake first = new Fake("acme", "First", "x", Recognition.GENERIC);
		table.add(first, 0, 1);
		listen();
		table.add(new Fake("acme", "Second", "x", Recognition.GENERIC), 0, 2);
		table.remove(2);
		assertSame(first, table.provider("acme").orElseThrow());
		assertEquals(List.of("ADDED acme First"), events, "only the replay on registration");
	}

	@Test
	void specificRecognitionBeatsGenericAndCustomHostsReachTheirProvider() {
		Fake generic = new Fake("generic", "Any Git", "https://", Recognition.GENERIC);
		Fake cloud = new Fake("cloud", "Cloud", "https://cloud.example.com/", Recognition.SPECIFIC);
		table.add(generic, 0, 1);
		table.add(cloud, 0, 2);
		assertSame(cloud, table.providerFor("https://cloud.example.com/a/b.git").orElseThrow());
		assertSame(generic, table.providerFor("https://git.corp.example/a/b.git").orElseThrow());
		assertSame(cloud, table.providerFor("https://git.corp.example/a/b.git", Map.of("cloud", Set.of("git.corp.example")))
				.orElseThrow(), "a host the user assigned to the cloud provider");
		assertEquals(Optional.empty(), table.providerFor("ftp://x/y"));
	}

	@Test
	void providersAreSortedByDisplayName() {
		table.add(new Fake("b", "Zeta", "z", Recognition.GENERIC), 0, 1);
		table.add(new Fake("a", "Alpha", "a", Recognition.GENERIC), 0, 2);
		assertEquals(List.of("Alpha", "Zeta"), table.providers().stream().map(GitProvider::displayName).toList());
	}

	@Test
	void failingListenerDoesNotStopOthersAndClosedListenerHearsNothing() {
		table.addListener(e -> {
			throw new IllegalStateException("listener bug");
		});
		List<ProviderEvent> heard = new ArrayList<>();
		ListenerRegistration registration = table.addListener(heard::add);
		table.add(new Fake("a", "A", "a", Recognition.GENERIC), 0, 1);
		assertEquals(1, heard.size());
		registration.close();
		table.remove(1);
		assertEquals(1, heard.size(), "no event after close");
	}

	@Test
	void providerWithoutIdIsIgnored() {
		table.add(new Fake(" ", "Blank", "x", Recognition.GENERIC), 0, 1);
		assertTrue(table.providers().isEmpty());
		table.remove(1); // unknown: ignored
	}
}
