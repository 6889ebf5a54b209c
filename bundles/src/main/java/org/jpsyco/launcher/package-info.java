/** The launcher: boots Felix embedded with the jpsyco distribution and runs a program. */
package org.jpsyco.launcher;
