package dev.specsync.diff.internal;

import dev.specsync.diff.Location;

/**
 * A change before it is attributed to an operation; schema findings are cached per pair of referenced schemas
 * and attributed to every operation that uses them.
 *
 * @param rule the rule
 * @param message the sentence
 * @param oldLocation where in the old version
 * @param newLocation where in the new version
 */
record Finding(Rule rule, String message, Location oldLocation, Location newLocation) {
}
