/**
 * The demo workspace that {@code specsync-workbench --demo} opens: a Git repository with a sample multi-file
 * OpenAPI definition, a Postman collection and a workspace manifest, whose {@code main} branch has diverged
 * from its local "remote", so that a newcomer's first pull shows a conflict. Start from
 * {@link dev.specsync.demo.DemoWorkspace}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.demo;
