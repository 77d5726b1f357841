package dev.specsync.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceDetectorTest {

    @TempDir
    Path repo;

    private void write(String rel, String text) throws Exception {
        Path f = repo.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** A fixture file of this fragment as a local path, extracted by {@link FileLocator} from a jar. */
    private static Path insomniaFixture(String name) throws IOException {
        URL url = WorkspaceDetectorTest.class.getResource("/fixtures/insomnia/" + name);
        if (url == null) {
            throw new IllegalStateException("no fixtures/insomnia/" + name + " in the test fragment");
        }
        return Path.of(FileLocator.toFileURL(url).getPath());
    }

    @Test
    void plainOpenApiAndSwaggerFilesBecomeApis() throws Exception {
        write("api/orders/openapi.yaml", "openapi: 3.0.3\ninfo:\n  title: Orders API\n  version: '1'\npaths: {}\n");
        write("legacy/swagger.json", "{\"swagger\": \"2.0\", \"info\": {\"title\": \"Legacy\", \"version\": \"1\"}}");
        write("api/orders/schemas/order.yaml", "type: object\nproperties:\n  id: {type: string}\n");
        write("node_modules/x/openapi.yaml", "openapi: 3.0.0\ninfo: {title: Ignored, version: '1'}\n");
        write("docs/readme.md", "openapi: not a yaml file");
        DetectedWorkspace d = WorkspaceDetector.detect(repo);
        List<ApiDefinition> apis = d.manifest().apis();
        assertEquals(List.of("orders-api", "legacy"), apis.stream().map(ApiDefinition::id).toList());
        assertEquals(Path.of("api/orders/openapi.yaml"), apis.get(0).rootFile());
        assertEquals(Path.of("api/orders"), apis.get(0).schemaDirectory());
        assertEquals(Path.of("collections"), apis.get(0).collectionDirectory());
        assertEquals(LayoutKind.OPENAPI_FILE, d.layouts().get(1).kind());
    }

    @Test
    void postmanApiBuilderLayout() throws Exception {
        write("postman/schemas/petstore/index.yaml", "openapi: 3.0.0\ninfo: {title: Pets, version: '1'}\npaths: {}\n");
        write("postman/schemas/petstore/components.yaml", "Pet: {type: object}\n");
        write("postman/collections/Petstore.json", "{\"info\": {\"name\": \"Petstore\"}, \"item\": []}");
        DetectedWorkspace d = WorkspaceDetector.detect(repo);
        assertEquals(1, d.manifest().apis().size(), d.layouts().toString());
        ApiDefinition api = d.manifest().apis().get(0);
        assertEquals("petstore", api.id());
        assertEquals(Path.of("postman/schemas/petstore/index.yaml"), api.rootFile());
        assertEquals(Path.of("postman/schemas/petstore"), api.schemaDirectory());
        assertEquals(Path.of("postman/collections"), api.collectionDirectory());
        assertEquals(LayoutKind.POSTMAN_API_BUILDER, d.layouts().get(0).kind());
    }

    @Test
    void insomniaFolderAndSingleFileExport() throws Exception {
        write(".insomnia/Workspace/wrk_1.yml", "_id: wrk_1\ntype: Workspace\nname: My Shop\n");
        write(".insomnia/ApiSpec/spc_1.yml", "_id: spc_1\nparentId: wrk_1\ncontents: |\n  openapi: 3.0.0\n");
        Files.createDirectories(repo.resolve("exports"));
        Files.copy(insomniaFixture("insomnia4-basic-input.yaml"), repo.resolve("exports/insomnia.yaml"));
        DetectedWorkspace d = WorkspaceDetector.detect(repo);
        assertEquals(List.of(LayoutKind.INSOMNIA_GIT_SYNC, LayoutKind.INSOMNIA_EXPORT),
                d.layouts().stream().map(DetectedLayout::kind).toList());
        assertEquals("my-shop", d.manifest().apis().get(0).id());
        assertEquals("insomnia", d.manifest().apis().get(1).id());
        assertEquals(Path.of("exports"), d.manifest().apis().get(1).collectionDirectory());
    }

    @Test
    void detectedManifestCanBeSavedAndLoaded() throws Exception {
        write("openapi.yaml", "openapi: 3.1.0\ninfo: {title: Root API, version: '1'}\n");
        write("other/openapi.yaml", "openapi: 3.1.0\ninfo: {title: Root API, version: '2'}\n");
        write("broken.yaml", "openapi: [unclosed\n");
        DetectedWorkspace d = WorkspaceDetector.detect(repo);
        assertEquals(List.of("root-api", "root-api-2"), d.manifest().apis().stream().map(ApiDefinition::id).toList());
        assertEquals(1, d.diagnostics().size(), "the broken file is reported, not fatal");
        assertTrue(d.diagnostics().get(0).path().equals("broken.yaml"));
        ManifestFile.create(repo, d.manifest()).save();
        assertEquals(d.manifest(), ManifestFile.load(repo).manifest());
    }

    @Test
    void emptyRepositoryGivesEmptyManifest() throws Exception {
        assertTrue(WorkspaceDetector.detect(repo).manifest().apis().isEmpty());
    }
}
