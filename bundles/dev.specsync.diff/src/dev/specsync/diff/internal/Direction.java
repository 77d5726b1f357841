package dev.specsync.diff.internal;

/**
 * Which way data flows where a schema is used: it decides whether narrowing or widening the set of allowed values
 * breaks clients.
 */
enum Direction {
	/** Sent by the client (parameters, request bodies): the server must keep accepting what clients send. */
	REQUEST("request"), //$NON-NLS-1$
	/** Sent by the server (response bodies and headers): clients must understand everything the server sends. */
	RESPONSE("response"), //$NON-NLS-1$
	/** Not data: operations as a whole. */
	NONE("operation"), //$NON-NLS-1$
	/** Not data, and outside operations: servers, security schemes, tags, information on the API. */
	API("api"); //$NON-NLS-1$

	final String prefix;

	Direction(String prefix) {
		this.prefix = prefix;
	}
}
