package dev.specsync.merge.git.internal;

import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.git.engine.MergeStrategyHook;
import dev.specsync.merge.MergeException;
import dev.specsync.merge.MergeRequest;
import dev.specsync.merge.MergeResult;
import dev.specsync.merge.Merger;

/**
 * Plugs the structural three-way merge into the Git engine: when a pull or merge leaves a JSON or YAML file
 * (an API definition, a collection, the workspace manifest) conflicting line by line, the file is merged on
 * its structure instead. Only a clean structural merge is taken; a real conflict, a deleted side or a side
 * that does not parse leaves Git's conflict in place for the user to resolve side by side.
 */
@Component(service = MergeStrategyHook.class)
public final class StructuralMergeHook implements MergeStrategyHook {

	private final Merger merger;

	/**
	 * @param merger the structural merge service
	 */
	@Activate
	public StructuralMergeHook(@Reference Merger merger) {
		this.merger = merger;
	}

	@Override
	public boolean handles(String path) {
		String name = path.toLowerCase(Locale.ROOT);
		return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public Optional<byte[]> resolve(Conflict conflict) {
		if (!conflict.oursPresent() || !conflict.theirsPresent()) {
			return Optional.empty(); // modify/delete: only the user can say which side wins
		}
		MergeRequest request = MergeRequest.of(conflict.path(), conflict.basePresent() ? conflict.base() : null,
				conflict.ours(), conflict.theirs());
		try {
			MergeResult result = merger.merge(request);
			return result.isClean() ? Optional.of(result.bytes()) : Optional.empty();
		} catch (MergeException e) {
			return Optional.empty(); // a side that does not parse: Git's conflict stays, with its markers
		}
	}
}
