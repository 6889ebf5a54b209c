/** The jvm backend. */
package org.jpsyco.backend.jvm;
