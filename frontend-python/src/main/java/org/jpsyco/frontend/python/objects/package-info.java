/** The Python object model: types, built-in objects and the abstract object protocol. */
package org.jpsyco.frontend.python.objects;
