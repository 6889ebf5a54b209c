/** The policy that orders the active strategies and backends. */
package org.jpsyco.kernel.policy;
