"""The builtins that stand on Python code: aiter, anext, sys.breakpointhook and help.

The interactive helpers exit, quit, copyright, credits and license are objects of the runtime
that call into here. help() renders functions and classes as pydoc's plain-text renderer does
for the parts programs print (signature, docstring, and a class's sections); any other object
gets the help of its class.
"""

import sys

_MISSING = object()


def aiter(async_iterable):
    t = type(async_iterable)
    try:
        get = t.__aiter__
    except AttributeError:
        raise TypeError(f"'{t.__name__}' object is not an async iterable") from None
    it = get(async_iterable)
    if not hasattr(type(it), "__anext__"):
        raise TypeError(f"aiter() returned not an async iterator of type '{type(it).__name__}'")
    return it


async def _anext_or_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


def anext(async_iterator, default=_MISSING):
    t = type(async_iterator)
    try:
        step = t.__anext__
    except AttributeError:
        raise TypeError(f"'{t.__name__}' object is not an async iterator") from None
    awaitable = step(async_iterator)
    if default is _MISSING:
        return awaitable
    return _anext_or_default(awaitable, default)


def breakpointhook(*args, **kws):
    """sys.breakpointhook: the hook named by $PYTHONBREAKPOINT (default pdb.set_trace), 0 for none."""
    import os
    hookname = os.environ.get("PYTHONBREAKPOINT")
    if not hookname:
        hookname = "pdb.set_trace"
    elif hookname == "0":
        return None
    modulepath, dot, attr = hookname.rpartition(".")
    if not dot:
        modulepath = "builtins"
    try:
        module = __import__(modulepath, fromlist=[attr])
        hook = getattr(module, attr)
    except (ImportError, AttributeError):
        import warnings
        warnings.warn(f'Ignoring unimportable $PYTHONBREAKPOINT: "{hookname}"', RuntimeWarning, stacklevel=2)
        return None
    return hook(*args, **kws)


def show(text):
    print(text)


# ---------------------------------------------------------------- help

_VARARGS = 0x4
_VARKEYWORDS = 0x8


def _annotation(a):
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return a.__module__ + "." + a.__qualname__
    return repr(a)


def _signature(func, skip_first=False):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    posonly = code.co_posonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    ann = getattr(func, "__annotations__", {}) or {}
    first_default = npos - len(defaults)

    def param(name, default=_MISSING, prefix=""):
        text = prefix + name
        if name in ann:
            text += ": " + _annotation(ann[name])
            if default is not _MISSING:
                text += " = " + repr(default)
        elif default is not _MISSING:
            text += "=" + repr(default)
        return text

    parts = []
    for i in range(npos):
        parts.append(param(names[i], defaults[i - first_default] if i >= first_default else _MISSING))
        if posonly and i == posonly - 1:
            parts.append("/")
    idx = npos + nkw
    if code.co_flags & _VARARGS:
        parts.append(param(names[idx], prefix="*"))
        idx += 1
    elif nkw:
        parts.append("*")
    for i in range(npos, npos + nkw):
        parts.append(param(names[i], kwdefaults.get(names[i], _MISSING)))
    if code.co_flags & _VARKEYWORDS:
        parts.append(param(names[idx], prefix="**"))
    if skip_first and parts and parts[0] not in ("/", "*") and not parts[0].startswith("*"):
        parts = parts[1:]
        if parts and parts[0] == "/":
            parts = parts[1:]
    text = "(" + ", ".join(parts) + ")"
    if "return" in ann:
        text += " -> " + _annotation(ann["return"])
    return text


def _cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        stripped = len(line.lstrip())
        if stripped:
            indent = len(line) - stripped
            margin = indent if margin is None else min(margin, indent)
    out = [lines[0].lstrip()]
    for line in lines[1:]:
        out.append(line[margin:] if margin is not None else line)
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return "\n".join(out)


def _getdoc(obj, owner=None, name=None):
    doc = getattr(obj, "__doc__", None)
    if doc is None and owner is not None:
        for base in owner.__mro__[1:]:
            inherited = base.__dict__.get(name)
            if inherited is not None and getattr(inherited, "__doc__", None):
                doc = inherited.__doc__
                break
        if doc is None and name == "__init__":
            doc = "Initialize self.  See help(type(self)) for accurate signature."
    if not isinstance(doc, str):
        return ""
    return _cleandoc(doc)


def _indent(text, prefix="    "):
    return "\n".join(prefix + line for line in text.split("\n"))


def _render_function(func, name=None, skip_first=False, note=""):
    name = name or func.__name__
    if name == "<lambda>":
        title = name + " lambda " + _signature(func)[1:-1]
    else:
        title = name + _signature(func, skip_first) + note
    doc = _getdoc(func)
    return title + "\n" + (_indent(doc) + "\n" if doc else "")


def _visible(name):
    if name in ("__dict__", "__weakref__"):
        return True
    if name.startswith("__") and name.endswith("__"):
        return name in ("__init__", "__call__", "__repr__", "__str__", "__eq__", "__lt__", "__le__", "__gt__",
                        "__ge__", "__hash__", "__len__", "__iter__", "__next__", "__getitem__", "__setitem__",
                        "__contains__", "__enter__", "__exit__", "__add__", "__bool__", "__format__",
                        "__init_subclass__", "__new__")
    return not name.startswith("_")


def _render_class(cls):
    bases = ", ".join((b.__module__ + "." if b.__module__ != cls.__module__ else "") + b.__qualname__
                      for b in cls.__bases__)
    lines = ["class %s(%s)" % (cls.__name__, bases)]
    body = []
    init = cls.__dict__.get("__init__")
    if init is not None and hasattr(init, "__code__"):
        body.append(cls.__name__ + _signature(init, True))
        body.append("")
    doc = _getdoc(cls) if cls.__doc__ else ""
    if doc:
        body.extend(doc.split("\n"))
        body.append("")
    methods, classmethods, staticmethods, readonly, descriptors, data = [], [], [], [], [], []
    for name in sorted(cls.__dict__):
        if not _visible(name):
            continue
        value = cls.__dict__[name]
        if name in ("__dict__", "__weakref__"):
            continue
        if isinstance(value, staticmethod):
            staticmethods.append(_render_function(value.__func__, name))
        elif isinstance(value, classmethod):
            classmethods.append(_render_function(value.__func__, name, True, " from builtins.type"))
        elif isinstance(value, property):
            text = name + "\n"
            pdoc = _getdoc(value.fget) if value.fget is not None else ""
            if pdoc:
                text += _indent(pdoc) + "\n"
            (readonly if value.fset is None else descriptors).append((name, text))
        elif callable(value) and hasattr(value, "__code__"):
            mdoc = _getdoc(value, cls, name)
            methods.append(name + _signature(value) + "\n" + (_indent(mdoc) + "\n" if mdoc else ""))
        elif not (name.startswith("__") and name.endswith("__")):
            data.append("%s = %r\n" % (name, value))
    # the first class of a hierarchy to have instance dicts defines these two
    if "__slots__" not in cls.__dict__ and all(b.__module__ == "builtins" for b in cls.__bases__):
        descriptors.append(("__dict__", "__dict__\n    dictionary for instance variables\n"))
        descriptors.append(("__weakref__", "__weakref__\n    list of weak references to the object\n"))
    sections = []
    for title, entries in (("Methods defined here:", methods), ("Class methods defined here:", classmethods),
                           ("Static methods defined here:", staticmethods),
                           ("Readonly properties defined here:", [t for _, t in sorted(readonly)]),
                           ("Data descriptors defined here:", [t for _, t in sorted(descriptors)]),
                           ("Data and other attributes defined here:", data)):
        if entries:
            sections.append([title, ""] + "\n".join(entries).rstrip("\n").split("\n"))
    for i, section in enumerate(sections):
        if i:
            body.append("")
            body.append("-" * 70)
        body.extend(section)
    lines.extend(" |  " + line if line else " |  " for line in body)
    return "\n".join(lines) + "\n"


def help(*args, **kwargs):
    if not args and not kwargs:
        print("\nWelcome to Python 3.11's help utility!\n\nYou are now leaving help and returning to the "
              "Python interpreter.")
        return None
    obj = args[0] if args else kwargs.get("request")
    module = getattr(obj, "__module__", None)
    where = " in module " + module if isinstance(module, str) else ""
    if isinstance(obj, type):
        text = "Help on class %s%s:\n\n%s" % (obj.__name__, where, _render_class(obj))
    elif hasattr(obj, "__func__") and hasattr(obj, "__self__") and hasattr(obj.__func__, "__code__"):
        func = obj.__func__
        owner = obj.__self__ if isinstance(obj.__self__, type) else type(obj.__self__)
        note = " method of %s.%s %s" % (owner.__module__, owner.__qualname__,
                                        "class" if owner is obj.__self__ else "instance")
        text = "Help on method %s%s:\n\n%s" % (func.__name__, where, _render_function(func, None, True, note))
    elif hasattr(obj, "__code__"):
        text = "Help on function %s%s:\n\n%s" % (obj.__name__, where, _render_function(obj))
    elif type(obj).__name__ == "module":
        doc = _getdoc(obj)
        text = "Help on module %s:\n\nNAME\n    %s\n" % (obj.__name__, obj.__name__)
        if doc:
            text += "\nDESCRIPTION\n" + _indent(doc) + "\n"
    else:
        cls = type(obj)
        text = "Help on %s object:\n\n%s" % (cls.__name__, _render_class(cls))
    print(text)
    return None
