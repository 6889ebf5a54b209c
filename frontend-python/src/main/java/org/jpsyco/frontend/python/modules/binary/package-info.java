/**
 * Native helpers for the binary-data modules shipped in Python ({@code hashlib}, {@code zlib},
 * {@code unicodedata}): the JDK does the real work (message digests, deflate, Unicode tables)
 * and the Python side gives the API its CPython shape.
 */
package org.jpsyco.frontend.python.modules.binary;
