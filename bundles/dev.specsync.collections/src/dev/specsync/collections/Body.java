package dev.specsync.collections;

import java.util.List;

/**
 * A request or example body.
 *
 * @param mode             {@code raw}, {@code urlencoded}, {@code formdata}, {@code file} or {@code graphql};
 *                         never null
 * @param raw              the text of a {@code raw} body, or null
 * @param language         the editor language of a raw body ({@code json}, {@code xml}, ...), or null
 * @param urlencoded       the parameters of an {@code urlencoded} body, never null
 * @param formdata         the parts of a {@code formdata} body, never null
 * @param graphqlQuery     the query of a {@code graphql} body, or null
 * @param graphqlVariables the variables text of a {@code graphql} body, or null
 * @param fileSrc          the file of a {@code file} body, or null
 * @param disabled         whether the body is switched off
 */
public record Body(String mode, String raw, String language, List<KeyValue> urlencoded, List<KeyValue> formdata,
        String graphqlQuery, String graphqlVariables, String fileSrc, boolean disabled) {

    /** Copies the lists. */
    public Body {
        urlencoded = List.copyOf(urlencoded);
        formdata = List.copyOf(formdata);
    }

    /**
     * A raw body.
     *
     * @param text     the body text, never null
     * @param language the editor language, or null
     * @return the body, never null
     */
    public static Body raw(String text, String language) {
        return new Body("raw", text, language, List.of(), List.of(), null, null, null, false);
    }
}
