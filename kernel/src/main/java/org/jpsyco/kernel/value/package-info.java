/**
 * The specializer's abstract values, with Psyco's vocabulary: value stages (run-time,
 * compile-time, virtual; fixed), kinds contributed by strategies, stage transitions (force,
 * unfix, fix, promote), abstract frames, snapshots and merge points with their version index.
 * Internal to the kernel for now; strategies will see it through a narrow tool.
 */
package org.jpsyco.kernel.value;
