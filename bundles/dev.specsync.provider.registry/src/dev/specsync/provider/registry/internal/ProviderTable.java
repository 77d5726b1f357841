package dev.specsync.provider.registry.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.specsync.provider.GitProvider;
import dev.specsync.provider.Recognition;
import dev.specsync.provider.registry.ProviderEvent;
import dev.specsync.provider.registry.ProviderListener;
import dev.specsync.provider.registry.ProviderRegistry;

/**
 * The registry's logic, free of OSGi: providers keyed by id, the best-ranked service of an id active, listeners
 * told of every change in order.
 *
 * <p>Changes and their notifications happen under one lock, so listeners see events in the order of the
 * changes; lookups read an immutable snapshot and never wait for that lock.
 */
public class ProviderTable implements ProviderRegistry {

	private static final System.Logger LOG = System.getLogger(ProviderTable.class.getName());

	/** Best first: higher ranking, then lower (older) service id. */
	private static final Comparator<Entry> PRECEDENCE = Comparator.comparingInt(Entry::ranking).reversed()
			.thenComparingLong(Entry::serviceId);

	private record Entry(String id, GitProvider provider, int ranking, long serviceId) {
	}

	private final Object changeLock = new Object();
	/** Guarded by changeLock: every registered service of an id, best first. */
	private final Map<String, List<Entry>> candidates = new HashMap<>();
	/** Guarded by changeLock: the id each service was registered under. */
	private final Map<Long, Entry> byServiceId = new HashMap<>();
	/** Immutable snapshot of the active provider of each id. */
	private volatile Map<String, Entry> active = Map.of();
	private final List<ProviderListener> listeners = new CopyOnWriteArrayList<>();

	/**
	 * Adds a provider service.
	 *
	 * @param provider the service
	 * @param ranking its service ranking
	 * @param serviceId its service id, unique per service
	 */
	public void add(GitProvider provider, int ranking, long serviceId) {
		String id;
		try {
			id = provider.id();
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Git provider " + provider.getClass().getName() + " ignored: id() failed", e);
			return;
		}
		if (id == null || id.isBlank()) {
			LOG.log(Level.WARNING, "Git provider {0} ignored: it has no id", provider.getClass().getName());
			return;
		}
		Entry entry = new Entry(id, provider, ranking, serviceId);
		synchronized (changeLock) {
			byServiceId.put(serviceId, entry);
			List<Entry> list = candidates.computeIfAbsent(id, k -> new ArrayList<>());
			list.add(entry);
			list.sort(PRECEDENCE);
			activate(id, list.get(0));
		}
	}

	/**
	 * Removes a provider service added before; unknown services are ignored.
	 *
	 * @param serviceId the service id given to {@link #add(GitProvider, int, long)}
	 */
	public void remove(long serviceId) {
		synchronized (changeLock) {
			Entry entry = byServiceId.remove(serviceId);
			if (entry == null) {
				return;
			}
			List<Entry> list = candidates.get(entry.id());
			list.remove(entry);
			if (list.isEmpty()) {
				candidates.remove(entry.id());
			}
			activate(entry.id(), list.isEmpty() ? null : list.get(0));
		}
	}

	/** Called under changeLock: makes {@code next} the provider of {@code id} and tells the listeners. */
	private void activate(String id, Entry next) {
		Entry previous = active.get(id);
		if (previous == next) {
			return;
		}
		Map<String, Entry> updated = new HashMap<>(active);
		if (next == null) {
			updated.remove(id);
		} else {
			updated.put(id, next);
		}
		active = Map.copyOf(updated);
		if (previous != null) {
			fire(new ProviderEvent(ProviderEvent.Type.REMOVED, id, previous.provider()));
		}
		if (next != null) {
			fire(new ProviderEvent(ProviderEvent.Type.ADDED, id, next.provider()));
		}
	}

	private void fire(ProviderEvent event) {
		for (ProviderListener listener : listeners) {
			notify(listener, event);
		}
	}

	private static void notify(ProviderListener listener, ProviderEvent event) {
		try {
			listener.providerChanged(event);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "A Git provider listener failed on " + event.type() + " " + event.id(), e);
		}
	}

	@Override
	public Optional<GitProvider> provider(String id) {
		return Optional.ofNullable(active.get(id)).map(Entry::provider);
	}

	@Override
	public List<GitProvider> providers() {
		return active.values().stream()
				.sorted(Comparator.comparing((Entry e) -> displayName(e.provider())).thenComparing(Entry::id))
				.map(Entry::provider).toList();
	}

	private static String displayName(GitProvider provider) {
		try {
			return provider.displayName();
		} catch (RuntimeException e) {
			return provider.id();
		}
	}

	@Override
	public Optional<GitProvider> providerFor(String url, Map<String, Set<String>> customHosts) {
		Entry best = null;
		Recognition bestRecognition = Recognition.NONE;
		List<Entry> ordered = new ArrayList<>(active.values());
		ordered.sort(PRECEDENCE.thenComparing(Entry::id));
		for (Entry entry : ordered) {
			Recognition recognition;
			try {
				recognition = entry.provider().recognize(url, customHosts.getOrDefault(entry.id(), Set.of()));
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "Git provider " + entry.id() + " failed to recognise a URL", e);
				continue;
			}
			if (recognition != null && recognition.compareTo(bestRecognition) > 0) {
				best = entry;
				bestRecognition = recognition;
			}
		}
		return Optional.ofNullable(best).map(Entry::provider);
	}

	@Override
	public ListenerRegistration addListener(ProviderListener listener) {
		synchronized (changeLock) {
			for (Entry entry : active.values()) {
				notify(listener, new ProviderEvent(ProviderEvent.Type.ADDED, entry.id(), entry.provider()));
			}
			listeners.add(listener);
		}
		return () -> {
			synchronized (changeLock) {
				listeners.remove(listener);
			}
		};
	}
}
