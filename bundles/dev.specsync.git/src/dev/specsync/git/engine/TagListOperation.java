package dev.specsync.git.engine;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Lists tags by name (see {@link GitWorkspace#tags()}).
 */
@ProviderType
public interface TagListOperation extends GitOperation<List<TagInfo>> {
}
