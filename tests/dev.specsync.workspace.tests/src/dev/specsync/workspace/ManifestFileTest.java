package dev.specsync.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specsync.document.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFileTest {

    static final String MANIFEST = """
            # Team APIs -- keep sorted by id
            version: 1
            apis:
              # the public one
              - id: petstore
                name: Petstore API
                root: specs/petstore/openapi.yaml   # entry point
                schemas: specs/petstore/
                collections: collections/
                status: In Development
                versions:
                  v1: petstore-v1.0.0
                backups:
                  - directory: backups/petstore/
                    file: petstore.postman_collection.json
                    branch: collections-backup
              - id: billing
                name: Billing
            """;

    @TempDir
    Path repo;

    private Path write(String text) throws IOException {
        Path f = repo.resolve("specsync.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void loadsEveryFieldAndAppliesDefaults() throws Exception {
        write(MANIFEST);
        WorkspaceManifest m = ManifestFile.load(repo).manifest();
        assertEquals(2, m.apis().size());
        ApiDefinition pet = m.api("petstore").orElseThrow();
        assertEquals("Petstore API", pet.name());
        assertEquals(Path.of("specs/petstore/openapi.yaml"), pet.rootFile());
        assertEquals(ApiStatus.IN_DEVELOPMENT, pet.status());
        assertEquals(List.of(new PublishedVersion("v1", "petstore-v1.0.0")), pet.versions());
        assertEquals(List.of(new BackupTarget(Path.of("backups/petstore"), "petstore.postman_collection.json",
                "collections-backup")), pet.backups());
        ApiDefinition billing = m.api("billing").orElseThrow();
        assertEquals(Path.of("specs/billing"), billing.schemaDirectory());
        assertEquals(Path.of("collections"), billing.collectionDirectory());
        assertEquals(ApiStatus.PLANNING, billing.status());
        assertEquals(null, billing.rootFile());
    }

    @Test
    void savingAnUnchangedManifestKeepsEveryByte() throws Exception {
        String crlf = MANIFEST.replace("\n", "\r\n");
        Path f = write(crlf);
        byte[] before = Files.readAllBytes(f);
        ManifestFile.load(repo).save();
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void unknownStatusNamesTheAllowedOnesWithPosition() throws Exception {
        write(MANIFEST.replace("status: In Development", "status: In Dev"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> ManifestFile.load(repo));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("specsync.yaml", d.path());
        assertEquals(10, d.line());
        assertEquals(13, d.column());
        assertTrue(d.message().contains("In Dev"), d.message());
        assertTrue(d.hint().contains("Planning, In Development, Code Review, Security Review, In Production,"
                + " Deprecated, Retired"), d.hint());
    }

    @Test
    void unknownVersionSaysWhichVersionThisBuildReads() throws Exception {
        write(MANIFEST.replace("version: 1", "version: 2"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> ManifestFile.load(repo));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(2, d.line());
        assertTrue(d.message().contains("version 2"), d.message());
        assertTrue(d.hint().contains("reads manifest version 1"), d.hint());
    }

    @Test
    void duplicateIdsNameBothLines() throws Exception {
        write(MANIFEST.replace("- id: billing", "- id: petstore"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> ManifestFile.load(repo));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(17, d.line());
        assertTrue(d.message().contains("lines 5 and 17"), d.message());
        assertTrue(e.getMessage().startsWith("specsync.yaml:17:"), e.getMessage());
    }

    @Test
    void pathsThatLeaveTheRepositoryAreRefused() throws Exception {
        write(MANIFEST.replace("schemas: specs/petstore/", "schemas: specs/../../outside/"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> ManifestFile.load(repo));
        assertTrue(e.diagnostics().get(0).message().contains("leaves the repository"));
        assertEquals(8, e.diagnostics().get(0).line());

        write(MANIFEST.replace("root: specs/petstore/openapi.yaml", "root: /etc/passwd"));
        e = assertThrows(WorkspaceException.class, () -> ManifestFile.load(repo));
        assertTrue(e.diagnostics().get(0).message().contains("absolute"));
    }

    @Test
    void symbolicLinkOutOfTheRepositoryIsRefused(@TempDir Path outside) throws Exception {
        try {
            Files.createSymbolicLink(repo.resolve("linked"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            return; // file system without symbolic links: nothing to check
        }
        write(MANIFEST.replace("collections: collections/", "collections: linked/"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> ManifestFile.load(repo));
        assertTrue(e.diagnostics().get(0).message().contains("symbolic link"));
    }

    @Test
    void allProblemsAreReportedInFileOrder() throws Exception {
        write(MANIFEST.replace("status: In Development", "status: Live").replace("- id: billing", "- id: bad id"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> ManifestFile.load(repo));
        assertEquals(2, e.diagnostics().size());
        assertTrue(e.diagnostics().get(0).line() < e.diagnostics().get(1).line());
    }

    @Test
    void unknownKeysAreWarningsNotErrors() throws Exception {
        write(MANIFEST.replace("    name: Billing", "    name: Billing\n    owner: team-b"));
        ManifestFile f = ManifestFile.load(repo);
        assertEquals(1, f.diagnostics().size());
        assertTrue(f.diagnostics().get(0).message().contains("owner"));
        assertTrue(f.diagnostics().get(0).hint().contains("status"));
    }

    @Test
    void yamlSyntaxErrorsArePositioned() throws Exception {
        write("version: 1\napis:\n  - id: [unclosed\n");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> ManifestFile.load(repo));
        assertTrue(e.diagnostics().get(0).line() >= 3);
    }

    @Test
    void missingManifestIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> ManifestFile.load(repo));
        assertTrue(!ManifestFile.exists(repo));
    }

    @Test
    void changeStatusTouchesOnlyThatLineAndKeepsComments() throws Exception {
        write(MANIFEST);
        ManifestFile edited = ManifestFile.load(repo).changeStatus("petstore", ApiStatus.CODE_REVIEW);
        assertEquals(MANIFEST.replace("status: In Development", "status: Code Review"), edited.text());
        assertEquals(ApiStatus.CODE_REVIEW, edited.manifest().api("petstore").orElseThrow().status());
        edited.save();
        assertEquals(edited.text(), Files.readString(repo.resolve("specsync.yaml")));
        assertEquals(ApiStatus.CODE_REVIEW, ManifestFile.load(repo).manifest().api("petstore").orElseThrow().status());
    }

    @Test
    void changeStatusAddsTheKeyWhenAbsent() throws Exception {
        write(MANIFEST);
        ManifestFile edited = ManifestFile.load(repo).changeStatus("billing", ApiStatus.DEPRECATED);
        assertTrue(edited.text().startsWith(MANIFEST.substring(0, MANIFEST.indexOf("  - id: billing"))));
        assertEquals(ApiStatus.DEPRECATED, edited.manifest().api("billing").orElseThrow().status());
    }

    @Test
    void addPublishedVersionAppendsUnderVersionsOrCreatesIt() throws Exception {
        write(MANIFEST);
        ManifestFile f = ManifestFile.load(repo)
                .addPublishedVersion("petstore", new PublishedVersion("v2", "petstore-v2.0.0"))
                .addPublishedVersion("billing", new PublishedVersion("2024-01", "billing-2024-01"));
        assertTrue(f.text().contains("      v1: petstore-v1.0.0\n      v2: petstore-v2.0.0\n"), f.text());
        assertEquals(List.of(new PublishedVersion("2024-01", "billing-2024-01")),
                f.manifest().api("billing").orElseThrow().versions());
        assertTrue(f.text().startsWith("# Team APIs -- keep sorted by id\n"));
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> ManifestFile.load(repo).addPublishedVersion("petstore", new PublishedVersion("v1", "x")));
        assertTrue(e.getMessage().contains("already has a published version"));
    }

    @Test
    void addAndRemoveApiKeepTheRestOfTheFile() throws Exception {
        write(MANIFEST);
        ManifestFile loaded = ManifestFile.load(repo);
        ApiDefinition orders = ApiDefinition.of("orders", "Orders API", Path.of("specs/orders/openapi.yaml"))
                .withBackups(List.of(new BackupTarget(Path.of("backup"), "orders.json", null)));
        ManifestFile added = loaded.addApi(orders);
        assertTrue(added.text().startsWith(MANIFEST), added.text());
        assertEquals(orders, added.manifest().api("orders").orElseThrow());
        ManifestFile removed = added.removeApi("orders");
        assertEquals(MANIFEST, removed.text());
        ManifestFile withoutPet = loaded.removeApi("petstore");
        assertTrue(withoutPet.text().contains("# Team APIs -- keep sorted by id"));
        assertEquals(List.of("billing"), withoutPet.manifest().apis().stream().map(ApiDefinition::id).toList());
    }

    @Test
    void editsRefuseUnknownOrDuplicateIdsAndEscapingPaths() throws Exception {
        write(MANIFEST);
        ManifestFile f = ManifestFile.load(repo);
        assertThrows(WorkspaceException.class, () -> f.changeStatus("nope", ApiStatus.RETIRED));
        assertThrows(WorkspaceException.class, () -> f.removeApi("nope"));
        assertThrows(WorkspaceException.class, () -> f.addApi(ApiDefinition.of("billing", "B", null)));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> f.addApi(
                ApiDefinition.of("x", "X", Path.of("../x.yaml"))));
        assertTrue(e.getMessage().contains("leaves the repository"));
    }

    @Test
    void createdManifestSavesAtomicallyAndLoadsBack() throws Exception {
        WorkspaceManifest m = new WorkspaceManifest(1, List.of(
                ApiDefinition.of("a", "API A", Path.of("a.yaml")).withStatus(ApiStatus.IN_PRODUCTION)
                        .withVersions(List.of(new PublishedVersion("1.0", "a-1.0"))),
                ApiDefinition.of("b", "API: B", null)));
        ManifestFile f = ManifestFile.create(repo, m);
        assertTrue(!ManifestFile.exists(repo));
        f.save();
        assertEquals(m, ManifestFile.load(repo).manifest());
        try (Stream<Path> s = Files.list(repo)) {
            assertEquals(List.of(repo.resolve("specsync.yaml")), s.toList(), "no temporary file left behind");
        }
    }

    @Test
    void addApiToEmptyManifest() throws Exception {
        write("version: 1 # no APIs yet\n");
        ManifestFile f = ManifestFile.load(repo).addApi(ApiDefinition.of("first", "First", null));
        assertTrue(f.text().startsWith("version: 1 # no APIs yet\n"));
        assertEquals("first", f.manifest().apis().get(0).id());
        write("version: 1\napis: []\n");
        f = ManifestFile.load(repo).addApi(ApiDefinition.of("first", "First", null));
        assertEquals("first", f.manifest().apis().get(0).id());
    }
}
