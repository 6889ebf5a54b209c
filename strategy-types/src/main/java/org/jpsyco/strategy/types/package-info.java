/** The types specialization strategy. */
package org.jpsyco.strategy.types;
