/** The shapes specialization strategy. */
package org.jpsyco.strategy.shapes;
