package dev.specsync.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorModelTest {

	@Test
	void credentialsInUrlsAreMasked() {
		String r = Redactor.redact("fetch https://alice:s3cr3t-pass@git.example.com/org/repo.git failed");
		assertEquals("fetch https://***@git.example.com/org/repo.git failed", r);
		assertEquals("ssh://***@host/x", Redactor.redact("ssh://git:tok@host/x"));
	}

	@Test
	void tokensInTextAreMasked() {
		String text = "token=abcdef123456 password: hunter2 Authorization: Bearer eyJhbGciOi.x.y "
				+ "ghp_0123456789abcdefghijABCDEFGHIJ glpat-abcdefghij0123456789";
		String r = Redactor.redact(text);
		for (String secret : new String[] {"abcdef123456", "hunter2", "eyJhbGciOi", "ghp_0123456789", "glpat-abcdef"}) {
			assertFalse(r.contains(secret), () -> secret + " leaked in " + r);
		}
	}

	@Test
	void plainTextIsUnchanged() {
		String s = "Free some disk space at /home/me/api and try again (git@host:org/repo.git).";
		assertEquals(s, Redactor.redact(s));
	}

	@Test
	void exceptionMessagesAreRedactedAndNameCauseAndFix() {
		GitOperationException e = new GitOperationException(new Diagnostic(Diagnostic.Code.IO,
				"Could not reach https://bob:ghp_0123456789abcdefghijABCDEFGHIJ@example.org/r.git.", "Check the network."),
				new IOException("boom"));
		assertFalse(e.getMessage().contains("ghp_"));
		assertFalse(e.getMessage().contains("bob"));
		assertTrue(e.getMessage().endsWith("Check the network."));
		assertEquals(Diagnostic.Code.IO, e.code());
	}

	@Test
	void blankTextsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new Diagnostic(Diagnostic.Code.IO, " ", "fix"));
	}
}
