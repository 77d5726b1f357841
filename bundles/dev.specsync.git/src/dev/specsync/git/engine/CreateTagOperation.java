package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates an annotated tag (see {@link GitWorkspace#createTag(String, String, Author)}); an existing tag
 * of that name is refused.
 */
@ProviderType
public interface CreateTagOperation extends GitOperation<TagInfo> {
	/**
	 * Sets the tagged commit; the default is {@code HEAD}.
	 *
	 * @param ref any ref or commit id
	 * @return this operation
	 */
	CreateTagOperation setTarget(String ref);
}
