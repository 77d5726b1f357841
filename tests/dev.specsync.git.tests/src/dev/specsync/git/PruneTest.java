package dev.specsync.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specsync.git.testing.Git;
import dev.specsync.git.testing.TestRepo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PruneTest {

	/** A clock the test moves forward. */
	static final class MutableClock extends Clock {
		Instant now = Instant.parse("2026-01-01T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@TempDir
	Path tmp;

	TestRepo repo;
	MutableClock clock = new MutableClock();
	SnapshotService service;

	@BeforeEach
	void setUp() throws Exception {
		repo = TestRepo.init(tmp.resolve("repo"));
		repo.write("a.yaml", "a\n").commitAll("init");
		service = repo.service(clock);
	}

	@AfterEach
	void tearDown() {
		repo.close();
	}

	private Snapshot takeAt(String time, String content) throws Exception {
		clock.now = Instant.parse(time);
		repo.write("a.yaml", content);
		return service.take(content.strip());
	}

	@Test
	void prunesOnlyOlderSnapshotsAndReportsExactlyWhatItRemoved() throws Exception {
		Snapshot d1 = takeAt("2026-01-01T10:00:00Z", "d1\n");
		Snapshot d2 = takeAt("2026-01-02T10:00:00Z", "d2\n");
		Snapshot d9 = takeAt("2026-01-09T10:00:00Z", "d9\n");
		clock.now = Instant.parse("2026-01-10T10:00:00Z");

		List<Snapshot> candidates = service.pruneCandidates(Duration.ofDays(5));
		assertEquals(List.of(d2, d1), candidates);
		assertEquals(3, service.list().size(), "asking for candidates must not remove anything");

		List<Snapshot> removed = service.prune(Duration.ofDays(5));
		assertEquals(candidates, removed);
		assertEquals(List.of(d9), service.list());
		assertNotEquals(0, Git.run(repo.dir(), null, "rev-parse", "--verify", "-q", d1.refName()).exitCode());
		repo.assertFsckClean();
	}

	@Test
	void neverRemovesTheNewestSnapshotEvenIfItIsOld() throws Exception {
		Snapshot only = takeAt("2026-01-01T10:00:00Z", "old\n");
		clock.now = Instant.parse("2027-01-01T10:00:00Z");
		assertEquals(List.of(), service.prune(Duration.ZERO));
		assertEquals(List.of(only), service.list());
	}

	@Test
	void prunedObjectsAreCollectedButKeptOnesSurviveGc() throws Exception {
		Snapshot old = takeAt("2026-01-01T10:00:00Z", "old unique content 4711\n");
		Snapshot kept = takeAt("2026-02-01T10:00:00Z", "kept\n");
		String oldBlob = repo.git("rev-parse", old.refName() + ":a.yaml").trim();
		clock.now = Instant.parse("2026-03-01T10:00:00Z");
		service.prune(Duration.ofDays(7));
		repo.git("reflog", "expire", "--expire=now", "--all");
		repo.git("gc", "-q", "--prune=now");
		assertNotEquals(0, Git.run(repo.dir(), null, "cat-file", "-e", oldBlob).exitCode(), "pruned snapshot must be collectable");
		service.restore(kept);
		assertEquals("kept\n", repo.read("a.yaml"));
		repo.assertFsckClean();
	}

	@Test
	void negativeAgeIsRejected() {
		assertThrows(IllegalArgumentException.class, () -> service.prune(Duration.ofSeconds(-1)));
	}

	@Test
	void snapshotsTakenInTheSameMillisecondGetDistinctRefs() throws Exception {
		Snapshot a = service.take("same");
		Snapshot b = service.take("same");
		assertNotEquals(a.refName(), b.refName());
		assertEquals(2, service.list().size());
		assertTrue(service.list().contains(a) && service.list().contains(b));
	}
}
