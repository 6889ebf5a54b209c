package org.jpsyco.frontend.python.modules;

/** The part of {@code functools} written in Python: decorators that run when code is defined. */
final class FunctoolsSource {
    private FunctoolsSource() {
    }

    static final String SOURCE = """
            from _thread import RLock
            GenericAlias = type(list[int])

            def get_cache_token():
                '''Returns the current ABC cache token (abc.get_cache_token, loaded on first use).'''
                import abc
                return abc.get_cache_token()

            def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
                '''collections.namedtuple (loaded on first use).'''
                import collections
                return collections.namedtuple(typename, field_names, rename=rename, defaults=defaults,
                                              module=module)

            WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
            WRAPPER_UPDATES = ('__dict__',)

            class _CacheInfo(tuple):
                def __new__(cls, hits, misses, maxsize, currsize):
                    return tuple.__new__(cls, (hits, misses, maxsize, currsize))
                hits = property(lambda self: self[0])
                misses = property(lambda self: self[1])
                maxsize = property(lambda self: self[2])
                currsize = property(lambda self: self[3])
                def __repr__(self):
                    return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)
            _CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'
            _CacheInfo.__module__ = 'functools'

            def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
                for name in assigned:
                    try:
                        value = getattr(wrapped, name)
                    except AttributeError:
                        continue
                    setattr(wrapper, name, value)
                for name in updated:
                    getattr(wrapper, name).update(getattr(wrapped, name, {}))
                wrapper.__wrapped__ = wrapped
                return wrapper

            def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
                return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)

            def _from_lt():
                def gt(self, other):
                    r = type(self).__lt__(self, other)
                    return r if r is NotImplemented else (not r and self != other)
                def le(self, other):
                    r = type(self).__lt__(self, other)
                    return r if r is NotImplemented else (r or self == other)
                def ge(self, other):
                    r = type(self).__lt__(self, other)
                    return r if r is NotImplemented else not r
                return [('__gt__', gt), ('__le__', le), ('__ge__', ge)]

            def _from_le():
                def ge(self, other):
                    r = type(self).__le__(self, other)
                    return r if r is NotImplemented else (not r or self == other)
                def lt(self, other):
                    r = type(self).__le__(self, other)
                    return r if r is NotImplemented else (r and self != other)
                def gt(self, other):
                    r = type(self).__le__(self, other)
                    return r if r is NotImplemented else not r
                return [('__ge__', ge), ('__lt__', lt), ('__gt__', gt)]

            def _from_gt():
                def lt(self, other):
                    r = type(self).__gt__(self, other)
                    return r if r is NotImplemented else (not r and self != other)
                def ge(self, other):
                    r = type(self).__gt__(self, other)
                    return r if r is NotImplemented else (r or self == other)
                def le(self, other):
                    r = type(self).__gt__(self, other)
                    return r if r is NotImplemented else not r
                return [('__lt__', lt), ('__ge__', ge), ('__le__', le)]

            def _from_ge():
                def le(self, other):
                    r = type(self).__ge__(self, other)
                    return r if r is NotImplemented else (not r or self == other)
                def gt(self, other):
                    r = type(self).__ge__(self, other)
                    return r if r is NotImplemented else (r and self != other)
                def lt(self, other):
                    r = type(self).__ge__(self, other)
                    return r if r is NotImplemented else not r
                return [('__le__', le), ('__gt__', gt), ('__lt__', lt)]

            _convert = {'__lt__': _from_lt, '__le__': _from_le, '__gt__': _from_gt, '__ge__': _from_ge}

            def total_ordering(cls):
                roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
                         if getattr(cls, op, None) is not getattr(object, op, None)]
                if not roots:
                    raise ValueError('must define at least one ordering operation: < > <= >=')
                root = max(roots)
                for name, func in _convert[root]():
                    if name not in roots:
                        func.__name__ = name
                        func.__qualname__ = cls.__qualname__ + '.' + name
                        setattr(cls, name, func)
                return cls

            class partialmethod:
                def __init__(self, func, /, *args, **keywords):
                    if isinstance(func, partialmethod):
                        args = func.args + args
                        keywords = {**func.keywords, **keywords}
                        func = func.func
                    self.func = func
                    self.args = args
                    self.keywords = keywords

                def __repr__(self):
                    parts = [repr(self.func)] + [repr(a) for a in self.args]
                    parts += [f'{k}={v!r}' for k, v in self.keywords.items()]
                    return f"functools.partialmethod({', '.join(parts)})"

                def __get__(self, obj, cls=None):
                    if obj is None:
                        return self
                    return partial(self.func, obj, *self.args, **self.keywords)

            _NOT_FOUND = object()

            class cached_property:
                def __init__(self, func):
                    self.func = func
                    self.attrname = None
                    self.__doc__ = func.__doc__

                def __set_name__(self, owner, name):
                    if self.attrname is None:
                        self.attrname = name
                    elif name != self.attrname:
                        raise TypeError("Cannot assign the same cached_property to two different names "
                                        f"({self.attrname!r} and {name!r}).")

                def __get__(self, instance, owner=None):
                    if instance is None:
                        return self
                    name = self.attrname if self.attrname is not None else self.func.__name__
                    cache = instance.__dict__
                    val = cache.get(name, _NOT_FOUND)
                    if val is _NOT_FOUND:
                        val = self.func(instance)
                        cache[name] = val
                    return val

            def singledispatch(func):
                registry = {object: func}

                def dispatch(cls):
                    for base in cls.__mro__:
                        if base in registry:
                            return registry[base]
                    return func

                def register(cls, func=None):
                    if func is None:
                        if isinstance(cls, type):
                            return lambda f: register(cls, f)
                        f = cls
                        ann = getattr(f, '__annotations__', {})
                        if not ann:
                            raise TypeError(f"Invalid first argument to `register()`: {f!r}. "
                                            "Use either `@register(some_class)` or plain `@register` "
                                            "on an annotated function.")
                        cls = next(iter(ann.values()))
                        func = f
                    registry[cls] = func
                    return func

                def wrapper(*args, **kw):
                    if not args:
                        raise TypeError(f'{funcname} requires at least 1 positional argument')
                    return dispatch(args[0].__class__)(*args, **kw)

                funcname = getattr(func, '__name__', 'singledispatch function')
                wrapper.register = register
                wrapper.dispatch = dispatch
                wrapper.registry = registry
                update_wrapper(wrapper, func)
                return wrapper

            class singledispatchmethod:
                # a method that dispatches on the class of its first argument after self

                def __init__(self, func):
                    if not callable(func) and not hasattr(func, '__get__'):
                        raise TypeError(f"{func!r} is not callable or a descriptor")
                    self.dispatcher = singledispatch(func)
                    self.func = func

                def register(self, cls, method=None):
                    return self.dispatcher.register(cls, func=method)

                def __get__(self, obj, cls=None):
                    def _method(*args, **kwargs):
                        method = self.dispatcher.dispatch(args[0].__class__)
                        return method.__get__(obj, cls)(*args, **kwargs)

                    _method.__isabstractmethod__ = self.__isabstractmethod__
                    _method.register = self.register
                    update_wrapper(_method, self.func)
                    return _method

                @property
                def __isabstractmethod__(self):
                    return getattr(self.func, '__isabstractmethod__', False)

            def recursive_repr(fillvalue='...'):
                # a decorator for __repr__ methods: a recursive call for the same object gives fillvalue

                def decorating(user_function):
                    running = set()

                    def wrapper(self):
                        key = id(self)
                        if key in running:
                            return fillvalue
                        running.add(key)
                        try:
                            return user_function(self)
                        finally:
                            running.discard(key)

                    for attr in ('__module__', '__doc__', '__name__', '__qualname__', '__annotations__'):
                        try:
                            setattr(wrapper, attr, getattr(user_function, attr))
                        except AttributeError:
                            pass
                    return wrapper

                return decorating
            """;
}
