/**
 * The swagger-parser based {@link dev.specsync.openapi.SchemaValidator}: the API's files as one tree for
 * swagger-parser ({@link dev.specsync.openapi.validation.internal.ComposedTree}), its messages mapped back to
 * the file, line and column of the node they name ({@link dev.specsync.openapi.validation.internal.Locator}).
 * Only {@link dev.specsync.openapi.validation.internal.SwaggerRun} and {@code ComposedTree} touch the embedded
 * libraries. Not exported.
 */
package dev.specsync.openapi.validation.internal;
