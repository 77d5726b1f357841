package dev.specsync.provider;

import java.util.List;
import java.util.Objects;

/**
 * One field of a provider's connect form (see {@link GitProvider#connectForm(AuthMethod)}). A user interface
 * renders it by its {@link Kind}; the command line asks for it by its id.
 *
 * <p>Immutable. Build one with a factory such as {@link #text(String, String)} and the {@code with...}
 * methods, for example {@code FormField.url("url", "Server URL").withHelp("https://git.example.com")}.
 *
 * @param id the key of the value in {@link Connection#values()}; unique within a form, never blank
 * @param label the label shown next to the field, never blank
 * @param kind how the field is edited and stored
 * @param required whether the form cannot be submitted without a value
 * @param defaultValue the value the field starts with, empty for none; never used for {@link Kind#SECRET}
 * @param helpText one sentence shown under or beside the field, empty for none
 * @param choices the allowed values of a {@link Kind#CHOICE} field, in display order; empty for other kinds
 */
public record FormField(String id, String label, Kind kind, boolean required, String defaultValue, String helpText,
		List<String> choices) {

	/** Well-known field id of the remote or server URL; its value is also {@link Connection#url()}. */
	public static final String URL = "url";
	/** Well-known field id of the user name. */
	public static final String USERNAME = "username";
	/** Well-known field id of the secret (token, password, passphrase); its value is in {@link Credentials}. */
	public static final String SECRET = "secret";
	/** Well-known field id of the SSH private key file. */
	public static final String SSH_KEY_FILE = "sshKeyFile";

	/** How a field is edited and stored. Callers must tolerate constants added in later minor versions. */
	public enum Kind {
		/** A single line of text. */
		TEXT,
		/** A secret: masked when typed, stored only in secure storage, passed in {@link Credentials}. */
		SECRET,
		/** A URL, checked for syntax by the form. */
		URL,
		/** A file system path (a folder or a file), offered with a chooser. */
		PATH,
		/** One of {@link FormField#choices()}. */
		CHOICE
	}

	/**
	 * Checks and normalizes the components: {@code null} default and help become empty, choices are copied.
	 *
	 * @throws NullPointerException if {@code id}, {@code label}, {@code kind} or {@code choices} is {@code null}
	 * @throws IllegalArgumentException if id or label is blank, if a {@link Kind#CHOICE} field has no choices,
	 *             if another kind has choices, or if a secret field has a default value
	 */
	public FormField {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(kind, "kind");
		choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
		defaultValue = defaultValue == null ? "" : defaultValue;
		helpText = helpText == null ? "" : helpText;
		if (id.isBlank() || label.isBlank()) {
			throw new IllegalArgumentException("id and label must not be blank");
		}
		if ((kind == Kind.CHOICE) == choices.isEmpty()) {
			throw new IllegalArgumentException("choices are required for CHOICE fields and only for them: " + id);
		}
		if (kind == Kind.SECRET && !defaultValue.isEmpty()) {
			throw new IllegalArgumentException("a secret field has no default value: " + id);
		}
	}

	/**
	 * A required single-line text field.
	 *
	 * @param id the value's key
	 * @param label the label
	 * @return the field
	 */
	public static FormField text(String id, String label) {
		return new FormField(id, label, Kind.TEXT, true, "", "", List.of());
	}

	/**
	 * A required secret field (token, password, passphrase).
	 *
	 * @param id the value's key
	 * @param label the label
	 * @return the field
	 */
	public static FormField secret(String id, String label) {
		return new FormField(id, label, Kind.SECRET, true, "", "", List.of());
	}

	/**
	 * A required URL field.
	 *
	 * @param id the value's key
	 * @param label the label
	 * @return the field
	 */
	public static FormField url(String id, String label) {
		return new FormField(id, label, Kind.URL, true, "", "", List.of());
	}

	/**
	 * A required file system path field.
	 *
	 * @param id the value's key
	 * @param label the label
	 * @return the field
	 */
	public static FormField path(String id, String label) {
		return new FormField(id, label, Kind.PATH, true, "", "", List.of());
	}

	/**
	 * A required choice among fixed values; the first choice is the default.
	 *
	 * @param id the value's key
	 * @param label the label
	 * @param choices the allowed values, at least one
	 * @return the field
	 */
	public static FormField choice(String id, String label, List<String> choices) {
		return new FormField(id, label, Kind.CHOICE, true, choices.isEmpty() ? "" : choices.get(0), "", choices);
	}

	/**
	 * This field, not required.
	 *
	 * @return a copy that may be left empty
	 */
	public FormField optional() {
		return new FormField(id, label, kind, false, defaultValue, helpText, choices);
	}

	/**
	 * This field with a default value.
	 *
	 * @param value the initial value
	 * @return a copy with the default
	 */
	public FormField withDefault(String value) {
		return new FormField(id, label, kind, required, value, helpText, choices);
	}

	/**
	 * This field with a help text.
	 *
	 * @param text one sentence of help
	 * @return a copy with the help text
	 */
	public FormField withHelp(String text) {
		return new FormField(id, label, kind, required, defaultValue, text, choices);
	}
}
