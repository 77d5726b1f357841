package dev.specsync.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import of an Insomnia Git Sync folder ({@code .insomnia/}, one resource per file). */
class InsomniaGitSyncImportTest {

    @TempDir
    Path tmp;

    /** A writable copy of the fixture repository, so tests can add broken files to it. */
    private Path repo() throws IOException {
        Path src = CollectionFileTest.fixtures("insomnia-git-sync/complex");
        Path dst = tmp.resolve("complex");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return dst;
    }

    private static RequestItem request(PostmanCollection c, String name) {
        return c.requests().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no request " + name + " in " + c.requests()));
    }

    @Test
    void workspaceBecomesACollectionWithTheFolderTreeRequestsAndEnvironment() throws Exception {
        InsomniaFolderImport r = InsomniaImporter.importGitSyncFolder(repo());
        assertEquals(1, r.collections().size());
        PostmanCollection c = r.collections().get(0);
        assertEquals("Insomnia", c.info().name());

        List<String> top = c.items().stream().map(CollectionItem::name).toList();
        assertEquals(List.of("Complex Test Collection", "Bearer Token Test", "Return the complete project hierarchy."),
                top);
        Folder complex = (Folder) c.items().get(0);
        assertEquals(ItemId.of("__GRP_1__"), complex.id());
        assertEquals(List.of("First Folder", "Test Request", "Test Request Unknown Body", "Test Request Empty Body",
                "Test Request GraphQL Body"), complex.items().stream().map(CollectionItem::name).toList());
        Folder first = (Folder) complex.items().get(0);
        assertEquals(List.of("{{base_url}}/api/users", "Urlencoded Form Test"),
                first.items().stream().map(CollectionItem::name).toList());

        Request upload = ((RequestItem) first.items().get(0)).request();
        assertEquals("POST", upload.method());
        assertEquals("{{base_url}}/api/users", upload.url().raw());
        assertEquals("formdata", upload.body().mode());
        assertEquals("/home/user/test.txt", upload.body().formdata().get(0).src());
        assertEquals("foo", upload.body().formdata().get(1).key());
        assertEquals("bar", upload.body().formdata().get(1).value());
        assertTrue(upload.body().formdata().get(2).disabled());
        assertEquals("basic", upload.auth().type());
        assertEquals("username", upload.auth().get("username").orElseThrow());

        Request raw = request(c, "Test Request").request();
        assertEquals("raw", raw.body().mode());
        assertEquals("hello world!", raw.body().raw());
        assertTrue(request(c, "Test Request GraphQL Body").request().body().graphqlQuery()
                .startsWith("mutation loginUser"));

        Request bearer = request(c, "Bearer Token").request();
        assertEquals("GET", bearer.method());
        assertEquals("https://insomnia.rest", bearer.url().raw());
        assertEquals("bearer", bearer.auth().type());
        assertEquals("bearer-token-value", bearer.auth().get("token").orElseThrow());

        Request headers = request(c, "Return the complete project hierarchy.").request();
        assertEquals(List.of("Accept: application/json", "Content-Type: application/json"),
                headers.headers().stream().map(h -> h.key() + ": " + h.value()).toList());
        assertEquals("[]", headers.body().raw());

        assertEquals(List.of("base_url=https://insomnia.rest", "username=username", "password=password",
                "token=bearer-token-value"), c.variables().stream().map(v -> v.key() + "=" + v.value()).toList());
    }

    @Test
    void apiSpecIsReturnedAndReportedWithItsFile() throws Exception {
        Path repo = repo();
        InsomniaFolderImport r = InsomniaImporter.importGitSyncFolder(repo.resolve(".insomnia"));
        assertEquals(1, r.apiSpecs().size());
        InsomniaApiSpec spec = r.apiSpecs().get(0);
        assertEquals("Users API", spec.fileName());
        assertEquals("Insomnia", spec.workspaceName());
        assertEquals("yaml", spec.contentType());
        assertTrue(spec.contents().startsWith("openapi: 3.0.3\n"), spec.contents());
        assertTrue(spec.contents().contains("/api/users:"));
        assertEquals(repo.resolve(".insomnia/ApiSpec/spc_users.yml"), spec.file());
        Diagnostic info = r.diagnostics().stream().filter(d -> d.severity() == Severity.INFO).findFirst()
                .orElseThrow();
        assertTrue(info.path().endsWith("spc_users.yml"), info.toString());
        assertTrue(info.message().contains("Users API"), info.message());
    }

    @Test
    void sameFolderGivesTheSameResultEveryTime() throws Exception {
        Path repo = repo();
        assertEquals(InsomniaImporter.importGitSyncFolder(repo), InsomniaImporter.importGitSyncFolder(repo));
    }

    @Test
    void importedCollectionWritesAsPostmanAndReadsBack() throws Exception {
        PostmanCollection c = InsomniaImporter.importGitSyncFolder(repo()).collections().get(0);
        assertEquals(c, CollectionFile.create("imported.json", c).collection());
    }

    @Test
    void subEnvironmentIsReportedOnItsFile() throws Exception {
        InsomniaFolderImport r = InsomniaImporter.importGitSyncFolder(repo());
        Diagnostic d = r.diagnostics().stream().filter(x -> x.message().contains("Production")).findFirst()
                .orElseThrow();
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.path().endsWith("env_production.yml"), d.toString());
        assertEquals(1, d.line());
        assertEquals(List.of("spc_users.yml: INFO", "env_production.yml: WARNING"), r.diagnostics().stream()
                .map(x -> Path.of(x.path()).getFileName() + ": " + x.severity()).toList(),
                "a clean folder reports only its spec and the sub-environment");
    }

    @Test
    void badFilesAreReportedWithFileAndLineAndTheRestStillImports() throws Exception {
        Path repo = repo();
        Path broken = repo.resolve(".insomnia/Request/req_broken.yml");
        Files.writeString(broken, "_id: req_broken\n_type: request\nname: Broken\nurl: https://shop.test/a: b\nmethod: GET\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(repo.resolve(".insomnia/Flow"));
        Files.writeString(repo.resolve(".insomnia/Flow/flw_1.yml"),
                "_id: flw_1\ntype: Flow\nparentId: wrk_123abc-v4\nname: Checkout flow\n", StandardCharsets.UTF_8);
        Files.writeString(repo.resolve(".insomnia/Request/req_lost.yml"),
                "_id: req_lost\ntype: Request\nparentId: fld_deleted\nname: Lost request\nmethod: delete\n"
                        + "url: https://shop.test/cart\n",
                StandardCharsets.UTF_8);
        Files.writeString(repo.resolve(".insomnia/Request/req_list.yml"), "- not\n- a resource\n",
                StandardCharsets.UTF_8);

        InsomniaFolderImport r = InsomniaImporter.importGitSyncFolder(repo);
        PostmanCollection c = r.collections().get(0);
        assertEquals(9, c.requests().size(), "the eight requests of the fixture and the lost one: "
                + c.requests().stream().map(CollectionItem::name).toList());

        Diagnostic parse = only(r, "req_broken.yml");
        assertEquals(Severity.ERROR, parse.severity());
        assertEquals(4, parse.line(), parse.toString());

        Diagnostic unknown = only(r, "flw_1.yml");
        assertTrue(unknown.message().contains("flow") && unknown.message().contains("Checkout flow"),
                unknown.message());
        assertEquals(2, unknown.line());
        assertTrue(c.requests().stream().noneMatch(q -> q.name().equals("Checkout flow")));

        Diagnostic lost = only(r, "req_lost.yml");
        assertEquals(Severity.WARNING, lost.severity());
        assertEquals(3, lost.line());
        assertTrue(lost.message().contains("fld_deleted"), lost.message());
        RequestItem lostItem = (RequestItem) c.items().stream().filter(i -> i.name().equals("Lost request"))
                .findFirst().orElseThrow(() -> new AssertionError("the lost request is not at the top level"));
        assertEquals("DELETE", lostItem.request().method());
        assertEquals("https://shop.test/cart", lostItem.request().url().raw());

        Diagnostic list = only(r, "req_list.yml");
        assertEquals(Severity.ERROR, list.severity());
        assertEquals(1, list.line());
    }

    @Test
    void otherInsomniaResourcesAreReportedAsNotImportedOnTheirFiles() throws Exception {
        Path repo = repo();
        Files.createDirectories(repo.resolve(".insomnia/UnitTestSuite"));
        Files.writeString(repo.resolve(".insomnia/UnitTestSuite/uts_1.yml"),
                "_id: uts_1\ntype: UnitTestSuite\nparentId: wrk_123abc-v4\nname: Smoke tests\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(repo.resolve(".insomnia/GrpcRequest"));
        Files.writeString(repo.resolve(".insomnia/GrpcRequest/greq_1.yml"),
                "_id: greq_1\nparentId: wrk_123abc-v4\nname: Say hello\nprotoMethodName: /hello.Greeter/SayHello\n",
                StandardCharsets.UTF_8);
        InsomniaFolderImport r = InsomniaImporter.importGitSyncFolder(repo);
        Diagnostic suite = only(r, "uts_1.yml");
        assertTrue(suite.message().contains("unit_test_suite") && suite.message().contains("no Postman equivalent"),
                suite.message());
        Diagnostic grpc = only(r, "greq_1.yml");
        assertTrue(grpc.message().contains("grpc_request") && grpc.message().contains("Say hello"), grpc.message());
        assertEquals(8, r.collections().get(0).requests().size());
    }

    @Test
    void everyWorkspaceBecomesItsOwnCollectionInFileOrder() throws Exception {
        Path repo = repo();
        Files.writeString(repo.resolve(".insomnia/Workspace/wrk_shop.yml"), "_id: wrk_shop\ntype: Workspace\n"
                + "name: Shop\nscope: collection\n", StandardCharsets.UTF_8);
        Files.writeString(repo.resolve(".insomnia/Request/req_cart.yml"), "_id: req_cart\ntype: Request\n"
                + "parentId: wrk_shop\nname: Cart\nmethod: GET\nurl: \"{{ _.shop }}/cart\"\n", StandardCharsets.UTF_8);
        Files.writeString(repo.resolve(".insomnia/Environment/env_shop.yml"), "_id: env_shop\ntype: Environment\n"
                + "parentId: wrk_shop\nname: Base Environment\ndata:\n  shop: https://shop.test\n",
                StandardCharsets.UTF_8);
        InsomniaFolderImport r = InsomniaImporter.importGitSyncFolder(repo);
        assertEquals(List.of("Insomnia", "Shop"), r.collections().stream().map(c -> c.info().name()).toList());
        PostmanCollection shop = r.collections().get(1);
        assertEquals(List.of("Cart"), shop.items().stream().map(CollectionItem::name).toList());
        assertEquals("{{shop}}/cart", shop.requests().get(0).request().url().raw());
        assertEquals(List.of(new Variable("shop", "https://shop.test", "string", null, false)), shop.variables());
        assertEquals(8, r.collections().get(0).requests().size());
    }

    @Test
    void aFolderWithoutInsomniaDataIsRefused() {
        CollectionException e = assertThrows(CollectionException.class,
                () -> InsomniaImporter.importGitSyncFolder(tmp.resolve("nothing-here")));
        assertTrue(e.getMessage().contains("no Insomnia Git Sync folder"), e.getMessage());
        assertTrue(e.diagnostics().get(0).hint().contains(".insomnia"));
    }

    private static Diagnostic only(InsomniaFolderImport r, String file) {
        List<Diagnostic> ds = r.diagnostics().stream().filter(d -> d.path().endsWith(file)).toList();
        assertEquals(1, ds.size(), ds.toString());
        return ds.get(0);
    }
}
