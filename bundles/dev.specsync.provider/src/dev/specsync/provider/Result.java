package dev.specsync.provider;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of a provider operation: a value, or the diagnostics that say why there is none.
 *
 * <p>Immutable and thread-safe (if the value is). A result is {@linkplain Status#OK OK} with a value and
 * possibly warnings, or {@linkplain Status#FAILED failed}, {@linkplain Status#UNSUPPORTED unsupported} or
 * {@linkplain Status#CANCELED canceled} without a value and with at least one diagnostic.
 *
 * @param <T> the type of the value
 */
public final class Result<T> {

	/** What became of an operation. Callers must tolerate constants added in later minor versions. */
	public enum Status {
		/** The operation succeeded; {@link Result#value()} holds its value. */
		OK,
		/** The operation failed; an error diagnostic says why. */
		FAILED,
		/** The provider does not implement the operation. */
		UNSUPPORTED,
		/** The operation was canceled through its {@link ProgressMonitor}. */
		CANCELED
	}

	private final Status status;
	private final T value;
	private final List<Diagnostic> diagnostics;

	private Result(Status status, T value, List<Diagnostic> diagnostics) {
		this.status = status;
		this.value = value;
		this.diagnostics = List.copyOf(diagnostics);
	}

	/**
	 * A successful result.
	 *
	 * @param <T> the value's type
	 * @param value the value
	 * @param warnings diagnostics of severity warning or info the user should see
	 * @return the result
	 * @throws IllegalArgumentException if a diagnostic is an error
	 */
	public static <T> Result<T> ok(T value, Diagnostic... warnings) {
		Objects.requireNonNull(value, "value");
		for (Diagnostic d : warnings) {
			if (d.severity() == Diagnostic.Severity.ERROR) {
				throw new IllegalArgumentException("a successful result carries no error: " + d.code());
			}
		}
		return new Result<>(Status.OK, value, List.of(warnings));
	}

	/**
	 * A failed result.
	 *
	 * @param <T> the value type the operation would have returned
	 * @param error why it failed; should be of severity error
	 * @param more further diagnostics
	 * @return the result
	 */
	public static <T> Result<T> failed(Diagnostic error, Diagnostic... more) {
		Objects.requireNonNull(error, "error");
		Diagnostic[] all = new Diagnostic[more.length + 1];
		all[0] = error;
		System.arraycopy(more, 0, all, 1, more.length);
		return new Result<>(Status.FAILED, null, List.of(all));
	}

	/**
	 * The result of an operation the provider does not implement.
	 *
	 * @param <T> the value type the operation would have returned
	 * @param operation the operation's name, for the diagnostic
	 * @return the result, with one diagnostic of code {@link Diagnostic.Code#UNSUPPORTED}
	 */
	public static <T> Result<T> unsupported(String operation) {
		return new Result<>(Status.UNSUPPORTED, null, List.of(Diagnostic.error(Diagnostic.Code.UNSUPPORTED,
				"This provider does not support the operation '" + operation + "'.",
				"Use the hosting service's web site for this, or a provider that supports it.")));
	}

	/**
	 * The result of a canceled operation.
	 *
	 * @param <T> the value type the operation would have returned
	 * @return the result, with one diagnostic of code {@link Diagnostic.Code#CANCELED}
	 */
	public static <T> Result<T> canceled() {
		return new Result<>(Status.CANCELED, null, List.of(new Diagnostic(Diagnostic.Severity.INFO,
				Diagnostic.Code.CANCELED, "The operation was canceled.", "")));
	}

	/**
	 * What became of the operation.
	 *
	 * @return the status
	 */
	public Status status() {
		return status;
	}

	/**
	 * Whether the operation succeeded.
	 *
	 * @return {@code true} if the status is {@link Status#OK}
	 */
	public boolean isOk() {
		return status == Status.OK;
	}

	/**
	 * The value of a successful operation.
	 *
	 * @return the value, empty unless the status is {@link Status#OK}
	 */
	public Optional<T> value() {
		return Optional.ofNullable(value);
	}

	/**
	 * The diagnostics, errors first as the provider gave them.
	 *
	 * @return an unmodifiable list, non-empty unless the status is {@link Status#OK}
	 */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	/**
	 * The first diagnostic of severity error, the reason a result is not OK.
	 *
	 * @return the error, empty for a successful result
	 */
	public Optional<Diagnostic> error() {
		return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).findFirst()
				.or(() -> status == Status.OK ? Optional.empty() : diagnostics.stream().findFirst());
	}

	/**
	 * Transforms the value of a successful result; other results keep their status and diagnostics.
	 *
	 * @param <U> the new value type
	 * @param mapper the transformation, called only for a successful result; must not return {@code null}
	 * @return the transformed result
	 */
	public <U> Result<U> map(Function<? super T, ? extends U> mapper) {
		U mapped = status == Status.OK ? Objects.requireNonNull(mapper.apply(value), "mapped value") : null;
		return new Result<>(status, mapped, diagnostics);
	}

	@Override
	public String toString() {
		return "Result[" + status + (value != null ? ", " + value : "") + ", " + diagnostics + "]";
	}
}
