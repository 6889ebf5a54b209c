package org.jpsyco.frontend.python.objects;

/**
 * Told of the changes compiled code may have assumed away: a watched dict's binding of a key
 * was replaced by another object, added or removed ({@code key} is that key, or null when any
 * binding may have changed), or the binding of a watched class's attribute changed, its own or one along its MRO
 * ({@code key} the name, or null for any). Called synchronously by the mutating thread; runs no Python code.
 */
public interface ChangeWatcher {
    void changed(Object key);
}
