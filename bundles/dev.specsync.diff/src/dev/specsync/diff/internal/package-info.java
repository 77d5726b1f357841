/**
 * The implementation of the semantic differ: the OpenAPI model of one version ({@code Spec}, {@code Operations}),
 * the comparison of operations ({@code OpenApiDiffer}) and of schemas ({@code SchemaComparator}), the rule
 * catalogue ({@code Rules}) and the renderers. Not exported; the test fragment
 * sees it.
 */
package dev.specsync.diff.internal;
