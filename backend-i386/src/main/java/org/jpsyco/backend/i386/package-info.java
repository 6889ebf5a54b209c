/** The i386 backend. */
package org.jpsyco.backend.i386;
