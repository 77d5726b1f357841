/**
 * The OpenAPI commands behind the {@code specsync} command line: {@code specsync validate}, which reports
 * syntax problems and, for API roots, version and {@code $ref} problems found by
 * {@link dev.specsync.openapi.ApiFileSet}, and {@code specsync bundle}, which writes a multi-file API as one
 * document. Validation against the OpenAPI schema is asked of the optional
 * {@link dev.specsync.openapi.SchemaValidator} service. Not exported.
 */
package dev.specsync.openapi.internal;
