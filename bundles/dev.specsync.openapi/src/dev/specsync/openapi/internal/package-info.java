/**
 * OpenAPI checks behind the {@code specsync} command line. For now only {@code specsync validate}, which
 * reports JSON and YAML syntax problems found by the document model; validation against the OpenAPI schema
 * and the API that the workbench will share come later. Not exported.
 */
package dev.specsync.openapi.internal;
