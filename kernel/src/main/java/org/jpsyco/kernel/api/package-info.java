/** The kernel's services as seen by the front end, the shell commands and tools. */
@Export
@Version("0.2.0")
package org.jpsyco.kernel.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
