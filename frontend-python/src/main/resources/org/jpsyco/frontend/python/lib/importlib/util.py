"""importlib.util: find_spec and the helpers around it, over jpsyco's importer.

A module already imported answers with its own __spec__. Otherwise the spec is looked for
without running the module: a top-level name in the folders of sys.path (NAME.py or
NAME/__init__.py), a submodule in its parent package's __path__ (the parent is imported first,
as CPython does); modules built into jpsyco or shipped with it are imported to learn whether
they exist, which runs no program code.
"""

import sys
import os


def resolve_name(name, package):
    """The absolute name of a relative module name (as importlib.import_module resolves it)."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    dots = len(name) - len(name.lstrip('.'))
    parts = package.rsplit('.', dots - 1)
    if len(parts) < dots:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[dots:]
    return parts[0] + '.' + rest if rest else parts[0]


def _search(name, folders):
    leaf = name.rpartition('.')[2]
    for folder in folders:
        if not isinstance(folder, str):
            continue
        base = os.path.join(folder or '.', leaf)
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return _spec_at(name, init, base)
        if os.path.isfile(base + '.py'):
            return _spec_at(name, base + '.py', None)
    return None


def _spec_at(name, origin, package_dir):
    return _SpecView(name, origin, package_dir)


class _SpecView:
    """The spec of a module found on disk but not imported (the importer makes the others)."""

    def __init__(self, name, origin, package_dir):
        self.name = name
        self.loader = None
        self.origin = origin
        self.loader_state = None
        self.submodule_search_locations = None if package_dir is None else [package_dir]
        self.cached = None
        self.has_location = True
        self.parent = name if package_dir is not None else name.rpartition('.')[0]

    def __repr__(self):
        r = f'ModuleSpec(name={self.name!r}, loader=None, origin={self.origin!r}'
        if self.submodule_search_locations is not None:
            r += f', submodule_search_locations={self.submodule_search_locations!r}'
        return r + ')'

    def __eq__(self, other):
        return (getattr(other, 'name', None) == self.name and getattr(other, 'origin', None) == self.origin
                and getattr(other, 'submodule_search_locations', None) == self.submodule_search_locations)


def find_spec(name, package=None):
    """The spec of module `name` (relative names need `package`), or None when there is none."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    module = sys.modules.get(fullname)
    if module is not None:
        spec = getattr(module, '__spec__', None)
        if spec is None:
            raise ValueError(f'{fullname}.__spec__ is None')
        return spec
    parent, _, _ = fullname.rpartition('.')
    if parent:
        parent_module = __import__(parent, fromlist=['__name__'])
        try:
            folders = parent_module.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent!r} while trying to find {fullname!r}',
                name=fullname) from e
        return _search(fullname, folders)
    spec = _search(fullname, [p for p in sys.path if p])
    if spec is not None:
        return spec
    try:
        __import__(fullname)
    except ImportError:
        return None
    return sys.modules[fullname].__spec__


def spec_from_file_location(name, location, *, submodule_search_locations=None, **_ignored):
    """A spec for the source file `location` (what module_from_spec then runs)."""
    package_dir = None
    if submodule_search_locations:
        package_dir = submodule_search_locations[0]
    return _SpecView(name, location, package_dir)


def module_from_spec(spec):
    """A fresh module for `spec`, its code not run yet (spec.loader.exec_module runs it)."""
    module = type(sys)(spec.name)
    module.__spec__ = spec
    if spec.has_location:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = list(spec.submodule_search_locations)
    return module
