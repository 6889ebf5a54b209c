/** Modules written in Java: sys, math, time and the standard streams. */
package org.jpsyco.frontend.python.modules;
