/** Test support shared with other modules through the front end's test jar: the in-process golden program runner. */
package org.jpsyco.frontend.python.testkit;
