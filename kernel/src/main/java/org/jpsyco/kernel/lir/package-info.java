/**
 * The kernel's low-level IR (LIR): what the specializer emits and what every backend consumes.
 * Typed values ({@link org.jpsyco.kernel.lir.LirType}), one operation table
 * ({@link org.jpsyco.kernel.lir.LirOp}), blocks with parameters, guards carrying deoptimization
 * descriptors, promotion switches; a builder, a printer, a parser of the printed form and a verifier.
 */
@Export
@Version("0.1.0")
package org.jpsyco.kernel.lir;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
