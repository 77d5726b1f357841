package dev.specsync.provider;

/**
 * How well a provider recognises a remote URL (see {@link GitProvider#recognize(String, java.util.Set)}).
 * Constants are ordered from weakest to strongest; compare them with {@code compareTo}.
 */
public enum Recognition {
	/** The provider cannot work with this URL. */
	NONE,
	/** The provider can work with this URL as with any Git remote, without service-specific features. */
	GENERIC,
	/** The URL points at this provider's service: one of its cloud hosts or a host the user assigned to it. */
	SPECIFIC;

	/**
	 * Whether the provider can work with the URL at all.
	 *
	 * @return {@code true} unless this is {@link #NONE}
	 */
	public boolean isRecognized() {
		return this != NONE;
	}
}
