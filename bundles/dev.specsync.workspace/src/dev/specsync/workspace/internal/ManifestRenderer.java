package dev.specsync.workspace.internal;

import dev.specsync.workspace.ApiDefinition;
import dev.specsync.workspace.BackupTarget;
import dev.specsync.workspace.PublishedVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns manifest model objects into the plain Java values {@code DocumentEditor} writes. Stateless. */
public final class ManifestRenderer {

    private ManifestRenderer() {
    }

    /**
     * The manifest entry of {@code api}: id, name, root (when set), schemas, collections, status, and versions and
     * backups when not empty.
     *
     * @param api the API, never null
     * @return an insertion-ordered map, never null
     */
    public static Map<String, Object> api(ApiDefinition api) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", api.id());
        m.put("name", api.name());
        if (api.rootFile() != null) {
            m.put("root", RepositoryPaths.text(api.rootFile(), false));
        }
        m.put("schemas", RepositoryPaths.text(api.schemaDirectory(), true));
        m.put("collections", RepositoryPaths.text(api.collectionDirectory(), true));
        m.put("status", api.status().displayName());
        if (!api.versions().isEmpty()) {
            Map<String, Object> v = new LinkedHashMap<>();
            for (PublishedVersion pv : api.versions()) {
                v.put(pv.name(), pv.tag());
            }
            m.put("versions", v);
        }
        if (!api.backups().isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (BackupTarget b : api.backups()) {
                list.add(backup(b));
            }
            m.put("backups", list);
        }
        return m;
    }

    /**
     * The manifest entry of a backup target.
     *
     * @param b the target, never null
     * @return an insertion-ordered map, never null
     */
    public static Map<String, Object> backup(BackupTarget b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("directory", RepositoryPaths.text(b.directory(), true));
        m.put("file", b.fileName());
        if (b.branch() != null) {
            m.put("branch", b.branch());
        }
        return m;
    }
}
