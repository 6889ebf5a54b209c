/**
 * The specializer's abstract values, with Psyco's vocabulary: value stages (run-time,
 * compile-time, virtual; fixed), kinds contributed by strategies, stage transitions (force,
 * unfix, fix, promote), abstract frames, snapshots and merge points with their version index.
 * Exported for the front ends, which key code cache versions by snapshots.
 */
@Export
@Version("0.1.0")
package org.jpsyco.kernel.value;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
