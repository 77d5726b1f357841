/** Implementation of the collection formats; not exported from the bundle. */
package dev.specsync.collections.internal;
