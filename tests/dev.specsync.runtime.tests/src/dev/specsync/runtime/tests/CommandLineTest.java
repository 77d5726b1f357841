package dev.specsync.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

import dev.specsync.cli.CommandContext;
import dev.specsync.cli.ExitCode;
import dev.specsync.cli.internal.CommandCatalog;
import dev.specsync.cli.internal.CommandLine;

/** The {@code specsync} command line, run in-process on the real command services. */
class CommandLineTest {

	private CommandLine commandLine;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void setUp() throws Exception {
		CommandCatalog catalog = DeclarativeServicesTest.await(CommandCatalog.class);
		commandLine = new CommandLine(catalog);
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return commandLine.run(new CommandContext(Arrays.asList(args), o, e, Path.of("."), Map.of()));
		}
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionNamesTheProductItsVersionAndBuild() {
		assertEquals(ExitCode.OK, run("--version"));
		Version branding = Platform.getProduct().getDefiningBundle().getVersion();
		String firstLine = out().lines().findFirst().orElse("");
		assertEquals("SpecSync " + branding.getMajor() + "." + branding.getMinor() + "." + branding.getMicro() + " (build "
				+ branding.getQualifier() + ")", firstLine);
		assertTrue(Pattern.compile("(?m)^Java \\S+ \\(.+\\), .+$").matcher(out()).find(), out());
		assertEquals("", err());
	}

	@Test
	void versionCommandAndShortOptionAgree() {
		run("--version");
		String longForm = out();
		assertEquals(ExitCode.OK, run("-V"));
		assertEquals(longForm, out());
		assertEquals(ExitCode.OK, run("version"));
		assertEquals(longForm, out());
	}

	@Test
	void helpListsEveryCommandWithItsSummary() {
		assertEquals(ExitCode.OK, run("--help"));
		assertTrue(out().startsWith("Usage: specsync <command>"), out());
		assertTrue(Pattern.compile("(?m)^  help\\s{3,}Show the list of commands").matcher(out()).find(), out());
		assertTrue(Pattern.compile("(?m)^  version\\s{3,}Show the version and build").matcher(out()).find(), out());
		assertTrue(Pattern.compile("(?m)^  validate\\s{3,}Check OpenAPI files").matcher(out()).find(), out());
		assertTrue(out().contains("Exit codes: 0 success, 1 problems found, 2 wrong usage"), out());
	}

	@Test
	void helpForOneCommandPrintsItsUsage() {
		assertEquals(ExitCode.OK, run("help", "version"));
		assertTrue(out().startsWith("Usage: specsync version"), out());
		assertEquals(ExitCode.OK, run("version", "--help"));
		assertTrue(out().startsWith("Usage: specsync version"), out());
	}

	@Test
	void noCommandIsAUsageError() {
		assertEquals(ExitCode.USAGE, run());
		assertTrue(err().contains("no command given"), err());
		assertTrue(out().contains("Commands:"), "the list of commands is shown: " + out());
	}

	@Test
	void typoGetsASuggestionAndUsageExitCode() {
		assertEquals(ExitCode.USAGE, run("hepl"));
		assertEquals("specsync: 'hepl' is not a specsync command. Did you mean 'help'?", err().strip());
		assertEquals("", out());
	}

	@Test
	void unknownCommandPointsToTheList() {
		assertEquals(ExitCode.USAGE, run("deploy-everything"));
		assertTrue(err().contains("'deploy-everything' is not a specsync command. See 'specsync --help'"), err());
	}

	@Test
	void unknownGlobalOptionIsAUsageError() {
		assertEquals(ExitCode.USAGE, run("--frobnicate"));
		assertTrue(err().contains("unknown option '--frobnicate'"), err());
	}

	@Test
	void unexpectedArgumentsAreAUsageError() {
		assertEquals(ExitCode.USAGE, run("version", "extra"));
		assertTrue(err().contains("unexpected arguments: extra"), err());
		assertEquals("", out());
	}
}
