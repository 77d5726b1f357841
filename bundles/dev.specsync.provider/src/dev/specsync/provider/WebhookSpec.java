package dev.specsync.provider;

import java.util.Objects;
import java.util.Set;

/**
 * A webhook to register. (Version 1.0 has no signing secret; it will be added in a minor version together
 * with a constructor keeping this signature, see the package's API policy.)
 *
 * @param callbackUrl where the service delivers events; {@code https} for any service on the Internet
 * @param events the events to deliver, in SpecSync's vocabulary ({@link #PUSH}, {@link #PULL_REQUEST}); a
 *            provider maps them to its service's names and fails with {@link Diagnostic.Code#INVALID_INPUT}
 *            for one it cannot deliver
 */
public record WebhookSpec(String callbackUrl, Set<String> events) {

	/** Commits pushed to a branch. */
	public static final String PUSH = "push";
	/** Pull requests opened, updated, merged or closed. */
	public static final String PULL_REQUEST = "pull_request";

	/** Checks and copies the components. */
	public WebhookSpec {
		Objects.requireNonNull(callbackUrl, "callbackUrl");
		events = Set.copyOf(events);
	}
}
