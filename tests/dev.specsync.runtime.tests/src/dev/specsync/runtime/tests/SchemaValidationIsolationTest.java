package dev.specsync.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import dev.specsync.cli.CommandContext;
import dev.specsync.cli.ExitCode;
import dev.specsync.cli.internal.CommandCatalog;
import dev.specsync.cli.internal.CommandLine;

/**
 * swagger-parser (embedded in {@code dev.specsync.openapi.validation}) is loaded only when a definition is
 * validated: the other commands, help and the workbench's services leave its bundle unactivated (its lazy
 * activation is triggered by the first class loaded from it) and its component not created.
 */
class SchemaValidationIsolationTest {
	private static final String BUNDLE = "dev.specsync.openapi.validation";
	private static final String COMPONENT = "dev.specsync.openapi.validation.internal.SwaggerSchemaValidator";

	@TempDir
	Path dir;

	@Test
	void onlyValidateLoadsTheValidator() throws Exception {
		CommandLine commandLine = new CommandLine(DeclarativeServicesTest.await(CommandCatalog.class));
		Path api = dir.resolve("api.yaml");
		Files.writeString(api, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
		assertEquals(ExitCode.OK, run(commandLine, "--version"));
		assertEquals(ExitCode.OK, run(commandLine, "--help"));
		assertEquals(ExitCode.OK, run(commandLine, "help", "validate"));
		assertEquals(ExitCode.OK, run(commandLine, "bundle", api.toString(), "-o", dir.resolve("out.yaml").toString()));
		assertEquals(ExitCode.OK, run(commandLine, "diff", api.toString(), api.toString()));
		assertEquals(ExitCode.OK, run(commandLine, "validate", "--no-schema", api.toString()));
		assertTrue(validationBundle().getState() != Bundle.ACTIVE, "the validation bundle was activated");
		assertEquals(ComponentConfigurationDTO.SATISFIED, validatorState(), "the validator was created");

		assertEquals(ExitCode.OK, run(commandLine, "validate", api.toString()));
		assertEquals(Bundle.ACTIVE, validationBundle().getState());
		assertEquals(ComponentConfigurationDTO.ACTIVE, validatorState());
	}

	private static int run(CommandLine commandLine, String... args) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
			return commandLine.run(new CommandContext(Arrays.asList(args), o, o, Path.of("."), Map.of()));
		} finally {
			System.out.print(out.toString(StandardCharsets.UTF_8));
		}
	}

	private static Bundle validationBundle() {
		BundleContext context = FrameworkUtil.getBundle(SchemaValidationIsolationTest.class).getBundleContext();
		for (Bundle b : context.getBundles()) {
			if (b.getSymbolicName().equals(BUNDLE)) {
				return b;
			}
		}
		throw new AssertionError(BUNDLE + " is not installed");
	}

	private static int validatorState() throws InterruptedException {
		ServiceComponentRuntime scr = DeclarativeServicesTest.await(ServiceComponentRuntime.class);
		ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(validationBundle(), COMPONENT);
		assertNotNull(description, COMPONENT);
		var configurations = scr.getComponentConfigurationDTOs(description);
		assertTrue(configurations.size() == 1, configurations::toString);
		return configurations.iterator().next().state;
	}
}
