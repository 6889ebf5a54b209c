package org.jpsyco.frontend.python.modules;

/**
 * The {@code collections} module, written in Python: {@code deque}, {@code defaultdict},
 * {@code OrderedDict}, {@code Counter}, {@code namedtuple} and {@code ChainMap}.
 */
final class CollectionsSource {
    private CollectionsSource() {
    }

    static final String SOURCE = """
            import sys as _sys
            __all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict',
                       'deque', 'namedtuple']
            def __getattr__(name):
                # collections.abc is reachable as an attribute once collections is imported, as in CPython
                if name == 'abc':
                    import collections.abc
                    return collections.abc
                if name in ('UserDict', 'UserList', 'UserString'):
                    # made on first use (they need the abstract base classes), then ordinary globals
                    g = globals()
                    exec(g.pop('_USER_SOURCE'), g)
                    return g[name]
                raise AttributeError(f"module 'collections' has no attribute {name!r}")
            _KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
                'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
                'raise', 'return', 'try', 'while', 'with', 'yield'])
            ################ deque ################
            def _deque_iter(d, items):
                # as CPython's deque iterator: a change of the deque between two steps is an error
                n = len(items)
                for x in items:
                    if len(d._l) + len(d._r) != n:
                        raise RuntimeError('deque mutated during iteration')
                    yield x
                if len(d._l) + len(d._r) != n:
                    raise RuntimeError('deque mutated during iteration')
            # Stored as two lists: _l holds the left part reversed (its last item is the
            # leftmost element), _r holds the right part in order. Popping from an empty
            # side moves half of the other side over, so both ends stay amortised O(1).
            class deque:
                __slots__ = ('_l', '_r', '_max')
                def __init__(self, iterable=(), maxlen=None):
                    if maxlen is not None:
                        if not isinstance(maxlen, int):
                            raise TypeError('an integer is required')
                        if maxlen < 0:
                            raise ValueError('maxlen must be non-negative')
                    self._l = []
                    self._r = []
                    self._max = maxlen
                    self.extend(iterable)
                class _MaxLen:
                    def __get__(self, obj, cls=None):
                        return self if obj is None else obj._max
                    def __set__(self, obj, value):
                        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")
                maxlen = _MaxLen()
                del _MaxLen
                def _items(self):
                    return self._l[::-1] + self._r
                def _store(self, items):
                    self._l = []
                    self._r = items
                def __len__(self):
                    return len(self._l) + len(self._r)
                def __bool__(self):
                    return bool(self._l) or bool(self._r)
                def append(self, x):
                    if self._max == 0:
                        return
                    self._r.append(x)
                    if self._max is not None and len(self._l) + len(self._r) > self._max:
                        self.popleft()
                def appendleft(self, x):
                    if self._max == 0:
                        return
                    self._l.append(x)
                    if self._max is not None and len(self._l) + len(self._r) > self._max:
                        self.pop()
                def pop(self):
                    if not self._r:
                        if not self._l:
                            raise IndexError('pop from an empty deque')
                        k = (len(self._l) + 1) // 2
                        self._r = self._l[:k][::-1]
                        del self._l[:k]
                    return self._r.pop()
                def popleft(self):
                    if not self._l:
                        if not self._r:
                            raise IndexError('pop from an empty deque')
                        k = (len(self._r) + 1) // 2
                        self._l = self._r[:k][::-1]
                        del self._r[:k]
                    return self._l.pop()
                def extend(self, iterable):
                    if iterable is self:
                        iterable = list(iterable)
                    for x in iterable:
                        self.append(x)
                def extendleft(self, iterable):
                    if iterable is self:
                        iterable = list(iterable)
                    for x in iterable:
                        self.appendleft(x)
                def clear(self):
                    self._l = []
                    self._r = []
                def copy(self):
                    return type(self)(self, self._max)
                __copy__ = copy
                def rotate(self, n=1):
                    size = len(self)
                    if size <= 1:
                        return
                    n %= size
                    if n:
                        items = self._items()
                        self._store(items[-n:] + items[:-n])
                def reverse(self):
                    self._l, self._r = self._r, self._l
                def count(self, x):
                    return self._items().count(x)
                def index(self, x, start=0, stop=None):
                    items = self._items()
                    if stop is None:
                        stop = len(items)
                    try:
                        return items.index(x, start, stop)
                    except ValueError:
                        raise ValueError('%r is not in deque' % (x,)) from None
                def insert(self, i, x):
                    if self._max is not None and len(self) >= self._max:
                        raise IndexError('deque already at its maximum size')
                    items = self._items()
                    items.insert(i, x)
                    self._store(items)
                def remove(self, value):
                    items = self._items()
                    for i, x in enumerate(items):
                        if x is value or x == value:
                            del items[i]
                            self._store(items)
                            return
                    raise ValueError('%r is not in deque' % (value,))
                def _index(self, i):
                    if not isinstance(i, int):
                        raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
                    n = len(self)
                    if i < 0:
                        i += n
                    if i < 0 or i >= n:
                        raise IndexError('deque index out of range')
                    return i
                def __getitem__(self, i):
                    i = self._index(i)
                    nl = len(self._l)
                    if i < nl:
                        return self._l[nl - 1 - i]
                    return self._r[i - nl]
                def __setitem__(self, i, x):
                    i = self._index(i)
                    nl = len(self._l)
                    if i < nl:
                        self._l[nl - 1 - i] = x
                    else:
                        self._r[i - nl] = x
                def __delitem__(self, i):
                    i = self._index(i)
                    items = self._items()
                    del items[i]
                    self._store(items)
                def __contains__(self, x):
                    return x in self._l or x in self._r
                def __iter__(self):
                    return _deque_iter(self, self._items())
                def __reversed__(self):
                    return iter(self._r[::-1] + self._l)
                def __repr__(self):
                    name = type(self).__name__
                    if self._max is None:
                        return '%s(%r)' % (name, self._items())
                    return '%s(%r, maxlen=%d)' % (name, self._items(), self._max)
                def _cmp(self, other, op):
                    if not isinstance(other, deque):
                        return NotImplemented
                    return op(self._items(), other._items())
                def __eq__(self, other):
                    return self._cmp(other, lambda a, b: a == b)
                def __ne__(self, other):
                    return self._cmp(other, lambda a, b: a != b)
                def __lt__(self, other):
                    return self._cmp(other, lambda a, b: a < b)
                def __le__(self, other):
                    return self._cmp(other, lambda a, b: a <= b)
                def __gt__(self, other):
                    return self._cmp(other, lambda a, b: a > b)
                def __ge__(self, other):
                    return self._cmp(other, lambda a, b: a >= b)
                __hash__ = None
                def __add__(self, other):
                    if not isinstance(other, deque):
                        raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
                    result = self.copy()
                    result.extend(other)
                    return result
                def __iadd__(self, other):
                    self.extend(other)
                    return self
                def __mul__(self, n):
                    return type(self)(self._items() * n, self._max)
                __rmul__ = __mul__
                def __imul__(self, n):
                    items = self._items() * n
                    self.clear()
                    self.extend(items)
                    return self
            ################ defaultdict ################
            class defaultdict(dict):
                def __init__(self, default_factory=None, /, *args, **kwargs):
                    if default_factory is not None and not callable(default_factory):
                        raise TypeError('first argument must be callable or None')
                    dict.__init__(self, *args, **kwargs)
                    self.default_factory = default_factory
                def __missing__(self, key):
                    if self.default_factory is None:
                        raise KeyError(key)
                    value = self.default_factory()
                    self[key] = value
                    return value
                def __repr__(self):
                    return '%s(%r, %s)' % (type(self).__name__, self.default_factory, dict.__repr__(self))
                def copy(self):
                    return type(self)(self.default_factory, self)
                __copy__ = copy
                def __or__(self, other):
                    if not isinstance(other, dict):
                        return NotImplemented
                    result = self.copy()
                    result.update(other)
                    return result
                def __ior__(self, other):
                    self.update(other)
                    return self
            ################ OrderedDict ################
            # dict keeps insertion order, so only the reordering operations and the
            # order-sensitive equality need work here.
            class OrderedDict(dict):
                def move_to_end(self, key, last=True):
                    if key not in self:
                        raise KeyError(key)
                    value = dict.pop(self, key)
                    if last:
                        dict.__setitem__(self, key, value)
                    else:
                        rest = list(dict.items(self))
                        dict.clear(self)
                        dict.__setitem__(self, key, value)
                        for k, v in rest:
                            dict.__setitem__(self, k, v)
                def popitem(self, last=True):
                    if not self:
                        raise KeyError('dictionary is empty')
                    if last:
                        return dict.popitem(self)
                    key = next(iter(dict.keys(self)))
                    return key, dict.pop(self, key)
                def __repr__(self):
                    if not self:
                        return '%s()' % type(self).__name__
                    return '%s(%r)' % (type(self).__name__, list(self.items()))
                def __eq__(self, other):
                    if not isinstance(other, dict):
                        return NotImplemented
                    if dict(dict.items(self)) != dict(dict.items(other)):
                        return False
                    return not isinstance(other, OrderedDict) or list(self) == list(other)
                def __ne__(self, other):
                    result = self.__eq__(other)
                    if result is NotImplemented:
                        return result
                    return not result
                __hash__ = None
                def copy(self):
                    return type(self)(self)
                __copy__ = copy
                @classmethod
                def fromkeys(cls, iterable, value=None):
                    result = cls()
                    for k in iterable:
                        result[k] = value
                    return result
                def __or__(self, other):
                    if not isinstance(other, dict):
                        return NotImplemented
                    result = type(self)(self)
                    result.update(other)
                    return result
                def __ior__(self, other):
                    self.update(other)
                    return self
            ################ Counter ################
            def _is_mapping(obj):
                return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__'))
            class Counter(dict):
                def __init__(self, iterable=None, /, **kwds):
                    dict.__init__(self)
                    self.update(iterable, **kwds)
                def __missing__(self, key):
                    return 0
                def total(self):
                    return sum(self.values())
                def most_common(self, n=None):
                    # stable sort: equal counts stay in insertion order
                    ranked = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
                    return ranked if n is None else ranked[:max(n, 0)]
                def elements(self):
                    for elem, count in self.items():
                        for _ in range(count):
                            yield elem
                @classmethod
                def fromkeys(cls, iterable, v=None):
                    raise NotImplementedError(
                        'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')
                def update(self, iterable=None, /, **kwds):
                    if iterable is not None:
                        if _is_mapping(iterable):
                            if isinstance(iterable, dict):
                                pairs = dict.items(iterable)
                            else:
                                pairs = [(k, iterable[k]) for k in iterable.keys()]
                            for elem, count in pairs:
                                self[elem] = self.get(elem, 0) + count
                        else:
                            get = self.get
                            for elem in iterable:
                                self[elem] = get(elem, 0) + 1
                    if kwds:
                        self.update(kwds)
                def subtract(self, iterable=None, /, **kwds):
                    if iterable is not None:
                        if _is_mapping(iterable):
                            for elem in iterable.keys():
                                self[elem] = self.get(elem, 0) - iterable[elem]
                        else:
                            for elem in iterable:
                                self[elem] = self.get(elem, 0) - 1
                    if kwds:
                        self.subtract(kwds)
                def copy(self):
                    return self.__class__(self)
                __copy__ = copy
                def __delitem__(self, elem):
                    if elem in self:
                        dict.pop(self, elem, None)
                def __repr__(self):
                    name = self.__class__.__name__
                    if not self:
                        return '%s()' % name
                    try:
                        shown = dict(self.most_common())
                    except TypeError:
                        shown = dict(self)
                    return '%s(%r)' % (name, shown)
                def _all_keys(self, other):
                    keys = list(self)
                    for k in other:
                        if k not in self:
                            keys.append(k)
                    return keys
                def __eq__(self, other):
                    if not isinstance(other, Counter):
                        return NotImplemented
                    return all(self[e] == other[e] for e in self._all_keys(other))
                def __ne__(self, other):
                    if not isinstance(other, Counter):
                        return NotImplemented
                    return not self == other
                def __le__(self, other):
                    if not isinstance(other, Counter):
                        return NotImplemented
                    return all(self[e] <= other[e] for e in self._all_keys(other))
                def __lt__(self, other):
                    if not isinstance(other, Counter):
                        return NotImplemented
                    return self <= other and self != other
                def __ge__(self, other):
                    if not isinstance(other, Counter):
                        return NotImplemented
                    return all(self[e] >= other[e] for e in self._all_keys(other))
                def __gt__(self, other):
                    if not isinstance(other, Counter):
                        return NotImplemented
                    return self >= other and self != other
                __hash__ = None
                def _combine(self, other, op):
                    if not isinstance(other, Counter):
                        return NotImplemented
                    result = Counter()
                    for elem in self._all_keys(other):
                        n = op(self[elem], other[elem])
                        if n > 0:
                            result[elem] = n
                    return result
                def __add__(self, other):
                    return self._combine(other, lambda a, b: a + b)
                def __sub__(self, other):
                    return self._combine(other, lambda a, b: a - b)
                def __or__(self, other):
                    return self._combine(other, lambda a, b: b if a < b else a)
                def __and__(self, other):
                    return self._combine(other, lambda a, b: a if a < b else b)
                def __pos__(self):
                    result = Counter()
                    for elem, count in self.items():
                        if count > 0:
                            result[elem] = count
                    return result
                def __neg__(self):
                    result = Counter()
                    for elem, count in self.items():
                        if count < 0:
                            result[elem] = 0 - count
                    return result
                def _keep_positive(self):
                    for elem in [e for e, c in self.items() if not c > 0]:
                        dict.pop(self, elem, None)
                    return self
                def __iadd__(self, other):
                    for elem, count in other.items():
                        self[elem] += count
                    return self._keep_positive()
                def __isub__(self, other):
                    for elem, count in other.items():
                        self[elem] -= count
                    return self._keep_positive()
                def __ior__(self, other):
                    for elem, count in other.items():
                        if count > self[elem]:
                            self[elem] = count
                    return self._keep_positive()
                def __iand__(self, other):
                    for elem, count in self.items():
                        o = other[elem]
                        if o < count:
                            self[elem] = o
                    return self._keep_positive()
            ################ namedtuple ################
            def _count_words(names):
                quoted = ["'%s'" % n for n in names]
                if len(quoted) == 1:
                    return quoted[0]
                if len(quoted) == 2:
                    return quoted[0] + ' and ' + quoted[1]
                return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
            class _TupleField:
                # read-only access to one item of a named tuple
                __slots__ = ('index', '__doc__')
                def __init__(self, index, doc):
                    self.index = index
                    self.__doc__ = doc
                def __get__(self, obj, cls=None):
                    if obj is None:
                        return self
                    return obj[self.index]
                def __set__(self, obj, value):
                    raise AttributeError("can't set attribute")
                def __delete__(self, obj):
                    raise AttributeError("can't delete attribute")
            def _field_getter(index, doc):
                return _TupleField(index, doc)
            def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
                if isinstance(field_names, str):
                    field_names = field_names.replace(',', ' ').split()
                field_names = list(map(str, field_names))
                typename = str(typename)
                if rename:
                    seen = set()
                    for i, name in enumerate(field_names):
                        if (not name.isidentifier() or name in _KEYWORDS
                                or name.startswith('_') or name in seen):
                            field_names[i] = '_%d' % i
                        seen.add(name)
                for name in [typename] + field_names:
                    if not name.isidentifier():
                        raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
                    if name in _KEYWORDS:
                        raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
                seen = set()
                for name in field_names:
                    if name.startswith('_') and not rename:
                        raise ValueError('Field names cannot start with an underscore: %r' % (name,))
                    if name in seen:
                        raise ValueError('Encountered duplicate field name: %r' % (name,))
                    seen.add(name)
                fields = tuple(field_names)
                nfields = len(fields)
                field_defaults = {}
                if defaults is not None:
                    defaults = tuple(defaults)
                    if len(defaults) > nfields:
                        raise TypeError('Got more default values than field names')
                    for name, value in zip(fields[nfields - len(defaults):], defaults):
                        field_defaults[name] = value
                nrequired = nfields - len(field_defaults)
                repr_fmt = '(' + ', '.join('%s=%%r' % name for name in fields) + ')'
                def __new__(_cls, *args, **kwargs):
                    if len(args) > nfields:
                        if nrequired == nfields:
                            expected = '%d positional argument%s' % (nfields + 1, '' if nfields == 0 else 's')
                        else:
                            expected = 'from %d to %d positional arguments' % (nrequired + 1, nfields + 1)
                        raise TypeError('%s.__new__() takes %s but %d were given'
                                        % (typename, expected, len(args) + 1))
                    values = list(args)
                    missing = []
                    for name in fields[len(args):]:
                        if name in kwargs:
                            values.append(kwargs.pop(name))
                        elif name in field_defaults:
                            values.append(field_defaults[name])
                        else:
                            missing.append(name)
                    for name in kwargs:
                        if name in fields:
                            raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, name))
                        raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, name))
                    if missing:
                        raise TypeError('%s.__new__() missing %d required positional argument%s: %s'
                                        % (typename, len(missing), '' if len(missing) == 1 else 's',
                                           _count_words(missing)))
                    return tuple.__new__(_cls, values)
                def _make(cls, iterable):
                    result = tuple.__new__(cls, iterable)
                    if len(result) != nfields:
                        raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
                    return result
                def _replace(self, /, **kwds):
                    values = [kwds.pop(name, old) for name, old in zip(fields, self)]
                    if kwds:
                        raise ValueError('Got unexpected field names: %r' % (list(kwds),))
                    return self._make(values)
                def __repr__(self):
                    return self.__class__.__name__ + repr_fmt % tuple(self)
                def _asdict(self):
                    return dict(zip(self._fields, self))
                def __getnewargs__(self):
                    return tuple(self)
                namespace = {
                    '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
                    '__slots__': (),
                    '_fields': fields,
                    '_field_defaults': field_defaults,
                    '__new__': __new__,
                    '_make': classmethod(_make),
                    '_replace': _replace,
                    '__repr__': __repr__,
                    '_asdict': _asdict,
                    '__getnewargs__': __getnewargs__,
                    '__match_args__': fields,
                }
                for i, name in enumerate(fields):
                    namespace[name] = _field_getter(i, 'Alias for field number %d' % i)
                if module is None:
                    try:
                        module = _sys._getframe(1).f_globals.get('__name__', '__main__')
                    except (AttributeError, ValueError):
                        module = '__main__'
                namespace['__module__'] = module
                return type(typename, (tuple,), namespace)
            ################ ChainMap ################
            class ChainMap:
                def __init__(self, *maps):
                    self.maps = list(maps) or [{}]
                def __missing__(self, key):
                    raise KeyError(key)
                def __getitem__(self, key):
                    for mapping in self.maps:
                        if key in mapping:
                            return mapping[key]
                    return self.__missing__(key)
                def get(self, key, default=None):
                    return self[key] if key in self else default
                def _merged_keys(self):
                    seen = {}
                    for mapping in reversed(self.maps):
                        for k in mapping:
                            seen[k] = None
                    return list(seen)
                def __len__(self):
                    return len(self._merged_keys())
                def __iter__(self):
                    return iter(self._merged_keys())
                def __contains__(self, key):
                    return any(key in m for m in self.maps)
                def __bool__(self):
                    return any(self.maps)
                def keys(self):
                    return {k: None for k in self}.keys()
                def items(self):
                    return {k: self[k] for k in self}.items()
                def values(self):
                    return {k: self[k] for k in self}.values()
                def __repr__(self):
                    return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))
                def copy(self):
                    return self.__class__(self.maps[0].copy(), *self.maps[1:])
                __copy__ = copy
                def new_child(self, m=None, **kwargs):
                    if m is None:
                        m = kwargs
                    elif kwargs:
                        m.update(kwargs)
                    return self.__class__(m, *self.maps)
                @property
                def parents(self):
                    return self.__class__(*self.maps[1:])
                def __setitem__(self, key, value):
                    self.maps[0][key] = value
                def __delitem__(self, key):
                    try:
                        del self.maps[0][key]
                    except KeyError:
                        raise KeyError('Key not found in the first mapping: %r' % (key,)) from None
                def pop(self, key, *default):
                    try:
                        return self.maps[0].pop(key, *default)
                    except KeyError:
                        raise KeyError('Key not found in the first mapping: %r' % (key,)) from None
                def popitem(self):
                    try:
                        return self.maps[0].popitem()
                    except KeyError:
                        raise KeyError('No keys found in the first mapping.') from None
                def clear(self):
                    self.maps[0].clear()
                def __eq__(self, other):
                    if isinstance(other, ChainMap):
                        other = dict(other.items())
                    return dict(self.items()) == other
                __hash__ = None
                def setdefault(self, key, default=None):
                    if key not in self:
                        self[key] = default
                    return self[key]
                def update(self, other=(), /, **kwds):
                    self.maps[0].update(other, **kwds)
            """;
}
