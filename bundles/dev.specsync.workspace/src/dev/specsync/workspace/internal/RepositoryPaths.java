package dev.specsync.workspace.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Turns manifest path texts into repository-relative paths and refuses those that leave the repository. */
public final class RepositoryPaths {

    private RepositoryPaths() {
    }

    /**
     * Parses {@code text} as a path relative to {@code root}. A trailing {@code /} is allowed. The result is
     * normalized. Refused: empty text, absolute paths (also {@code C:} or {@code \\} forms), paths whose
     * normalized form leaves {@code root}, and existing paths whose real location (after symbolic links) is outside
     * the real location of {@code root}.
     *
     * @param root the repository root, never null
     * @param text the path as written, never null
     * @return the normalized relative path, never null (the empty path for the root itself)
     * @throws IllegalArgumentException with a user-visible message when the path is refused
     */
    public static Path relative(Path root, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("path.empty"));
        }
        if (t.startsWith("/") || t.startsWith("\\") || t.matches("^[A-Za-z]:.*") || t.startsWith("~")) {
            throw new IllegalArgumentException(Messages.get("path.absolute", text));
        }
        Path rel;
        try {
            rel = Path.of(t.replace('\\', '/')).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(Messages.get("path.invalid", text, e.getReason()));
        }
        if (rel.isAbsolute() || (rel.getNameCount() > 0 && rel.getName(0).toString().equals(".."))) {
            throw new IllegalArgumentException(Messages.get("path.escapes", text));
        }
        Path base = root.toAbsolutePath().normalize();
        Path full = base.resolve(rel).normalize();
        if (!full.startsWith(base)) {
            throw new IllegalArgumentException(Messages.get("path.escapes", text));
        }
        if (Files.exists(full)) {
            try {
                if (!full.toRealPath().startsWith(base.toRealPath())) {
                    throw new IllegalArgumentException(Messages.get("path.escapesLink", text));
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(Messages.get("path.invalid", text, e.getMessage()));
            }
        }
        return rel;
    }

    /**
     * The manifest spelling of a relative path: {@code /} separators, with a trailing {@code /} when
     * {@code directory} is true.
     *
     * @param path      a relative path, never null
     * @param directory whether to add the trailing slash
     * @return the text, never null
     */
    public static String text(Path path, boolean directory) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(path.getName(i));
        }
        if (directory && sb.length() > 0) {
            sb.append('/');
        }
        return sb.length() == 0 ? "./" : sb.toString();
    }
}
