package dev.specsync.git.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.eclipse.jgit.errors.LockFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailuresTest {

	@TempDir
	Path gitDir;

	private GitOperationException classify(Throwable t) {
		return Failures.classify(t, "save a snapshot", "Your files were not changed.", gitDir);
	}

	@Test
	void enospcAnywhereInTheCauseChainIsDiskFull() {
		GitOperationException e = classify(new IOException("wrapped", new IOException("No space left on device")));
		assertEquals(Code.DISK_FULL, e.code());
		assertTrue(e.getMessage().contains("is full"), e.getMessage());
		assertTrue(e.getMessage().contains("Free some disk space"), e.getMessage());
		assertTrue(e.getMessage().contains("Your files were not changed."), e.getMessage());
	}

	@Test
	void lockAndPermissionAndOtherErrors() {
		assertEquals(Code.LOCKED, classify(new LockFailedException(new File("/r/.git/index"))).code());
		assertTrue(classify(new LockFailedException(new File("/r/.git/index"))).getMessage().contains("/r/.git/index.lock"));
		assertEquals(Code.PERMISSION_DENIED, classify(new AccessDeniedException("/r/x")).code());
		assertEquals(Code.IO, classify(new IOException("weird")).code());
	}

	@Test
	void secretsInLowLevelMessagesDoNotReachTheUser() {
		GitOperationException e = classify(new IOException("cannot open https://u:p4ssw0rd@h/r.git"));
		assertTrue(!e.getMessage().contains("p4ssw0rd"), e.getMessage());
	}
}
