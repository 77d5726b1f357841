package dev.specsync.provider.contract;

import dev.specsync.provider.Connection;
import dev.specsync.provider.Diagnostic;

/**
 * A connection whose credential check must fail, and the diagnostic code it must fail with.
 *
 * @param connection the connection (a wrong token, a path that is not a repository...)
 * @param expected the code of the error diagnostic
 */
public record BadCredential(Connection connection, Diagnostic.Code expected) {
}
