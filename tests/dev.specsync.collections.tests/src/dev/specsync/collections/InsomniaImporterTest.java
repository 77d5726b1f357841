package dev.specsync.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specsync.document.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InsomniaImporterTest {

    static Stream<Named<Path>> exports() throws IOException {
        try (Stream<Path> s = Files.list(CollectionFileTest.fixtures("insomnia"))) {
            return CollectionFileTest.named(
                    s.filter(p -> !p.getFileName().toString().startsWith("LICENSE")).sorted().toList());
        }
    }

    static ImportResult load(String name) throws Exception {
        return InsomniaImporter.importFile(CollectionFileTest.fixtures("insomnia").resolve(name));
    }

    @ParameterizedTest
    @MethodSource("exports")
    void everyExportImportsAndWritesAValidPostmanCollection(Path file) throws Exception {
        ImportResult r = InsomniaImporter.importFile(file);
        assertFalse(r.collections().isEmpty(), file.toString());
        for (PostmanCollection c : r.collections()) {
            CollectionFile written = CollectionFile.create("imported.json", c);
            assertEquals(c, written.collection(), "the written collection reads back as imported");
        }
    }

    @Test
    void yamlExportWorkspaceBecomesACollection() throws Exception {
        ImportResult r = load("insomnia4-basic-input.yaml");
        assertEquals(1, r.collections().size());
        assertEquals("Insomnia", r.collections().get(0).info().name());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    }

    @Test
    void foldersRequestsBodiesAndAuthAreMapped() throws Exception {
        PostmanCollection c = load("complex-v2_1-output.json").collections().get(0);
        Folder top = (Folder) c.items().get(0);
        assertEquals("Complex Test Collection", top.name());
        assertEquals(ItemId.of("__GRP_1__"), top.id());
        Folder first = (Folder) top.items().get(0);
        assertEquals("First Folder", first.name());
        RequestItem upload = (RequestItem) first.items().get(0);
        assertEquals(ItemId.of("__REQ_1__"), upload.id());
        assertEquals("POST", upload.request().method());
        assertEquals("{{base_url}}/api/users", upload.request().url().raw());
        assertEquals("formdata", upload.request().body().mode());
        assertEquals("file", upload.request().body().formdata().get(0).type());
        assertEquals("/home/user/test.txt", upload.request().body().formdata().get(0).src());
        List<RequestItem> requests = c.requests();
        assertTrue(requests.stream().anyMatch(q -> q.request().body() != null
                && "urlencoded".equals(q.request().body().mode())));
        RequestItem gql = requests.stream().filter(q -> q.request().body() != null
                && "graphql".equals(q.request().body().mode())).findFirst().orElseThrow();
        assertTrue(gql.request().body().graphqlQuery().startsWith("mutation loginUser"));
        assertTrue(gql.request().body().graphqlVariables().contains("{{password}}"));
    }

    @Test
    void authTypesBecomePostmanKeyValueAuth() throws Exception {
        assertEquals("basic", load("basic-auth-v2_1-output.json").collections().get(0).requests().get(0).request()
                .auth().type());
        Auth aws = load("aws-signature-auth-v2_1-output.json").collections().get(0).requests().get(0).request().auth();
        assertEquals("awsv4", aws.type());
        assertTrue(aws.get("accessKey").isPresent());
        Auth bearer = load("bearer-token-v2_1-output.json").collections().get(0).requests().get(0).request().auth();
        assertEquals("bearer", bearer.type());
        assertTrue(bearer.get("token").isPresent());
        assertEquals("oauth1", load("oauth1_0-auth-v2_1-output.json").collections().get(0).requests().get(0)
                .request().auth().type());
    }

    @Test
    void whatCannotBeMappedIsReportedWithItsLine() throws Exception {
        String yaml = """
                _type: export
                __export_format: 4
                resources:
                  - _id: wrk_1
                    _type: workspace
                    name: Shop
                  - _id: env_base
                    _type: environment
                    parentId: wrk_1
                    data:
                      base_url: https://shop.test
                  - _id: env_prod
                    _type: environment
                    parentId: env_base
                    name: Production
                  - _id: jar_1
                    _type: cookie_jar
                    parentId: wrk_1
                    name: Default Jar
                  - _id: req_1
                    _type: request
                    parentId: wrk_1
                    name: List products
                    method: get
                    url: "{{ _.base_url }}/products"
                    parameters:
                      - name: page
                        value: "2"
                    headers:
                      - name: X-Request-Id
                        value: "{% uuid 'v4' %}"
                    authentication:
                      type: netrc
                """;
        ImportResult r = InsomniaImporter.importBytes("shop.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        PostmanCollection c = r.collections().get(0);
        assertEquals("Shop", c.info().name());
        assertEquals(List.of(new Variable("base_url", "https://shop.test", "string", null, false)), c.variables());
        Request req = c.requests().get(0).request();
        assertEquals("GET", req.method());
        assertEquals("{{base_url}}/products?page=2", req.url().raw());
        assertEquals("page", req.url().query().get(0).key());
        assertEquals(null, req.auth());
        List<String> messages = r.diagnostics().stream().map(Diagnostic::message).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("Production"));
        assertEquals(12, r.diagnostics().get(0).line());
        assertTrue(messages.get(1).contains("cookie_jar"));
        assertTrue(messages.stream().anyMatch(m -> m.contains("uuid")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("netrc")));
    }

    @Test
    void notAnExportOrOtherFormatVersionIsRefused() {
        CollectionException e = assertThrows(CollectionException.class,
                () -> InsomniaImporter.importBytes("x.json", "{\"a\": 1}".getBytes()));
        assertTrue(e.getMessage().contains("not an Insomnia export"));
        e = assertThrows(CollectionException.class, () -> InsomniaImporter.importBytes("x.json",
                "{\"_type\": \"export\", \"__export_format\": 3, \"resources\": []}".getBytes()));
        assertTrue(e.getMessage().contains("reads format 4"));
        assertEquals(1, e.diagnostics().get(0).line());
    }
}
