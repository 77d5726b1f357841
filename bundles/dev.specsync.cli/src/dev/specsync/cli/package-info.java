/**
 * The command SPI of the {@code specsync} command line: bundles contribute {@link dev.specsync.cli.Command}
 * services and the command line dispatches to them by name.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.cli;
