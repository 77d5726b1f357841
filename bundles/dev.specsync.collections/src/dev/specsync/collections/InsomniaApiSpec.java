package dev.specsync.collections;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An API definition kept by Insomnia Git Sync in {@code .insomnia/ApiSpec/}: the design document of a workspace,
 * which a SpecSync workspace can offer as an API definition.
 *
 * @param id            the Insomnia {@code _id}, never null
 * @param workspaceName name of the Insomnia workspace it belongs to; null when that workspace is not in the folder
 * @param fileName      the name Insomnia shows for the document ({@code fileName}), never null (may be empty)
 * @param contentType   {@code yaml} or {@code json} as Insomnia declares it; null when not declared
 * @param contents      the definition text, never null (empty when the workspace has no design yet)
 * @param file          the resource file it was read from, never null
 */
public record InsomniaApiSpec(String id, String workspaceName, String fileName, String contentType, String contents,
        Path file) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component that must be present is null
     */
    public InsomniaApiSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contents, "contents");
        Objects.requireNonNull(file, "file");
    }
}
