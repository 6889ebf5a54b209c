/** The OSGi components of the Python front end. */
package org.jpsyco.frontend.python.service;
