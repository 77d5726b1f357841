package dev.specsync.git.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a user would notice about a working tree, as the git CLI and the file system report it:
 * {@code git status --porcelain=v2}, the index with stages ({@code git ls-files -s}), {@code git diff --cached},
 * {@code git diff}, merge state, and every file under the work tree (ignored ones too) with type, executable
 * bit, content hash or link target.
 */
public record RepoState(String status, String index, String diffCached, String diff, String mergeHead,
		Map<String, String> files) {

	public static RepoState capture(Path dir) {
		String status = Git.ok(dir, "status", "--porcelain=v2", "--branch", "--untracked-files=all");
		String index = Git.ok(dir, "ls-files", "-s") + Git.ok(dir, "ls-files", "-v");
		String cached = Git.ok(dir, "diff", "--cached", "--binary", "--no-color");
		String diff = Git.ok(dir, "diff", "--binary", "--no-color");
		Path mh = dir.resolve(".git/MERGE_HEAD");
		String mergeHead;
		try {
			mergeHead = Files.exists(mh) ? Files.readString(mh) : "";
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new RepoState(status, index, cached, diff, mergeHead, files(dir));
	}

	/** Path to "type:exec:hash" of every file and symlink under {@code dir}, excluding {@code .git}. */
	public static Map<String, String> files(Path dir) {
		Map<String, String> out = new TreeMap<>();
		try {
			Files.walkFileTree(dir, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
					return d.equals(dir.resolve(".git")) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
					String rel = dir.relativize(f).toString();
					if (attrs.isSymbolicLink()) {
						out.put(rel, "link:" + Files.readSymbolicLink(f));
					} else {
						out.put(rel, "file:" + (Files.isExecutable(f) ? "x" : "-") + ":" + sha256(Files.readAllBytes(f)));
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public static boolean isSymlink(Path p) {
		return Files.isSymbolicLink(p) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
	}
}
