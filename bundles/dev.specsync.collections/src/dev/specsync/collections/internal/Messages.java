package dev.specsync.collections.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-visible texts of the collections packages, from {@code messages.properties} beside this class. */
public final class Messages {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("dev.specsync.collections.internal.messages", Locale.ROOT,
                    Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * Formats the message {@code key} with {@link MessageFormat}.
     *
     * @param key  a key of {@code messages.properties}, never null
     * @param args the arguments, never null
     * @return the text, never null
     * @throws java.util.MissingResourceException when the key does not exist
     */
    public static String get(String key, Object... args) {
        return MessageFormat.format(BUNDLE.getString(key), args);
    }
}
