/**
 * Types shared by every part of SpecSync: the identity of the running build.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.core;
