package dev.specsync.diff.internal;

import dev.specsync.diff.ChangeKind;
import dev.specsync.diff.ChangeSeverity;

/**
 * One rule of the catalogue.
 *
 * @param id the stable id, for example {@code request.property.required.added}
 * @param kind what happened to the element
 * @param severity the effect on existing clients
 * @param direction where the rule applies
 * @param template the sentence, a {@link java.text.MessageFormat} pattern: {0} is where, {1} the old value or name,
 *        {2} the new one
 */
record Rule(String id, ChangeKind kind, ChangeSeverity severity, Direction direction, String template) {
}
