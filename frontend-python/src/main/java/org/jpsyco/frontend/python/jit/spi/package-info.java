/**
 * The specializer's SPI for Python strategies: what a strategy bundle sees of the abstract values
 * ({@link org.jpsyco.frontend.python.jit.spi.SValue}, {@link org.jpsyco.frontend.python.jit.spi.PyKind}),
 * the narrow tool it emits code with ({@link org.jpsyco.frontend.python.jit.spi.SpecializerTool}) and
 * the hooks the specializer calls in policy order
 * ({@link org.jpsyco.frontend.python.jit.spi.PythonStrategy}).
 */
@Export
@Version("1.2.0")
package org.jpsyco.frontend.python.jit.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
