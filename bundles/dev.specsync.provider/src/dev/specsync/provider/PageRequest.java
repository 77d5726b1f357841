package dev.specsync.provider;

import java.util.Optional;

/**
 * Which page of a listing to return. Tokens are opaque and only valid for the listing that returned them.
 *
 * @param pageToken the {@link Page#nextPageToken()} of the previous page, {@code null} for the first page
 * @param size the largest number of items wanted, at least 1; a provider may return fewer (services cap
 *            their page sizes) and signals more with a next-page token
 */
public record PageRequest(String pageToken, int size) {

	/** The page size of {@link #first()}. */
	public static final int DEFAULT_SIZE = 100;

	/**
	 * Checks the size.
	 *
	 * @throws IllegalArgumentException if {@code size} is less than 1
	 */
	public PageRequest {
		if (size < 1) {
			throw new IllegalArgumentException("page size must be at least 1: " + size);
		}
	}

	/**
	 * The first page, of {@link #DEFAULT_SIZE} items.
	 *
	 * @return the request
	 */
	public static PageRequest first() {
		return new PageRequest(null, DEFAULT_SIZE);
	}

	/**
	 * The first page, of a given size.
	 *
	 * @param size the largest number of items wanted
	 * @return the request
	 */
	public static PageRequest first(int size) {
		return new PageRequest(null, size);
	}

	/**
	 * The page after the one that returned {@code token}, of the same size as this request.
	 *
	 * @param token a {@link Page#nextPageToken()}
	 * @return the request
	 */
	public PageRequest next(String token) {
		return new PageRequest(token, size);
	}

	/**
	 * The page token.
	 *
	 * @return the token, empty for the first page
	 */
	public Optional<String> token() {
		return Optional.ofNullable(pageToken);
	}
}
