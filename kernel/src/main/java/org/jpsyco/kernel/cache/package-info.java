/**
 * The code cache and the assumptions compiled code depends on: versions keyed by code identity
 * and entry snapshot, memory accounting with a bound and eviction, and invalidation of every
 * version that depends on a broken assumption.
 */
@Export
@Version("0.1.0")
package org.jpsyco.kernel.cache;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
