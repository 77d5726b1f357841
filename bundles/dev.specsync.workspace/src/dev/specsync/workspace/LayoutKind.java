package dev.specsync.workspace;

/** A repository layout {@link WorkspaceDetector} recognizes. */
public enum LayoutKind {
    /** Postman's API Builder: definitions under {@code postman/schemas/}, collections under {@code postman/collections/}. */
    POSTMAN_API_BUILDER,
    /** Insomnia Git Sync: a {@code .insomnia/} folder with {@code Workspace/} and {@code ApiSpec/} files. */
    INSOMNIA_GIT_SYNC,
    /** A single-file Insomnia export ({@code _type: export}) in YAML or JSON. */
    INSOMNIA_EXPORT,
    /** Plain OpenAPI or Swagger files: a file whose root has {@code openapi:} or {@code swagger:}. */
    OPENAPI_FILE
}
