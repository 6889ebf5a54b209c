"""Shallow and deep copy operations: copy(x) and deepcopy(x, memo).

Classes control copying with __copy__ / __deepcopy__(memo), or through the pickle protocol
(__reduce_ex__ / __reduce__, __getnewargs__, __getstate__ / __setstate__). Plain instances
without any of these are copied as object.__reduce_ex__ describes them (copyreg): a new
instance made with cls.__new__(cls), then its __dict__ (and slots) filled in.
"""

import types as _types
from copyreg import dispatch_table as _dispatch_table

dispatch_table = _dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, slice,
           _types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           _types.FunctionType, property)


def _is_atomic(cls):
    for t in _atomic:
        if cls is t:
            return True
    return issubclass(cls, type)


def copy(x):
    """Shallow copy: a new container holding the same elements."""
    cls = type(x)
    if _is_atomic(cls) or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set:
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy: copies of the elements too, recursively; memo maps id() of originals to copies
    so shared and cyclic structure is kept."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # a cycle through the tuple may have copied it already
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keeps the originals alive while the memo lives, so their ids are not reused."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    """The reduce tuple of x: from copyreg's table, else its class's __reduce_ex__(4) (object's
    describes plain instances, or calls a __reduce__ the class defines)."""
    registered = _dispatch_table.get(cls)
    rv = registered(x) if registered is not None else cls.__reduce_ex__(x, 4)
    if rv is None:
        raise Error("un(deep)copyable object of type %s" % cls)
    return rv


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
