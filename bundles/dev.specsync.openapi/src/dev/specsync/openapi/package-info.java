/**
 * An OpenAPI definition as the set of files it is written in: {@link dev.specsync.openapi.ApiFileSet} loads a
 * root definition (Swagger 2.0, OpenAPI 3.0 or 3.1, JSON or YAML) and every file its relative {@code $ref}s
 * reach, detects the OpenAPI version, resolves each {@link dev.specsync.openapi.Reference} to a
 * {@link dev.specsync.openapi.RefTarget} and reports broken, circular, escaping and remote references as
 * positioned {@link dev.specsync.document.Diagnostic}s.
 * <p>
 * Plain Java on the document model: every type is immutable and safe to share between threads, and every type
 * but one is implemented here; clients use them, they do not implement them. The exception is
 * {@link dev.specsync.openapi.SchemaValidator}, an OSGi service that an optional bundle provides.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package dev.specsync.openapi;
