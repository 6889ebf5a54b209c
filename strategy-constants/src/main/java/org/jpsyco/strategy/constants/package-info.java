/** The constants specialization strategy. */
package org.jpsyco.strategy.constants;
