package dev.specsync.git.internal;

import java.util.Set;

/**
 * Ignored paths that a restore is about to overwrite or delete and that therefore must be saved
 * in its safety snapshot although they are ignored.
 */
interface Collateral {

	Collateral NONE = new Collateral() {
		@Override
		public boolean includeIgnoredFile(String path) {
			return false;
		}

		@Override
		public boolean descendIgnoredDirectory(String path) {
			return false;
		}

		@Override
		public boolean includeEverythingUnder(String directory) {
			return false;
		}
	};

	/** @return true if the ignored file at {@code path} will be replaced */
	boolean includeIgnoredFile(String path);

	/** @return true if the ignored directory may contain something that will be replaced */
	boolean descendIgnoredDirectory(String path);

	/** @return true if the directory will be replaced by a file, so all of its content goes */
	boolean includeEverythingUnder(String directory);

	/** Collateral of writing the files {@code targetFiles}, whose parent directories are {@code targetDirectories}. */
	static Collateral of(Set<String> targetFiles, Set<String> targetDirectories) {
		return new Collateral() {
			@Override
			public boolean includeIgnoredFile(String path) {
				return targetFiles.contains(path) || targetDirectories.contains(path);
			}

			@Override
			public boolean descendIgnoredDirectory(String path) {
				return targetDirectories.contains(path);
			}

			@Override
			public boolean includeEverythingUnder(String directory) {
				return targetFiles.contains(directory);
			}
		};
	}
}
