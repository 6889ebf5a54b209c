/**
 * The {@code _json} accelerator under the {@code json} package: a scanner and an encoder that
 * reproduce CPython's output, messages and error positions.
 */
package org.jpsyco.frontend.python.modules.json;
