package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.CreateTagOperation;
import dev.specsync.git.engine.TagInfo;
import dev.specsync.git.engine.TagListOperation;

/** Annotated tags for published versions, and the tag list. */
final class Tags {

	private Tags() {
	}

	static TagInfo info(Repository repository, RevWalk walk, Ref ref) throws IOException {
		RevObject object = walk.parseAny(ref.getObjectId());
		String name = Repository.shortenRefName(ref.getName());
		if (object instanceof RevTag tag) {
			PersonIdent tagger = tag.getTaggerIdent();
			RevObject target = walk.peel(tag);
			return new TagInfo(name, target.getId(), Optional.of(tag.getFullMessage()),
					Optional.ofNullable(tagger == null ? null : new Author(tagger.getName(), tagger.getEmailAddress())));
		}
		return new TagInfo(name, object.getId(), Optional.empty(), Optional.empty());
	}

	static final class Create extends Operation<TagInfo> implements CreateTagOperation {
		private final Repository repository;
		private final String name;
		private final String message;
		private final Author tagger;
		private String target = Constants.HEAD;

		Create(Repository repository, String name, String message, Author tagger) {
			super("create the tag '" + name + "'", repository); //$NON-NLS-1$ //$NON-NLS-2$
			this.repository = repository;
			this.name = name;
			this.message = message;
			this.tagger = tagger;
		}

		@Override
		public CreateTagOperation setTarget(String ref) {
			this.target = ref;
			return this;
		}

		@Override
		TagInfo run() throws GitOperationException, GitAPIException, IOException {
			if (message.isBlank()) {
				throw Problems.invalid("SpecSync could not create the tag '" + name + "' because its message is empty.", //$NON-NLS-1$ //$NON-NLS-2$
						"Describe the version, for example 'Payments API 2.1.0: adds refunds'."); //$NON-NLS-1$
			}
			if (repository.exactRef(Constants.R_TAGS + name) != null) {
				throw Problems.invalid("The tag '" + name + "' already exists; a published version is never moved.", //$NON-NLS-1$ //$NON-NLS-2$
						"Publish a new version number."); //$NON-NLS-1$
			}
			ObjectId id = repository.resolve(target + "^{commit}"); //$NON-NLS-1$
			if (id == null) {
				throw Problems.of(Code.NOT_FOUND, "SpecSync could not create the tag '" + name + "': there is no commit '" + target + "'.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"Commit first, or name an existing branch, tag or commit."); //$NON-NLS-1$
			}
			try (RevWalk walk = new RevWalk(repository)) {
				Ref ref = Git.wrap(repository).tag().setName(name).setMessage(message).setAnnotated(true)
						.setTagger(new PersonIdent(tagger.name(), tagger.email())).setObjectId(walk.parseCommit(id)).call();
				return info(repository, walk, ref);
			}
		}
	}

	static final class List extends Operation<java.util.List<TagInfo>> implements TagListOperation {
		private final Repository repository;

		List(Repository repository) {
			super("list the tags", repository); //$NON-NLS-1$
			this.repository = repository;
		}

		@Override
		java.util.List<TagInfo> run() throws GitAPIException, IOException {
			java.util.List<TagInfo> out = new ArrayList<>();
			try (RevWalk walk = new RevWalk(repository)) {
				for (Ref ref : Git.wrap(repository).tagList().call()) {
					out.add(info(repository, walk, ref));
				}
			}
			return out;
		}
	}
}
