package org.jpsyco.frontend.python.modules;

/**
 * {@code collections.UserDict}, {@code UserList} and {@code UserString}: wrappers around a real
 * dict, list or str in {@code .data}, made for subclassing. They are built the first time one is
 * asked for (through the module's {@code __getattr__}), so importing {@code collections} does
 * not pay for the abstract base classes they stand on.
 */
final class CollectionsUserSource {
    private CollectionsUserSource() {
    }

    static final String SOURCE = """
            from _collections_abc import MutableMapping as _MutableMapping, MutableSequence as _MutableSequence
            from _collections_abc import Sequence as _Sequence

            class UserDict(_MutableMapping):

                def __init__(self, dict=None, /, **kwargs):
                    self.data = {}
                    if dict is not None:
                        self.update(dict)
                    if kwargs:
                        self.update(kwargs)

                def __len__(self):
                    return len(self.data)

                def __getitem__(self, key):
                    if key in self.data:
                        return self.data[key]
                    if hasattr(self.__class__, '__missing__'):
                        return self.__class__.__missing__(self, key)
                    raise KeyError(key)

                def __setitem__(self, key, item):
                    self.data[key] = item

                def __delitem__(self, key):
                    del self.data[key]

                def __iter__(self):
                    return iter(self.data)

                def __contains__(self, key):
                    return key in self.data

                def __repr__(self):
                    return repr(self.data)

                def __or__(self, other):
                    if isinstance(other, UserDict):
                        return self.__class__(self.data | other.data)
                    if isinstance(other, dict):
                        return self.__class__(self.data | other)
                    return NotImplemented

                def __ror__(self, other):
                    if isinstance(other, UserDict):
                        return self.__class__(other.data | self.data)
                    if isinstance(other, dict):
                        return self.__class__(other | self.data)
                    return NotImplemented

                def __ior__(self, other):
                    self.data |= other.data if isinstance(other, UserDict) else other
                    return self

                def __copy__(self):
                    inst = self.__class__.__new__(self.__class__)
                    inst.__dict__.update(self.__dict__)
                    inst.__dict__['data'] = self.__dict__['data'].copy()
                    return inst

                def copy(self):
                    if self.__class__ is UserDict:
                        return UserDict(self.data.copy())
                    import copy
                    data = self.data
                    try:
                        self.data = {}
                        c = copy.copy(self)
                    finally:
                        self.data = data
                    c.update(self)
                    return c

                @classmethod
                def fromkeys(cls, iterable, value=None):
                    d = cls()
                    for key in iterable:
                        d[key] = value
                    return d

            class UserList(_MutableSequence):

                def __init__(self, initlist=None):
                    self.data = []
                    if initlist is not None:
                        if type(initlist) == type(self.data):
                            self.data[:] = initlist
                        elif isinstance(initlist, UserList):
                            self.data[:] = initlist.data[:]
                        else:
                            self.data = list(initlist)

                def __repr__(self):
                    return repr(self.data)

                def _cast(self, other):
                    return other.data if isinstance(other, UserList) else other

                def __lt__(self, other):
                    return self.data < self._cast(other)

                def __le__(self, other):
                    return self.data <= self._cast(other)

                def __eq__(self, other):
                    return self.data == self._cast(other)

                def __gt__(self, other):
                    return self.data > self._cast(other)

                def __ge__(self, other):
                    return self.data >= self._cast(other)

                def __contains__(self, item):
                    return item in self.data

                def __len__(self):
                    return len(self.data)

                def __getitem__(self, i):
                    if isinstance(i, slice):
                        return self.__class__(self.data[i])
                    return self.data[i]

                def __setitem__(self, i, item):
                    self.data[i] = item

                def __delitem__(self, i):
                    del self.data[i]

                def __add__(self, other):
                    if isinstance(other, UserList):
                        return self.__class__(self.data + other.data)
                    if isinstance(other, type(self.data)):
                        return self.__class__(self.data + other)
                    return self.__class__(self.data + list(other))

                def __radd__(self, other):
                    if isinstance(other, UserList):
                        return self.__class__(other.data + self.data)
                    if isinstance(other, type(self.data)):
                        return self.__class__(other + self.data)
                    return self.__class__(list(other) + self.data)

                def __iadd__(self, other):
                    if isinstance(other, UserList):
                        self.data += other.data
                    elif isinstance(other, type(self.data)):
                        self.data += other
                    else:
                        self.data += list(other)
                    return self

                def __mul__(self, n):
                    return self.__class__(self.data * n)

                __rmul__ = __mul__

                def __imul__(self, n):
                    self.data *= n
                    return self

                def __copy__(self):
                    inst = self.__class__.__new__(self.__class__)
                    inst.__dict__.update(self.__dict__)
                    inst.__dict__['data'] = self.__dict__['data'][:]
                    return inst

                def append(self, item):
                    self.data.append(item)

                def insert(self, i, item):
                    self.data.insert(i, item)

                def pop(self, i=-1):
                    return self.data.pop(i)

                def remove(self, item):
                    self.data.remove(item)

                def clear(self):
                    self.data.clear()

                def copy(self):
                    return self.__class__(self)

                def count(self, item):
                    return self.data.count(item)

                def index(self, item, *args):
                    return self.data.index(item, *args)

                def reverse(self):
                    self.data.reverse()

                def sort(self, /, *args, **kwds):
                    self.data.sort(*args, **kwds)

                def extend(self, other):
                    if isinstance(other, UserList):
                        self.data.extend(other.data)
                    else:
                        self.data.extend(other)

            class UserString(_Sequence):

                def __init__(self, seq):
                    if isinstance(seq, str):
                        self.data = seq
                    elif isinstance(seq, UserString):
                        self.data = seq.data[:]
                    else:
                        self.data = str(seq)

                def __str__(self):
                    return str(self.data)

                def __repr__(self):
                    return repr(self.data)

                def __int__(self):
                    return int(self.data)

                def __float__(self):
                    return float(self.data)

                def __complex__(self):
                    return complex(self.data)

                def __hash__(self):
                    return hash(self.data)

                def __getnewargs__(self):
                    return (self.data[:],)

                def _cast(self, other):
                    return other.data if isinstance(other, UserString) else other

                def __eq__(self, string):
                    return self.data == self._cast(string)

                def __lt__(self, string):
                    return self.data < self._cast(string)

                def __le__(self, string):
                    return self.data <= self._cast(string)

                def __gt__(self, string):
                    return self.data > self._cast(string)

                def __ge__(self, string):
                    return self.data >= self._cast(string)

                def __contains__(self, char):
                    return self._cast(char) in self.data

                def __len__(self):
                    return len(self.data)

                def __getitem__(self, index):
                    return self.__class__(self.data[index])

                def __add__(self, other):
                    if isinstance(other, UserString):
                        return self.__class__(self.data + other.data)
                    if isinstance(other, str):
                        return self.__class__(self.data + other)
                    return self.__class__(self.data + str(other))

                def __radd__(self, other):
                    if isinstance(other, str):
                        return self.__class__(other + self.data)
                    return self.__class__(str(other) + self.data)

                def __mul__(self, n):
                    return self.__class__(self.data * n)

                __rmul__ = __mul__

                def __mod__(self, args):
                    return self.__class__(self.data % args)

                def __rmod__(self, template):
                    return self.__class__(str(template) % self)

            def _user_string_methods():
                # str methods that answer a str give a UserString of the same class; the others
                # (counts, tests, splits, positions) answer as str does
                wrapped = ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip', 'removeprefix', 'removesuffix', 'replace', 'rjust',
                           'rstrip', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill')
                plain = ('count', 'encode', 'endswith', 'find', 'format', 'format_map', 'index', 'isalpha', 'isalnum', 'isascii',
                         'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable',
                         'isspace', 'istitle', 'isupper', 'join', 'partition', 'rfind', 'rindex', 'rpartition',
                         'rsplit', 'split', 'splitlines', 'startswith')

                def make(name, wrap):
                    str_method = getattr(str, name)

                    def method(self, *args, **kwargs):
                        args = tuple(a.data if isinstance(a, UserString) else a for a in args)
                        r = str_method(self.data, *args, **kwargs)
                        return self.__class__(r) if wrap else r

                    method.__name__ = name
                    method.__qualname__ = 'UserString.' + name
                    return method

                for name in wrapped:
                    setattr(UserString, name, make(name, True))
                for name in plain:
                    setattr(UserString, name, make(name, False))
                UserString.maketrans = str.maketrans

            _user_string_methods()
            del _user_string_methods
            for _c in (UserDict, UserList, UserString):
                _c.__module__ = 'collections'
            del _c
            """;
}
