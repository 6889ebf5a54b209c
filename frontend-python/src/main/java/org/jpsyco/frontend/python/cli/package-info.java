/** The {@code python3}-compatible command line of jpsyco. */
package org.jpsyco.frontend.python.cli;
