"""Mock objects and patching for tests, with the interface of CPython 3.11's unittest.mock.

A Mock records every call made to it and to the child mocks its attributes create
(`call_args`, `call_args_list`, `mock_calls`, `method_calls`), returns `return_value` or
acts out `side_effect`, and checks what happened with the `assert_*` methods, whose failure
messages are CPython's. `MagicMock` also answers the magic methods (len, iteration, with,
comparison, ...). Each mock gets a class of its own, so that magic methods configured on one
mock (they live on the type, where Python looks them up) never leak into another.
`patch`, `patch.object` and `patch.dict` swap attributes or dict items for the duration of a
function, class or with block.
"""

import builtins
import functools
import importlib
import inspect
import pprint
import sys

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
           'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open', 'PropertyMock',
           'seal', 'AsyncMock')

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """sentinel.NAME: a unique, named object."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _AnyType:
    """Equal to everything: a wildcard in expected calls."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'

    __hash__ = object.__hash__


ANY = _AnyType()


from unittest._mock_call import (  # noqa: E402  (call objects, in their own file)
    _format_args, _Call, call, _CallList)


# ---- mocks ----

_MAGICS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False, '__complex__': 1j, '__float__': 1.0,
    '__bool__': True, '__index__': 1, '__hash__': None, '__str__': None, '__sizeof__': None,
    '__fspath__': None, '__enter__': None, '__iter__': None, '__getitem__': None, '__setitem__': None,
    '__delitem__': None, '__eq__': None, '__ne__': None, '__call__': None, '__round__': None,
    '__trunc__': None, '__floor__': None, '__ceil__': None, '__neg__': None, '__pos__': None,
    '__abs__': None, '__invert__': None, '__add__': None, '__sub__': None, '__mul__': None,
    '__truediv__': None, '__floordiv__': None, '__mod__': None, '__pow__': None, '__and__': None,
    '__or__': None, '__xor__': None, '__lshift__': None, '__rshift__': None, '__matmul__': None,
}
_CALLABLE_MAGICS = set(_MAGICS) - {'__call__'}


def _magic_default(mock, name):
    if name == '__iter__':
        return iter([])
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock)
    if name == '__fspath__':
        return '%s/%s' % (type(mock).__name__, id(mock))
    if name == '__eq__':
        return None
    return DEFAULT


class NonCallableMock:
    """A mock that is not callable; see Mock."""

    def __new__(cls, *args, **kwargs):
        # a class per instance: magic methods configured on it stay with it
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__, '__module__': cls.__module__,
                                          '_mock_own_class': True})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _new_name='',
                 _new_parent=None, return_value=DEFAULT, side_effect=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_return_value'] = return_value
        d['_mock_side_effect'] = None
        d['_mock_unsafe'] = unsafe
        d['_mock_sealed'] = False
        d['method_calls'] = _CallList()
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['call_count'] = 0
        d['call_args'] = None
        d['called'] = False
        self._mock_set_spec(spec_set if spec_set is not None else spec, spec_set is not None)
        d['_mock_side_effect'] = side_effect
        self.configure_mock(**kwargs)

    def _mock_set_spec(self, spec, strict):
        names = None
        spec_class = None
        if spec is not None:
            if isinstance(spec, (list, tuple)) and not isinstance(spec, type):
                names = set(spec)
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                names = set(dir(spec))
        self.__dict__['_spec_names'] = names
        self.__dict__['_spec_class'] = spec_class
        self.__dict__['_spec_set'] = strict

    @property
    def __class__(self):
        spec_class = self.__dict__.get('_spec_class')
        if spec_class is not None:
            return spec_class
        return type(self)

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = self
        mock.__dict__['_mock_new_parent'] = self
        mock.__dict__['_mock_name'] = attribute
        mock.__dict__['_mock_new_name'] = attribute
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_set_spec(spec, spec_set)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda kv: kv[0].count('.')):
            *path, final = arg.split('.')
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        visited = [] if visited is None else visited
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in d['_mock_children'].values():
            if isinstance(child, NonCallableMock) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)

    # -- return_value and side_effect --

    def _get_return_value(self):
        ret = self.__dict__['_mock_return_value']
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if isinstance(value, NonCallableMock) and value._mock_parent is None and value._mock_new_parent is None \
                and not self._mock_has_ancestor(value):
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    def _mock_has_ancestor(self, other):
        # adopting an ancestor would make the chain of parents a cycle
        node = self
        while node is not None:
            if node is other:
                return True
            node = node.__dict__['_mock_new_parent']
        return False

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self.__dict__['_mock_side_effect']

    def _set_side_effect(self, value):
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    # -- attributes --

    def __getattr__(self, name):
        if name.startswith('_mock_') or name in ('_spec_names', '_spec_class', '_spec_set'):
            raise AttributeError(name)
        names = self.__dict__.get('_spec_names')
        if names is not None and name not in names:
            raise AttributeError("Mock object has no attribute %r" % name)
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self.__dict__.get('_mock_unsafe') and names is None and \
                name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock if %r is meant to be "
                                 "an attribute." % (name, name))
        children = self.__dict__['_mock_children']
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = self.__dict__['_mock_wraps']
            if self.__dict__['_mock_sealed']:
                raise AttributeError("%s.%s" % (self._extract_mock_name(), name))
            result = self._get_child_mock(parent=self, name=name, _new_name=name, _new_parent=self,
                                          wraps=getattr(wraps, name) if wraps is not None else None)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        names = self.__dict__.get('_spec_names')
        if (self.__dict__.get('_spec_set') and names is not None and name not in names
                and name not in type(self).__dict__ and name not in NonCallableMock.__dict__
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _MAGICS and isinstance(self, MagicMixin):
            if not isinstance(value, NonCallableMock) and not callable(value):
                pass
            self._mock_set_magic(name, value)
            return
        if name in ('return_value', 'side_effect') or (name in NonCallableMock.__dict__) or name.startswith('_mock_'):
            object.__setattr__(self, name, value)
            return
        if isinstance(value, NonCallableMock) and value._mock_parent is None and value._mock_new_parent is None \
                and value._mock_name is None and not self._mock_has_ancestor(value):
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_name'] = name
            value.__dict__['_mock_new_name'] = name
            self.__dict__['_mock_children'][name] = value
            return
        self.__dict__['_mock_children'].pop(name, None)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        children = self.__dict__['_mock_children']
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif children.get(name) is _deleted:
            raise AttributeError(name)
        children[name] = _deleted

    def __dir__(self):
        extras = sorted(k for k, v in self.__dict__['_mock_children'].items() if v is not _deleted)
        base = sorted(self.__dict__.get('_spec_names') or [])
        return sorted(set(base + extras + [n for n in dir(type(self)) if not n.startswith('_')]))

    def _get_child_mock(self, **kw):
        if self.__dict__['_mock_sealed']:
            raise AttributeError(self._extract_mock_name())
        own = type(self)
        base = own.__bases__[0] if own.__dict__.get('_mock_own_class') else own
        if base in (NonCallableMock,):
            base = Mock
        elif base is NonCallableMagicMock:
            base = MagicMock
        elif not issubclass(base, CallableMixin) and issubclass(base, (Mock, MagicMock)) is False:
            base = MagicMock if issubclass(base, MagicMixin) else Mock
        return base(**kw)

    # -- names --

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            parent = parent._mock_new_parent
        names = list(reversed(names))
        if last._mock_name is not None and last._mock_new_parent is None:
            names[0] = last._mock_name
        elif names[0] == '' or last._mock_new_parent is None:
            names[0] = last._mock_name or 'mock'
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        spec = ''
        if self.__dict__.get('_spec_class') is not None:
            spec = ' %s=%r' % ('spec_set' if self._spec_set else 'spec', self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, " name=%r" % name if name not in ('mock', None) else '',
                                     spec, id(self))

    def _call_name(self):
        return self._mock_name or 'mock'

    # -- assertions --

    def _format_call(self, args, kwargs):
        return _format_args(self._call_name(), args, kwargs)

    def _calls_repr(self):
        return "\nCalls: %r." % (self.mock_calls,) if self.mock_calls else ""

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._call_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._call_name())

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._call_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % self._format_call(args, kwargs))
        if self.call_args != _Call((args, kwargs), two=True):
            actual = self._format_call(*self.call_args)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (self._format_call(args, kwargs), actual))

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._call_name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            raise AssertionError('%s call not found' % self._format_call(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        actual = self.mock_calls
        if not any_order:
            if expected not in actual:
                raise AssertionError('Calls not found.\nExpected: %r\n  Actual: %r' % (_CallList(expected), actual))
            return
        remaining = list(actual)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._call_name(), tuple(missing), actual))


class CallableMixin:
    def __call__(self, *args, **kwargs):
        self._mock_record_call(args, kwargs)
        return self._mock_execute(args, kwargs)

    def _mock_record_call(self, args, kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        this = _Call((args, kwargs), two=True)
        d['call_args'] = this
        d['call_args_list'].append(this)
        # the call shows in the mock_calls of every ancestor, named by the path to it
        d['mock_calls'].append(_Call(('', args, kwargs)))
        name = d['_mock_new_name']
        is_method = True
        parent = d['_mock_new_parent']
        method_name = d['_mock_name']
        while parent is not None:
            pd = parent.__dict__
            if is_method and method_name is not None and d['_mock_parent'] is not None:
                pass
            pd['mock_calls'].append(_Call((name, args, kwargs)))
            parent_name = pd['_mock_new_name']
            if parent_name:
                name = parent_name + ('' if name.startswith('()') else '.') + name if parent_name != '()' \
                    else '()' + ('' if name.startswith('()') else '.') + name
            parent = pd['_mock_new_parent']
        # method_calls: only through attribute (not return value) links
        name = d['_mock_name']
        node = self
        parent = d['_mock_parent']
        while parent is not None and name is not None:
            parent.__dict__['method_calls'].append(_Call((name, args, kwargs)))
            node = parent
            pname = node.__dict__['_mock_name']
            parent = node.__dict__['_mock_parent']
            if parent is None:
                break
            name = pname + '.' + name

    def _mock_execute(self, args, kwargs):
        effect = self.__dict__['_mock_side_effect']
        if effect is not None:
            if isinstance(effect, BaseException) or isinstance(effect, type) and issubclass(effect, BaseException):
                raise effect
            if not callable(effect):
                result = next(effect) if hasattr(effect, '__next__') else None
                if not hasattr(effect, '__next__'):
                    it = iter(effect)
                    self.__dict__['_mock_side_effect'] = it
                    result = next(it)
                if isinstance(result, BaseException) or isinstance(result, type) and issubclass(result, BaseException):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self.__dict__['_mock_return_value'] is not DEFAULT:
            return self.return_value
        wraps = self.__dict__['_mock_wraps']
        if wraps is not None:
            return wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls and returns return_value (a child mock by default)."""


class MagicMixin:
    def _mock_set_magic(self, name, value):
        own = type(self)
        if not isinstance(value, NonCallableMock) and callable(value):
            fn = value

            def method(self, *args, **kw):
                return fn(self, *args, **kw)
            setattr(own, name, method)
            return
        self.__dict__['_mock_children'][name] = value
        if isinstance(value, NonCallableMock):
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_parent'] = None
            value.__dict__['_mock_new_name'] = name
            value.__dict__['_mock_name'] = name
        self._mock_install_magic(name)

    def _mock_install_magic(self, name):
        setattr(type(self), name, _MagicSlot(name))

    def _mock_magic(self, name):
        children = self.__dict__['_mock_children']
        m = children.get(name)
        if m is None:
            m = MagicProxyMock(name=name, parent=None, _new_name=name, _new_parent=self)
            default = _MAGICS.get(name)
            if default is None:
                default = _magic_default(self, name)
            if name == '__enter__':
                default = DEFAULT
            if name == '__eq__':
                mock = self

                def eq(other):
                    ret = m.__dict__['_mock_return_value']
                    if ret is not DEFAULT:
                        return ret
                    return mock is other
                m.__dict__['_mock_side_effect'] = eq
            elif name == '__ne__':
                mock = self

                def ne(other):
                    return mock is not other
                m.__dict__['_mock_side_effect'] = ne
            elif name == '__iter__':
                m.__dict__['_mock_side_effect'] = lambda: iter([]) if m.__dict__['_mock_return_value'] is DEFAULT \
                    else iter(m.__dict__['_mock_return_value'])
            elif default is not DEFAULT:
                m.__dict__['_mock_return_value'] = default
            children[name] = m
        return m

    def _mock_setup_magics(self):
        for name in _MAGICS:
            if name in ('__call__',):
                continue
            self._mock_install_magic(name)


class _MagicSlot:
    """A magic method on a MagicMock's own class: both `len(m)` and `m.__len__` reach the
    child mock that stands for it."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._mock_magic(self.name)


class MagicProxyMock(Mock):
    def _get_child_mock(self, **kw):
        return MagicMock(**kw)


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def __init__(self, *args, **kwargs):
        NonCallableMock.__init__(self, *args, **kwargs)
        self._mock_setup_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock that also implements the magic methods, with sensible default results."""

    def __init__(self, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        self._mock_setup_magics()


class AsyncMock(MagicMock):
    """A MagicMock whose calls return awaitables."""

    def __call__(self, *args, **kwargs):
        result = MagicMock.__call__(self, *args, **kwargs)

        async def proxy():
            return result
        return proxy()


class PropertyMock(Mock):
    """A mock used as a property on a class: getting calls it, setting calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stops the mock (and its current children) from creating new child mocks."""
    mock.__dict__['_mock_sealed'] = True
    for child in list(mock.__dict__['_mock_children'].values()):
        if isinstance(child, NonCallableMock):
            seal(child)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    """A mock whose attributes follow spec; functions check their call signature."""
    is_type = isinstance(spec, type)
    cls = MagicMock if (is_type or callable(spec)) and not instance else NonCallableMagicMock
    m = cls(spec=spec, spec_set=spec_set, name=_name, **kwargs)
    if inspect.isfunction(spec) or inspect.ismethod(spec):
        sig = inspect.signature(spec)
        inner = m

        @functools.wraps(spec)
        def checked(*args, **kw):
            sig.bind(*args, **kw)
            return inner(*args, **kw)
        checked.mock = inner
        for attr in ('assert_called_with', 'assert_called_once_with', 'assert_called', 'assert_not_called',
                     'assert_called_once', 'assert_any_call', 'assert_has_calls', 'reset_mock'):
            setattr(checked, attr, getattr(inner, attr))
        checked.return_value = inner.return_value
        return checked
    return m


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(), whose file reads give read_data."""
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock()
    handle.__enter__.return_value = handle
    state = {'data': read_data}

    def lines():
        data = state['data']
        return data.splitlines(keepends=True)
    handle.read.side_effect = lambda *a: state['data']
    handle.readline.side_effect = lambda *a: (lines() or [''])[0]
    handle.readlines.side_effect = lambda *a: lines()
    handle.__iter__.side_effect = lambda: iter(lines())
    handle.write.return_value = None
    mock.return_value = handle
    return mock


from unittest._mock_patch import (  # noqa: E402  (patching, in its own file)
    _importer, _get_target, _patch, patch, _patch_object, _patch_multiple, _MultiPatch, _patch_dict,
    _stopall)

for _cls in (_Call, _CallList, _patch, _MultiPatch, _patch_dict):
    _cls.__module__ = __name__
for _fn in (patch, _patch_object, _patch_multiple, _stopall):
    _fn.__module__ = __name__
del _cls, _fn
