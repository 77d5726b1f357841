package dev.specsync.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * JGit logs through slf4j: in the product's runtime slf4j is bound to slf4j-simple (by the fragment
 * dev.specsync.slf4j.binding), not to its no-operation fallback, which would also print a warning on
 * standard error at the first log call.
 */
class LoggingTest {

	@Test
	void slf4jIsBoundToSlf4jSimple() {
		assertEquals("org.slf4j.simple.SimpleLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
	}
}
