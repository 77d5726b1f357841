package dev.specsync.git.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Smart HTTP: {@code git http-backend} behind nginx and fcgiwrap on a loopback port, with HTTP Basic
 * authentication (user {@code specsync}, password the token). Both run as child processes with their own
 * configuration in a temporary folder; nothing is installed system-wide.
 */
public final class HttpGitServer implements AutoCloseable {

	public static final String USER = "specsync";

	private final Path root;
	private final Path state;
	private final int port;
	private Process fcgiwrap;
	private Process nginx;
	private TestCertificates tls;

	private HttpGitServer(Path root, Path state, int port) {
		this.root = root;
		this.state = state;
		this.port = port;
	}

	/** Skips the calling test (JUnit assumption) when nginx, fcgiwrap or htpasswd are missing. */
	public static void assumeAvailable() {
		assumeTrue(Servers.onPath("nginx") && Servers.onPath("fcgiwrap") && Servers.onPath("htpasswd")
				&& Files.isExecutable(Path.of("/usr/lib/git-core/git-http-backend")),
				"nginx, fcgiwrap, htpasswd (apache2-utils) or git-http-backend are missing: install them "
						+ "(releng/scripts/install-test-packages.sh does when run as root) to run the HTTP tests");
	}

	/**
	 * Starts a server for the bare repositories under {@code root}.
	 *
	 * @param state a new folder for configuration, logs and the socket
	 * @param token the password of user {@link #USER}
	 */
	public static HttpGitServer start(Path root, Path state, String token) {
		assumeAvailable();
		HttpGitServer server = new HttpGitServer(root, state, Servers.freePort());
		server.launch(token);
		return server;
	}

	/**
	 * Starts a server that speaks only HTTPS, with a server certificate for {@code 127.0.0.1} issued by the
	 * test authority {@code certificates}.
	 */
	public static HttpGitServer startHttps(Path root, Path state, String token, TestCertificates certificates) {
		assumeAvailable();
		HttpGitServer server = new HttpGitServer(root, state, Servers.freePort());
		server.tls = certificates;
		server.launch(token);
		return server;
	}

	private void launch(String token) {
		try {
			Files.createDirectories(state.resolve("tmp"));
			Path htpasswd = state.resolve("htpasswd");
			Process hash = new ProcessBuilder(Servers.which("htpasswd"), "-i", "-c", "-m", htpasswd.toString(), USER)
					.redirectErrorStream(true).start();
			hash.getOutputStream().write(token.getBytes(StandardCharsets.UTF_8));
			hash.getOutputStream().close();
			hash.getInputStream().readAllBytes();
			if (!hash.waitFor(20, TimeUnit.SECONDS) || hash.exitValue() != 0) {
				throw new IllegalStateException("htpasswd failed");
			}
			Path socket = state.resolve("fcgi.sock");
			Path fcgiLog = state.resolve("fcgiwrap.log");
			fcgiwrap = Git.isolate(new ProcessBuilder(Servers.which("fcgiwrap"), "-c", "4", "-s", "unix:" + socket))
					.redirectErrorStream(true).redirectOutput(fcgiLog.toFile()).start();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (!Files.exists(socket) && System.nanoTime() < deadline) {
				if (!fcgiwrap.isAlive()) {
					throw new IllegalStateException("fcgiwrap exited: " + Servers.read(fcgiLog));
				}
				Servers.sleep(20);
			}
			boolean root = "root".equals(System.getProperty("user.name"));
			String conf = (root ? "user root root;\n" : "") + "worker_processes 1;\n" + "daemon off;\n"
					+ "pid " + state.resolve("nginx.pid") + ";\n" + "error_log " + state.resolve("error.log") + " info;\n"
					+ "events { worker_connections 64; }\n" + "http {\n"
					+ "  access_log " + state.resolve("access.log") + ";\n"
					+ "  client_body_temp_path " + state.resolve("tmp/body") + ";\n"
					+ "  proxy_temp_path " + state.resolve("tmp/proxy") + ";\n"
					+ "  fastcgi_temp_path " + state.resolve("tmp/fastcgi") + ";\n"
					+ "  uwsgi_temp_path " + state.resolve("tmp/uwsgi") + ";\n"
					+ "  scgi_temp_path " + state.resolve("tmp/scgi") + ";\n"
					+ "  client_max_body_size 0;\n"
					+ "  server {\n"
					+ "    listen 127.0.0.1:" + port + (tls != null ? " ssl" : "") + ";\n"
					+ (tls != null ? "    ssl_certificate " + tls.serverCertificate() + ";\n    ssl_certificate_key "
							+ tls.serverKey() + ";\n" : "")
					+ "    location / {\n"
					+ "      auth_basic \"git\";\n"
					+ "      auth_basic_user_file " + htpasswd + ";\n"
					+ "      fastcgi_pass unix:" + socket + ";\n"
					+ "      fastcgi_request_buffering off;\n"
					+ "      fastcgi_buffering off;\n"
					+ "      fastcgi_param SCRIPT_FILENAME /usr/lib/git-core/git-http-backend;\n"
					+ "      fastcgi_param GIT_PROJECT_ROOT " + this.root + ";\n"
					+ "      fastcgi_param GIT_HTTP_EXPORT_ALL \"\";\n"
					+ "      fastcgi_param GIT_CONFIG_NOSYSTEM 1;\n"
					+ "      fastcgi_param HOME " + state + ";\n"
					+ "      fastcgi_param PATH_INFO $uri;\n"
					+ "      fastcgi_param REMOTE_USER $remote_user;\n"
					+ "      fastcgi_param REMOTE_ADDR $remote_addr;\n"
					+ "      fastcgi_param QUERY_STRING $query_string;\n"
					+ "      fastcgi_param REQUEST_METHOD $request_method;\n"
					+ "      fastcgi_param CONTENT_TYPE $content_type;\n"
					+ "      fastcgi_param CONTENT_LENGTH $content_length;\n"
					+ "      fastcgi_param HTTP_CONTENT_ENCODING $http_content_encoding;\n"
					+ "      fastcgi_param GIT_PROTOCOL $http_git_protocol;\n"
					+ "    }\n  }\n}\n";
			Path confFile = state.resolve("nginx.conf");
			Files.writeString(confFile, conf);
			Path nginxLog = state.resolve("nginx.out");
			nginx = new ProcessBuilder(Servers.which("nginx"), "-p", state.toString(), "-c", confFile.toString(), "-e",
					state.resolve("error.log").toString()).redirectErrorStream(true).redirectOutput(nginxLog.toFile()).start();
			Servers.awaitPort(port, nginx, state.resolve("error.log"));
		} catch (IOException e) {
			close();
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			close();
			throw new IllegalStateException(e);
		}
	}

	public String url(String name) {
		return (tls != null ? "https" : "http") + "://127.0.0.1:" + port + "/" + name + ".git";
	}

	/** The URL of repository {@code name} with the host name {@code localhost}, which the HTTPS certificate does not name. */
	public String urlByName(String name) {
		return url(name).replace("127.0.0.1", "localhost");
	}

	/** The folder with configuration and logs (access and error log). */
	public Path state() {
		return state;
	}

	/** Kills nginx, fcgiwrap and every git process they started, as a crash would. */
	public void kill() {
		Servers.killTree(nginx);
		Servers.killTree(fcgiwrap);
	}

	@Override
	public void close() {
		kill();
	}
}
