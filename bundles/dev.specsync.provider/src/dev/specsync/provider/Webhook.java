package dev.specsync.provider;

import java.util.Objects;
import java.util.Set;

/**
 * A webhook as the service knows it.
 *
 * @param id the provider's identifier, passed back to {@link GitProvider#verifyWebhook}
 * @param callbackUrl where events are delivered
 * @param events the events delivered, in SpecSync's vocabulary (see {@link WebhookSpec})
 * @param active whether the service delivers events to it now
 */
public record Webhook(String id, String callbackUrl, Set<String> events, boolean active) {

	/** Checks and copies the components. */
	public Webhook {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(callbackUrl, "callbackUrl");
		events = Set.copyOf(events);
	}
}
