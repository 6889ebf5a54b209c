/** The builtins module. */
package org.jpsyco.frontend.python.builtins;
