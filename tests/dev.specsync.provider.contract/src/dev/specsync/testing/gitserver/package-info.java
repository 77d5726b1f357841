/**
 * Real Git servers on loopback for tests: {@link dev.specsync.testing.gitserver.GitDaemon} ({@code git daemon}),
 * {@link dev.specsync.testing.gitserver.GitHttpServer} ({@code git http-backend} behind nginx and fcgiwrap with
 * HTTP Basic token authentication) and {@link dev.specsync.testing.gitserver.GitCli} (the git command line, to
 * prepare repositories and to check results independently of JGit). A test is skipped with a message naming
 * the package to install when a program is missing.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.testing.gitserver;
