"""unittest.mock's patching: patch, patch.object, patch.multiple, patch.dict and stopall,
as decorators of functions and classes and as context managers (unittest.mock imports them)."""

import functools
import importlib
import sys
from unittest.mock import (DEFAULT, MagicMock, NonCallableMagicMock, NonCallableMock, _missing, create_autospec)


# ---- patching ----

def _importer(target):
    parts = target.split('.')
    name = parts.pop(0)
    thing = importlib.import_module(name)
    for part in parts:
        name += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            thing = importlib.import_module(name)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return lambda: _importer(target), attribute


class _patch:
    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.is_started = False

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                      self.autospec, self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for name in dir(func):
                if name.startswith(patch.TEST_PREFIX):
                    value = getattr(func, name)
                    if callable(value):
                        setattr(func, name, self.copy()(value))
            return func
        if hasattr(func, 'patchings'):
            # stacked decorators share one wrapper; the innermost patch gives the first argument
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **kw):
            entered = []
            try:
                for patcher in patched.patchings:
                    new = patcher.__enter__()
                    entered.append(patcher)
                    if patcher.new is DEFAULT:
                        args = args + (new,)
                return func(*args, **kw)
            finally:
                info = sys.exc_info()
                for patcher in reversed(entered):
                    patcher.__exit__(*info)
        patched.patchings = [self]
        return patched

    def __enter__(self):
        self.target = self.getter()
        original = getattr(self.target, self.attribute, _missing)
        if original is _missing and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (self.target, self.attribute))
        local = self.attribute in getattr(self.target, '__dict__', {})
        new = self.new
        if new is DEFAULT:
            spec = self.spec
            if spec is True:
                spec = original
            if self.autospec is not None and self.autospec is not False:
                new = create_autospec(original if self.autospec is True else self.autospec, _name=self.attribute,
                                      **self.kwargs)
            else:
                factory = self.new_callable or MagicMock
                kw = dict(self.kwargs)
                if spec is not None:
                    kw['spec'] = spec
                if self.spec_set is not None:
                    kw['spec_set'] = original if self.spec_set is True else self.spec_set
                if factory is MagicMock and spec is not None and not callable(spec):
                    factory = NonCallableMagicMock
                if self.new_callable is None or issubclass(factory, NonCallableMock):
                    kw.setdefault('name', self.attribute)
                new = factory(**kw)
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new)
        self.new_value = new
        self.is_started = True
        return new

    def __exit__(self, *exc_info):
        if not self.is_started:
            return False
        if self.is_local and self.temp_original is not _missing:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        self.is_started = False
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


_patch._active_patches = []


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    """Replaces target ('package.module.attribute') with new, a MagicMock by default."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    patchers = [_patch(getter, attr, new, spec, create, spec_set, autospec, new_callable, {})
                for attr, new in kwargs.items()]
    return _MultiPatch(patchers)


class _MultiPatch:
    def __init__(self, patchers):
        self.patchers = patchers

    def __enter__(self):
        result = {}
        for p in self.patchers:
            value = p.__enter__()
            if p.new is DEFAULT:
                result[p.attribute] = value
        return result

    def __exit__(self, *exc):
        for p in reversed(self.patchers):
            p.__exit__(*exc)
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def patched(*args, **kw):
            with self as made:
                kw.update(made)
                return func(*args, **kw)
        return patched

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


class _patch_dict:
    """patch.dict: sets items of a dict (or the dict a name refers to) and restores it after."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                if name.startswith(patch.TEST_PREFIX) and callable(getattr(f, name)):
                    setattr(f, name, _patch_dict(self.in_dict, self.values, self.clear)(getattr(f, name)))
            return f

        @functools.wraps(f)
        def patched(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return patched

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._original = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def _unpatch_dict(self):
        self.in_dict.clear()
        self.in_dict.update(self._original)

    def __enter__(self):
        return self._patch_dict()

    def __exit__(self, *args):
        self._unpatch_dict()
        return False

    start = __enter__

    def stop(self):
        self._unpatch_dict()


def _stopall():
    for p in reversed(list(_patch._active_patches)):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _stopall
patch.TEST_PREFIX = 'test'
