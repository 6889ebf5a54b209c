/** The service provider interfaces that strategy and backend bundles implement. */
@Export
@Version("0.5.0")
package org.jpsyco.kernel.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
