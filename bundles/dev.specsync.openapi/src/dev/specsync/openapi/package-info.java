/**
 * An OpenAPI definition as the set of files it is written in: {@link dev.specsync.openapi.ApiFileSet} loads a
 * root definition (Swagger 2.0, OpenAPI 3.0 or 3.1, JSON or YAML) and every file its relative {@code $ref}s
 * reach, detects the OpenAPI version, resolves each {@link dev.specsync.openapi.Reference} to a
 * {@link dev.specsync.openapi.RefTarget} and reports broken, circular, escaping and remote references as
 * positioned {@link dev.specsync.document.Diagnostic}s.
 * <p>
 * Plain Java on the document model, no OSGi services: every type is immutable and safe to share between
 * threads, and every type is implemented here; clients use it, they do not implement it.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.specsync.openapi;
