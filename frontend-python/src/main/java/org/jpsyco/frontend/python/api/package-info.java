/** The Python runtime service that launchers and other bundles use to run Python programs. */
@Export
@Version("0.1.0")
package org.jpsyco.frontend.python.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
