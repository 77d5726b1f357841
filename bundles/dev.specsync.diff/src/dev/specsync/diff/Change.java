package dev.specsync.diff;

import java.util.Objects;

/**
 * One change between two versions.
 *
 * @param ruleId the stable id of the rule that found it, for example {@code request.property.required.added};
 *        RULES.md lists them, never {@code null}
 * @param kind added, removed or changed, never {@code null}
 * @param severity the effect on existing clients, never {@code null}
 * @param message one sentence for people, never {@code null}
 * @param operation the operation it belongs to, or {@code null} for a change outside operations
 * @param oldLocation where it is in the old version, never {@code null}
 * @param newLocation where it is in the new version, never {@code null}
 */
public record Change(String ruleId, ChangeKind kind, ChangeSeverity severity, String message, Operation operation,
		Location oldLocation, Location newLocation) {

	/**
	 * Checks the arguments.
	 *
	 * @param ruleId the rule id
	 * @param kind the kind
	 * @param severity the severity
	 * @param message the sentence
	 * @param operation the operation, may be {@code null}
	 * @param oldLocation the location in the old version
	 * @param newLocation the location in the new version
	 */
	public Change {
		Objects.requireNonNull(ruleId, "ruleId"); //$NON-NLS-1$
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
		Objects.requireNonNull(message, "message"); //$NON-NLS-1$
		Objects.requireNonNull(oldLocation, "oldLocation"); //$NON-NLS-1$
		Objects.requireNonNull(newLocation, "newLocation"); //$NON-NLS-1$
	}
}
