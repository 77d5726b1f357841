package dev.specsync.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The name a {@link Command} service answers to on the command line, as the typed component property
 * {@value #PREFIX_}{@code name}. Put it on the component class next to {@code @Component}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CommandName {

	/** The prefix of the generated service property name. */
	String PREFIX_ = "specsync.command."; //$NON-NLS-1$

	/** The service property that holds the command name. */
	String PROPERTY = PREFIX_ + "name"; //$NON-NLS-1$

	/**
	 * The command name: lower case, words joined by {@code -}.
	 *
	 * @return the name, for example {@code merge-driver}
	 */
	String name();
}
