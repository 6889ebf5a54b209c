/** The state of one running Python program (modules, streams, imports, settings). */
package org.jpsyco.frontend.python.runtime;
