package dev.specsync.provider;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing.
 *
 * @param <T> the type of the items
 * @param items the items of this page, in the order the operation documents
 * @param nextPageToken the opaque token that asks for the next page with {@link PageRequest#next(String)},
 *            {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextPageToken) {

	/**
	 * Copies the items.
	 *
	 * @throws NullPointerException if {@code items} or one of them is {@code null}
	 */
	public Page {
		items = List.copyOf(items);
	}

	/**
	 * The only (or last) page.
	 *
	 * @param <T> the item type
	 * @param items the items
	 * @return a page without a next page
	 */
	public static <T> Page<T> last(List<T> items) {
		return new Page<>(items, null);
	}

	/**
	 * The page of a complete, in-memory list that a request asks for. For providers whose service returns
	 * everything at once (a Git {@code ls-remote}); the token is the offset of the next page.
	 *
	 * @param <T> the item type
	 * @param all every item, in order
	 * @param request the page asked for; its token must have come from this method
	 * @return the requested page
	 * @throws IllegalArgumentException if the request's token was not made by this method
	 */
	public static <T> Page<T> slice(List<T> all, PageRequest request) {
		int from;
		try {
			from = request.token().map(Integer::parseInt).orElse(0);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a page token of this listing: " + request.token().get(), e);
		}
		if (from < 0 || from > all.size()) {
			throw new IllegalArgumentException("page token out of range: " + from);
		}
		int to = Math.min(all.size(), from + request.size());
		return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
	}

	/**
	 * The token of the next page.
	 *
	 * @return the token, empty on the last page
	 */
	public Optional<String> next() {
		return Optional.ofNullable(nextPageToken);
	}

	/**
	 * Whether a next page exists.
	 *
	 * @return {@code true} if {@link #nextPageToken()} is not {@code null}
	 */
	public boolean hasNext() {
		return nextPageToken != null;
	}
}
