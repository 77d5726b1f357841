package dev.specsync.collections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CollectionFileTest {

    /**
     * A fixture folder of this fragment as a local path. The fragment's entries are found through the host's
     * class loader; {@link FileLocator#toFileURL} extracts them when the fragment is installed as a jar.
     */
    static Path fixtures(String dir) throws IOException {
        URL url = CollectionFileTest.class.getResource("/fixtures/" + dir);
        if (url == null) {
            throw new IllegalStateException("no fixtures/" + dir + " in the test fragment: check its build.properties");
        }
        return Path.of(FileLocator.toFileURL(url).getPath());
    }

    static Stream<Named<Path>> postmanFixtures() throws IOException {
        try (Stream<Path> s = Files.list(fixtures("postman"))) {
            return named(s.sorted().toList());
        }
    }

    /** Test arguments named by their file name, so reports show which fixture failed, not where it was extracted. */
    static Stream<Named<Path>> named(List<Path> files) {
        return files.stream().map(f -> Named.of(f.getFileName().toString(), f));
    }

    static CollectionFile load(String name) throws Exception {
        return CollectionFile.load(fixtures("postman").resolve(name));
    }

    @ParameterizedTest
    @MethodSource("postmanFixtures")
    void everyFixtureRoundTripsByteIdentical(Path file, @TempDir Path out) throws Exception {
        CollectionFile c = CollectionFile.load(file);
        assertArrayEquals(Files.readAllBytes(file), c.toBytes());
        Path copy = out.resolve("copy.json");
        Files.copy(file, copy);
        c.save(copy);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(copy));
        assertFalse(c.collection().info().name().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("postmanFixtures")
    void everyFixtureSurvivesWriteAndReadOfItsModel(Path file) throws Exception {
        PostmanCollection model = CollectionFile.load(file).collection();
        CollectionFile created = CollectionFile.create("new.json", model);
        assertEquals(model, created.collection());
    }

    @Test
    void readsFoldersRequestsBodiesScriptsAndAuth() throws Exception {
        PostmanCollection c = load("complex-v2_1-input.json").collection();
        assertEquals("Complex Test Collection", c.info().name());
        Folder first = (Folder) c.items().get(0);
        assertEquals("First Folder", first.name());
        RequestItem upload = (RequestItem) first.items().get(0);
        assertEquals("POST", upload.request().method());
        assertEquals("{{base_url}}/api/users", upload.request().url().raw());
        assertEquals(List.of("api", "users"), upload.request().url().path());
        assertEquals("Authorization", upload.request().headers().get(0).key());
        Body body = upload.request().body();
        assertEquals("formdata", body.mode());
        assertEquals("file", body.formdata().get(0).type());
        assertEquals("/home/user/test.txt", body.formdata().get(0).src());
        assertTrue(body.formdata().get(2).disabled());
        RequestItem form = (RequestItem) first.items().get(1);
        assertEquals("urlencoded", form.request().body().mode());
        assertFalse(form.request().body().urlencoded().isEmpty());
        RequestItem gql = c.requests().stream().filter(r -> r.name().equals("Test Request GraphQL Body"))
                .findFirst().orElseThrow();
        assertEquals("graphql", gql.request().body().mode());
        assertTrue(gql.request().body().graphqlQuery() != null);
        assertTrue(c.allItems().stream().anyMatch(i -> !i.events().isEmpty()) || !c.events().isEmpty());
    }

    @Test
    void readsEveryAuthFixtureAsKeyValueLists() throws Exception {
        for (String[] f : new String[][] {{"basic-auth-v2_1-input.json", "basic"},
                {"bearer-token-v2_1-input.json", "bearer"}, {"digest-auth-v2_1-input.json", "digest"},
                {"oauth1_0-auth-v2_1-input.json", "oauth1"}, {"oauth2_0-auth-v2_1-input.json", "oauth2"},
                {"aws-signature-auth-v2_1-input.json", "awsv4"}}) {
            CollectionFile file = load(f[0]);
            Auth auth = file.collection().requests().get(0).request().auth();
            assertEquals(f[1], auth.type(), f[0]);
            assertFalse(auth.attributes().isEmpty(), f[0]);
            assertTrue(file.diagnostics().isEmpty(), f[0] + " " + file.diagnostics());
        }
        assertEquals("basic-username", load("basic-auth-v2_1-input.json").collection().requests().get(0).request()
                .auth().get("username").orElseThrow());
    }

    @Test
    void itemIdsUseExplicitIdOrTheDerivedPathRule() throws Exception {
        PostmanCollection c = load("complex-v2_1-input.json").collection();
        List<ItemId> ids = c.allItems().stream().map(CollectionItem::id).toList();
        assertEquals(ids.size(), ids.stream().map(ItemId::value).distinct().count(), "ids are unique");
        CollectionItem folder = c.items().get(0);
        assertEquals(ItemId.derived(List.of("First Folder")), folder.id());
        assertEquals("path:First Folder/{{base_url}}~1api~1users", ((Folder) folder).items().get(0).id().value());
        String json = """
                {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "item": [{"name": "A", "id": "fixed-1", "request": "http://a"},
                          {"name": "B", "request": "http://b"},
                          {"name": "B", "request": "http://b2"},
                          {"name": "C", "id": "fixed-1", "request": "http://c"}]}
                """;
        CollectionFile f = CollectionFile.parse("ids.json", json.getBytes());
        List<String> values = f.collection().items().stream().map(i -> i.id().value()).toList();
        assertEquals(List.of("fixed-1", "path:B", "path:B#2", "path:C"), values);
        assertEquals(1, f.diagnostics().size(), "repeated explicit id is reported");
        assertEquals(5, f.diagnostics().get(0).line());
    }

    @Test
    void idsStayStableWhenAnotherItemChanges() throws Exception {
        CollectionFile f = load("complex-v2_1-input.json");
        List<ItemId> before = f.collection().allItems().stream().map(CollectionItem::id).toList();
        RequestItem target = f.collection().requests().get(2);
        CollectionFile edited = f.setMethod(target.id(), "patch");
        assertEquals(before, edited.collection().allItems().stream().map(CollectionItem::id).toList());
        assertEquals("PATCH", ((RequestItem) edited.collection().find(target.id()).orElseThrow()).request().method());
    }

    @Test
    void editingOneRequestTouchesOnlyItsLines() throws Exception {
        CollectionFile f = load("complex-v2_1-input.json");
        RequestItem r = f.collection().requests().get(0);
        CollectionFile edited = f.setHeader(r.id(), "authorization", "Bearer abc");
        List<String> a = Arrays.asList(f.text().split("\n", -1));
        List<String> b = Arrays.asList(edited.text().split("\n", -1));
        assertEquals(a.size(), b.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(i + 1);
            }
        }
        assertEquals(List.of(19), changed, "only the header value line changes");
        assertEquals("Bearer abc", ((RequestItem) edited.collection().find(r.id()).orElseThrow()).request()
                .headers().get(0).value());
    }

    @Test
    void editsAddRenameAndRemoveItems() throws Exception {
        CollectionFile f = load("complex-v2_1-input.json");
        Folder folder = (Folder) f.collection().items().get(0);
        CollectionFile added = f.addRequest(folder.id(), "List pets", "get", "https://api.example.com/v1/pets?limit=10");
        RequestItem pets = (RequestItem) added.collection().find(ItemId.derived(List.of("First Folder", "List pets")))
                .orElseThrow();
        assertEquals("GET", pets.request().method());
        assertEquals(List.of("api", "example", "com"), pets.request().url().host());
        assertEquals("limit", pets.request().url().query().get(0).key());
        assertTrue(added.text().startsWith(f.text().substring(0, f.text().indexOf("\"Urlencoded Form Test\""))));

        CollectionFile renamed = added.renameItem(pets.id(), "All pets");
        assertTrue(renamed.collection().find(ItemId.derived(List.of("First Folder", "All pets"))).isPresent());
        CollectionFile removed = renamed.removeItem(ItemId.derived(List.of("First Folder", "All pets")));
        assertEquals(f.collection(), removed.collection());

        CollectionFile url = f.setUrl(folder.items().get(0).id(), "https://example.org:8443/v2/users?x=1");
        Url u = ((RequestItem) url.collection().find(folder.items().get(0).id()).orElseThrow()).request().url();
        assertEquals("8443", u.port());
        assertEquals(List.of("v2", "users"), u.path());
        CollectionFile body = f.setRawBody(folder.items().get(0).id(), "{\"a\": 1}");
        Body nb = ((RequestItem) body.collection().find(folder.items().get(0).id()).orElseThrow()).request().body();
        assertEquals("raw", nb.mode());
        assertEquals("{\"a\": 1}", nb.raw());
        assertThrows(CollectionException.class, () -> f.setMethod(folder.id(), "GET"));
        assertThrows(CollectionException.class, () -> f.renameItem(ItemId.of("missing"), "x"));
    }

    @Test
    void notACollectionIsReportedWithPosition() {
        CollectionException e = assertThrows(CollectionException.class,
                () -> CollectionFile.parse("x.json", "[1, 2]".getBytes()));
        assertTrue(e.getMessage().contains("not a Postman collection"), e.getMessage());
        e = assertThrows(CollectionException.class, () -> CollectionFile.parse("x.json", "{\"info\": {".getBytes()));
        assertTrue(e.diagnostics().get(0).line() >= 1);
    }

    @Test
    void createdCollectionIsPostmanShapedAndSavesAtomically(@TempDir Path dir) throws Exception {
        Request req = new Request("POST", Url.of("https://x.test/a"), List.of(KeyValue.of("Accept", "application/json")),
                Body.raw("{}", "json"), new Auth("bearer", List.of(new AuthAttribute("token", "{{t}}", "string"))),
                null);
        PostmanCollection c = new PostmanCollection(new CollectionInfo(null, "Made here", null, null),
                List.of(new Folder(ItemId.of("f1"), "F", null, List.of(new RequestItem(ItemId.of("r1"), "R", null, req,
                        List.of(), List.of(new Script("test", null, List.of("pm.test('ok')"), false)))), null,
                        List.of(), List.of())),
                List.of(new Variable("t", "secret", "string", null, false)), null, List.of());
        CollectionFile f = CollectionFile.create("made.json", c);
        assertTrue(f.text().startsWith("{\n\t\"info\": {\n"), f.text());
        Path out = dir.resolve("made.postman_collection.json");
        f.save(out);
        CollectionFile back = CollectionFile.load(out);
        assertEquals(f.collection(), back.collection());
        assertEquals("{{t}}", back.collection().requests().get(0).request().auth().get("token").orElseThrow());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }
}
