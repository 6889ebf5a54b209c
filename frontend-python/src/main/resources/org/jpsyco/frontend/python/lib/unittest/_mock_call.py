"""unittest.mock's call objects: call, the _Call tuples a mock records and their lists."""

import pprint


# ---- call objects ----

def _format_args(name, args, kwargs):
    parts = [repr(a) for a in args] + ['%s=%r' % kv for kv in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A recorded call: a (name, args, kwargs) triple compared as CPython's call objects are.

    `call(1, a=2)` builds one; `call.method(...)` names a call of a child; call_args items
    compare equal to (args, kwargs) pairs."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args, kwargs = (), {}
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            (v,) = value
            if isinstance(v, str):
                name = v
            elif isinstance(v, tuple):
                args = v
            else:
                kwargs = v
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return None, args, kwargs
        return self

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                other_args, other_kwargs = (second, {}) if isinstance(second, tuple) else ((), second)
            else:
                other_name, other_args, other_kwargs = None, first, second
        elif len_other == 1:
            (v,) = other
            other_name, other_args, other_kwargs = None, (), {}
            if isinstance(v, str):
                other_name = v
            elif isinstance(v, tuple):
                other_args = v
            else:
                other_kwargs = v
        elif len_other == 0:
            other_name, other_args, other_kwargs = None, (), {}
        else:
            return False
        if self_name and other_name and self_name != other_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name + '()' if False else self._mock_name, args, kwargs),
                     name=self._mock_name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr.startswith('_mock_'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in tuple.__dict__ and attr not in ('__eq__', '__ne__', '__hash__', '__repr__', '__getattribute__',
                                                   '__new__', '__init__', '__len__', '__iter__', '__getitem__'):
            raise AttributeError(attr)
        return object.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def call_list(self):
        calls = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                calls.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(calls))

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            return name if name.startswith('()') else 'call.%s' % name if name != 'call' else name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_args(name, args, kwargs)


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))
