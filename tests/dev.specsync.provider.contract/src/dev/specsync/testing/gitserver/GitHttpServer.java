package dev.specsync.testing.gitserver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Assumptions;

/**
 * Git smart HTTP on a free loopback port: {@code git http-backend} behind nginx and fcgiwrap, with HTTP Basic
 * authentication of one user whose password is a token, as most Git hosts accept tokens. Repositories below
 * a root folder are served at {@code http://127.0.0.1:PORT/git/NAME}; authenticated users may push.
 *
 * <p>nginx runs in the foreground as a child process with its own configuration, logs and temporary files in a
 * private folder; closing stops nginx and fcgiwrap. When nginx, fcgiwrap or git are missing, {@link #start}
 * skips the calling test with a message saying what to install.
 */
public final class GitHttpServer implements AutoCloseable {

	private static final String HTTP_BACKEND = "/usr/lib/git-core/git-http-backend";

	private final Process nginx;
	private final Process fcgiwrap;
	private final int port;

	private GitHttpServer(Process nginx, Process fcgiwrap, int port) {
		this.nginx = nginx;
		this.fcgiwrap = fcgiwrap;
		this.port = port;
	}

	/**
	 * Starts the server, or skips the calling test when its programs are not installed.
	 *
	 * @param projectRoot the folder whose repositories are served
	 * @param serverDir an empty folder for the configuration, logs and sockets (not below {@code projectRoot})
	 * @param user the user name
	 * @param token the token (the Basic password); only its salted SHA-1 is written, to the password file
	 * @return the running server
	 * @throws IOException if it does not start
	 */
	public static GitHttpServer start(Path projectRoot, Path serverDir, String user, char[] token) throws IOException {
		Path nginxExe = Servers.executable("nginx");
		Path fcgiwrapExe = Servers.executable("fcgiwrap");
		Assumptions.assumeTrue(nginxExe != null && fcgiwrapExe != null && Files.isExecutable(Path.of(HTTP_BACKEND))
				&& GitCli.available(),
				"nginx, fcgiwrap or git http-backend is not installed: run releng/scripts/install-test-packages.sh as root "
						+ "(apt-get install nginx fcgiwrap git) to run the Git smart HTTP tests");
		Files.createDirectories(serverDir);
		Path socket = serverDir.resolve("fcgiwrap.sock");
		Path fcgiLog = serverDir.resolve("fcgiwrap.log");
		Process fcgiwrap = new ProcessBuilder(fcgiwrapExe.toString(), "-c", "4", "-s", "unix:" + socket)
				.redirectErrorStream(true).redirectOutput(fcgiLog.toFile()).start();
		Process nginx = null;
		try {
			Servers.awaitFile(fcgiwrap, socket, fcgiLog);
			Files.writeString(serverDir.resolve("htpasswd"), user + ":" + ssha(token) + "\n");
			int port = Servers.freePort();
			Path conf = serverDir.resolve("nginx.conf");
			Files.writeString(conf, config(projectRoot, serverDir, socket, port));
			Path log = serverDir.resolve("error.log");
			nginx = new ProcessBuilder(nginxExe.toString(), "-p", serverDir.toString(), "-c", conf.toString(), "-e",
					log.toString()).redirectErrorStream(true).redirectOutput(serverDir.resolve("nginx.out").toFile()).start();
			Servers.awaitPort(nginx, port, log);
			return new GitHttpServer(nginx, fcgiwrap, port);
		} catch (IOException | RuntimeException e) {
			Servers.stop(nginx);
			Servers.stop(fcgiwrap);
			throw e;
		}
	}

	private static String config(Path root, Path dir, Path socket, int port) {
		// as root, nginx would run its worker as nobody, which cannot reach the private socket
		boolean asRoot = "root".equals(System.getProperty("user.name"));
		return """
				%s
				worker_processes 1;
				daemon off;
				pid %s/nginx.pid;
				error_log %s/error.log;
				events { worker_connections 64; }
				http {
				  access_log %s/access.log;
				  client_body_temp_path %s/body;
				  fastcgi_temp_path %s/fastcgi;
				  proxy_temp_path %s/proxy;
				  uwsgi_temp_path %s/uwsgi;
				  scgi_temp_path %s/scgi;
				  server {
				    listen 127.0.0.1:%d;
				    location ~ ^/git(/.*)$ {
				      auth_basic "git";
				      auth_basic_user_file %s/htpasswd;
				      client_max_body_size 0;
				      fastcgi_pass unix:%s;
				      fastcgi_param QUERY_STRING $query_string;
				      fastcgi_param REQUEST_METHOD $request_method;
				      fastcgi_param CONTENT_TYPE $content_type;
				      fastcgi_param CONTENT_LENGTH $content_length;
				      fastcgi_param SCRIPT_FILENAME %s;
				      fastcgi_param PATH_INFO $1;
				      fastcgi_param GIT_PROJECT_ROOT %s;
				      fastcgi_param GIT_HTTP_EXPORT_ALL "";
				      fastcgi_param GIT_CONFIG_NOSYSTEM 1;
				      fastcgi_param GIT_PROTOCOL $http_git_protocol;
				      fastcgi_param REMOTE_USER $remote_user;
				      fastcgi_param REMOTE_ADDR $remote_addr;
				    }
				  }
				}
				""".formatted(asRoot ? "user root;" : "", dir, dir, dir, dir, dir, dir, dir, dir, port, dir, socket,
				HTTP_BACKEND, root);
	}

	/** nginx's salted SHA-1 password format, so that the token itself is written nowhere. */
	private static String ssha(char[] token) {
		try {
			byte[] salt = new byte[8];
			new SecureRandom().nextBytes(salt);
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(token));
			sha1.update(encoded.duplicate());
			if (encoded.hasArray()) {
				Arrays.fill(encoded.array(), (byte) 0);
			}
			sha1.update(salt);
			byte[] digest = sha1.digest();
			byte[] all = new byte[digest.length + salt.length];
			System.arraycopy(digest, 0, all, 0, digest.length);
			System.arraycopy(salt, 0, all, digest.length, salt.length);
			return "{SSHA}" + Base64.getEncoder().encodeToString(all);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The URL of a repository below the project root, without credentials.
	 *
	 * @param name its path below the root, for example {@code api.git}
	 * @return {@code http://127.0.0.1:PORT/git/name}
	 */
	public String url(String name) {
		return "http://127.0.0.1:" + port + "/git/" + name;
	}

	/**
	 * The port it listens on.
	 *
	 * @return the port
	 */
	public int port() {
		return port;
	}

	@Override
	public void close() {
		Servers.stop(nginx);
		Servers.stop(fcgiwrap);
	}
}
