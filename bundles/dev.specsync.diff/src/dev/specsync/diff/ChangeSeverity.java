package dev.specsync.diff;

/** How a {@link Change} affects a client written against the old version; constants from worst to mildest. */
public enum ChangeSeverity {
	/** Existing clients fail: requests are rejected or responses are not understood. */
	BREAKING,
	/** Clients may fail, depending on how strictly they validate or which values they use. */
	POTENTIALLY_BREAKING,
	/** Existing clients keep working. */
	NON_BREAKING,
	/** Only documentation changed (descriptions, summaries). */
	DOCUMENTATION
}
