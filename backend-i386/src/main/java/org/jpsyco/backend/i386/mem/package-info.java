/**
 * Executable memory for machine code: one reserved region, page-granular units, written while
 * writable and run while executable, never both. Internal to the bundle.
 */
package org.jpsyco.backend.i386.mem;
