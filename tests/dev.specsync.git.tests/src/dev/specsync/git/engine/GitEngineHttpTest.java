package dev.specsync.git.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.credentials.Credential;
import dev.specsync.git.credentials.GitCredentials;
import dev.specsync.git.testing.Engines;
import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.HttpGitServer;
import dev.specsync.git.testing.Servers;

/**
 * Smart HTTP with a token, against {@code git http-backend} behind nginx + fcgiwrap with HTTP Basic auth:
 * the token works, a wrong or missing one gets a clear message, and the token is never written anywhere.
 */
class GitEngineHttpTest {

	@TempDir
	Path tmp;

	private final String token = "sst_" + HexFormat.of().formatHex(randomBytes());
	private HttpGitServer server;
	private Path bare;

	private static byte[] randomBytes() {
		byte[] bytes = new byte[20];
		new Random().nextBytes(bytes);
		return bytes;
	}

	@BeforeEach
	void startServer() {
		HttpGitServer.assumeAvailable();
		Path root = tmp.resolve("server");
		bare = Servers.bareRepository(root, "orders", Engines.seed(tmp.resolve("seed")));
		server = HttpGitServer.start(root, tmp.resolve("http"), token);
	}

	@AfterEach
	void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void stoppingTheServerStopsEveryProcessOfItAndFreesItsPort() throws Exception {
		// a clone keeps nginx's worker, fcgiwrap and git http-backend busy
		Engines.service().cloneRepository(server.url("orders"), tmp.resolve("c"))
				.setCredentials(uri -> Optional.of(new Credential(HttpGitServer.USER, token.toCharArray()))).call().close();
		int port = java.net.URI.create(server.url("orders")).getPort();

		server.close();
		server = null;

		// a worker left behind (nginx's master starts a new one when one is killed) would still hold the socket
		try (java.net.ServerSocket again = new java.net.ServerSocket()) {
			again.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0.1"), port));
		}
	}

	@Test
	void aWrongTokenIsRejectedWithAClearMessage() {
		GitCredentials wrong = uri -> Optional.of(new Credential(HttpGitServer.USER, "not-the-token".toCharArray()));
		GitOperationException e = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(server.url("orders"), tmp.resolve("c")).setCredentials(wrong).call());
		assertEquals(Code.AUTHENTICATION, e.code());
		assertEquals("Authentication failed for " + server.url("orders") + ": the token was rejected (401).", e.diagnostic().cause());
		assertTrue(e.diagnostic().fix().contains("SPECSYNC_TOKEN"), e.diagnostic().fix());
		assertFalse(Files.exists(tmp.resolve("c")));

		GitOperationException none = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(server.url("orders"), tmp.resolve("d")).setCredentials(GitCredentials.NONE).call());
		assertEquals(Code.AUTHENTICATION, none.code());
		assertTrue(none.getMessage().contains("no credentials"), none.getMessage());
	}

	@Test
	void aPasswordInTheUrlIsRefusedBeforeAnythingIsWritten() {
		String url = server.url("orders").replace("http://", "http://" + HttpGitServer.USER + ":" + token + "@");
		GitOperationException e = assertThrows(GitOperationException.class,
				() -> Engines.service().cloneRepository(url, tmp.resolve("c")).call());
		assertEquals(Code.INVALID_INPUT, e.code());
		assertFalse(e.getMessage().contains(token), e.getMessage());
		assertFalse(Files.exists(tmp.resolve("c")));
	}

	@Test
	void theTokenNeverAppearsInFilesLogsOrMessages() throws Exception {
		List<String> messages = new ArrayList<>();
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream out = System.out;
		PrintStream err = System.err;
		System.setOut(new PrintStream(new Tee(out, captured), true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(new Tee(err, captured), true, StandardCharsets.UTF_8));
		try {
			LoggerFactory.getLogger(GitEngineHttpTest.class).info("log output is captured by this test");
			GitCredentials credentials = Engines.token(token);
			try (GitWorkspace ws = Engines.service().cloneRepository(server.url("orders"), tmp.resolve("alice"))
					.setCredentials(credentials).call()) {
				Files.writeString(ws.workTree().resolve("openapi.yaml"), "openapi: 3.1.1\n");
				ws.commit("Bump", Engines.AUTHOR).setAll(true).call();
				PushResult pushed = ws.push().setCredentials(credentials).call();
				assertTrue(pushed.accepted(), pushed.toString());
				messages.add(pushed.toString());
				messages.add(ws.fetch().setCredentials(credentials).call().toString());
				messages.add(ws.pull().setCredentials(credentials).call().toString());

				Servers.rejectingHook(bare, "protected branch: main");
				Files.writeString(ws.workTree().resolve("openapi.yaml"), "openapi: 3.1.2\n");
				ws.commit("Bump again", Engines.AUTHOR).setAll(true).call();
				PushResult refused = ws.push().setCredentials(credentials).call();
				assertEquals(PushResult.Status.REJECTED_BY_SERVER, refused.updates().get(0).status());
				assertTrue(refused.serverMessages().contains("protected branch: main"), refused.serverMessages().toString());
				messages.add(refused.toString());
				messages.add(refused.updates().get(0).diagnostic().orElseThrow().userMessage());

				GitOperationException rejected = assertThrows(GitOperationException.class,
						() -> ws.fetch().setCredentials(uri -> Optional.of(new Credential("x", (token + "x").toCharArray()))).call());
				assertEquals(Code.AUTHENTICATION, rejected.code());
				messages.add(stackTrace(rejected));
			}
			GitOperationException wrong = assertThrows(GitOperationException.class,
					() -> Engines.service().cloneRepository(server.url("orders"), tmp.resolve("bob"))
							.setCredentials(uri -> Optional.of(new Credential("x", ("a" + token).toCharArray()))).call());
			messages.add(stackTrace(wrong));
		} finally {
			System.setOut(out);
			System.setErr(err);
		}

		String log = captured.toString(StandardCharsets.UTF_8);
		assertTrue(log.contains("log output is captured by this test"), log);
		assertFalse(log.contains(token), "the token is in the log output");
		for (String message : messages) {
			assertFalse(message.contains(token), () -> "the token is in a message: " + message);
		}
		byte[] secret = token.getBytes(StandardCharsets.UTF_8);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(tmp)) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		assertTrue(files.contains(tmp.resolve("alice/.git/config")) && files.contains(tmp.resolve("http/access.log")), files.toString());
		for (Path file : files) {
			if (!file.toString().endsWith(".sock")) {
				assertFalse(contains(Files.readAllBytes(file), secret), () -> "the token is in " + file);
			}
		}
		assertEquals(server.url("orders") + "\n", Git.ok(tmp.resolve("alice"), "config", "remote.origin.url"));
	}

	private static String stackTrace(Throwable t) {
		StringWriter w = new StringWriter();
		t.printStackTrace(new PrintWriter(w));
		return w.toString();
	}

	private static boolean contains(byte[] data, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= data.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (data[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/** Writes to the original stream and to the capture. */
	private static final class Tee extends OutputStream {
		private final OutputStream a;
		private final OutputStream b;

		Tee(OutputStream a, OutputStream b) {
			this.a = a;
			this.b = b;
		}

		@Override
		public void write(int c) throws IOException {
			a.write(c);
			b.write(c);
		}

		@Override
		public void write(byte[] data, int off, int len) throws IOException {
			a.write(data, off, len);
			b.write(data, off, len);
		}

		@Override
		public void flush() throws IOException {
			a.flush();
			b.flush();
		}
	}
}
