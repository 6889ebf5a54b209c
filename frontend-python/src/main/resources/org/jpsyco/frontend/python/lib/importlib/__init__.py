"""importlib: the parts of it programs call (import_module, reload, invalidate_caches)."""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _absolute_name(name, package):
    """'..x' relative to package 'a.b.c' is 'a.b.x' (one dot is the package itself)."""
    dots = len(name) - len(name.lstrip('.'))
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        "import for {!r}".format(name))
    parts = package.rsplit('.', dots - 1)
    if len(parts) < dots:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[dots:]
    return parts[0] + '.' + rest if rest else parts[0]


def import_module(name, package=None):
    """Imports a module by name (absolute, or relative to package) and returns it."""
    if name.startswith('.'):
        name = _absolute_name(name, package)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: finders read the file system on every import."""


def reload(module):
    """Runs the module's code again in the same module object and returns it."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    del sys.modules[name]
    try:
        fresh = import_module(name)
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(fresh.__dict__)
    sys.modules[name] = module
    return module
