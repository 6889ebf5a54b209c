"""Looking at live objects: what kind of object something is, the signature of a callable,
the source text of a function or class, documentation strings and the call stack."""

import sys
import os
import types
import functools
import linecache
import enum
from collections import namedtuple

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments', 'getmembers',
           'getmodule', 'getfile', 'getsourcefile', 'getsource', 'getsourcelines', 'getdoc',
           'cleandoc', 'getmro', 'currentframe', 'stack', 'getfullargspec', 'unwrap',
           'isclass', 'isfunction', 'ismethod', 'ismodule', 'isbuiltin', 'isroutine',
           'isgenerator', 'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
           'isframe', 'iscode', 'istraceback', 'isabstract', 'isawaitable']

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- what kind of object -------------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f) if hasattr(functools, '_unwrap_partial') else _unwrap_partial(f)
    if not (isfunction(f) or hasattr(f, '__code__') and iscode(f.__code__)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return type(object).__name__ == 'async_generator'


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    return (iscoroutine(object) or hasattr(type(object), '__await__') or
            (isgenerator(object) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return type(object).__name__ == 'frame'


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return type(object).__name__ == 'member_descriptor'


def isgetsetdescriptor(object):
    return type(object).__name__ == 'getset_descriptor'


def ismethodwrapper(object):
    return type(object).__name__ == 'method-wrapper'


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', None))


# ---- members, classes and modules ----------------------------------------------------------

def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except (AttributeError, TypeError):
            pass
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers_static(object, predicate=None):
    return getmembers(object, predicate)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    result = []
    for name in dir(cls):
        homecls = None
        obj = None
        for base in (cls,) + cls.__mro__:
            if name in base.__dict__:
                obj = base.__dict__[name]
                homecls = base
                break
        if homecls is None:
            obj = getattr(cls, name)
            homecls = getattr(obj, '__objclass__', cls)
        if isinstance(obj, staticmethod):
            kind = "static method"
        elif isinstance(obj, classmethod):
            kind = "class method"
        elif isinstance(obj, property):
            kind = "property"
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
    return result


def getmodulename(path):
    fname = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        file = getabsfile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        f = getattr(module, '__file__', None)
        if f and os.path.normcase(os.path.abspath(f)) == file:
            return module
    main = sys.modules.get('__main__')
    return None


def getfile(object):
    """The name of the file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith('.py') or linecache.getlines(filename):
        return filename
    return None


def getabsfile(object, _filename=None):
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


# ---- source text ---------------------------------------------------------------------------

def findsource(object):
    """All the lines of the object's file and the index of its first line."""
    file = getsourcefile(object)
    if not file:
        raise OSError('source code not available')
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__) if module else linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re
        pat = re.compile(r'^(\s*)class\s*' + object.__name__ + r'\b')
        candidates = []
        for i, line in enumerate(lines):
            m = pat.match(line)
            if m:
                if line[0] == 'c':
                    return lines, i
                candidates.append((m.group(1), i))
        if candidates:
            candidates.sort()
            return lines, candidates[0][1]
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        # the block starts at the first decorator
        while lnum > 0 and lines[lnum - 1].lstrip().startswith('@'):
            lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')


def _bracket_delta(line, state):
    """Updates state (open bracket count, open triple quote) with one line of source."""
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if state['quote']:
            q = state['quote']
            if c == '\\':
                i += 2
                continue
            if line.startswith(q, i):
                state['quote'] = None
                i += len(q)
                continue
            i += 1
            continue
        if c == '#':
            break
        if c in '\'"':
            if line.startswith(c * 3, i):
                state['quote'] = c * 3
                i += 3
                continue
            j = i + 1
            while j < n and line[j] != c:
                if line[j] == '\\':
                    j += 1
                j += 1
            i = j + 1
            continue
        if c in '([{':
            state['depth'] += 1
        elif c in ')]}':
            state['depth'] -= 1
        i += 1


def getblock(lines):
    """The lines of the def or class statement (with its decorators) starting lines."""
    state = {'depth': 0, 'quote': None}
    i = 0
    # decorators and the header, up to the line whose ':' opens the body
    while i < len(lines):
        line = lines[i]
        _bracket_delta(line, state)
        i += 1
        stripped = line.strip()
        if state['depth'] > 0 or state['quote'] or stripped.endswith('\\'):
            continue
        if stripped.startswith('@'):
            continue
        break
    header = lines[i - 1].split('#')[0].rstrip()
    first = lines[0]
    indent = len(first) - len(first.lstrip())
    if not header.endswith(':'):
        # a lambda, or a def whose body is on the header line
        return lines[:i]
    end = i
    while i < len(lines):
        line = lines[i]
        if state['depth'] > 0 or state['quote']:
            _bracket_delta(line, state)
            i += 1
            end = i
            continue
        if not line.strip():
            i += 1
            continue
        if line.lstrip().startswith('#') and len(line) - len(line.lstrip()) <= indent:
            break
        if len(line) - len(line.lstrip()) <= indent:
            break
        _bracket_delta(line, state)
        i += 1
        end = i
    return lines[:end]


def getsourcelines(object):
    """The lines of the object's source and the line number of the first."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def cleandoc(doc):
    """A docstring without the indentation of its second and later lines and without
    leading and trailing blank lines."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        if func is None:
            return None
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
        if cls is None:
            return None
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """The object's docstring (or an inherited one) cleaned with cleandoc."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getcomments(object):
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    comments = []
    end = lnum - 1
    while end >= 0 and lines[end].lstrip()[:1] == '#':
        comments.insert(0, lines[end].expandtabs().lstrip())
        end -= 1
    return ''.join(comments) if comments else None


# ---- frames and the stack ------------------------------------------------------------------

Traceback = namedtuple('Traceback', 'filename lineno function code_context index')
_FrameInfo = namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def currentframe():
    return sys._getframe(1)


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename, frame.f_globals)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo for the caller's frame and every frame above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    co = frame.f_code
    nargs = co.co_argcount + co.co_kwonlyargcount
    names = co.co_varnames
    args = list(names[:nargs])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return ArgInfo(args, varargs, varkw, frame.f_locals)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if getattr(generator, 'gi_running', False):
        return GEN_RUNNING
    if getattr(generator, 'gi_suspended', False):
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    if generator.gi_frame.f_lasti == -1:
        return GEN_CREATED
    return GEN_SUSPENDED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def unwrap(func, *, stop=None):
    """Follows the __wrapped__ chain that functools.wraps leaves, to the innermost function."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    elif isinstance(obj, types.ModuleType) or callable(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if globals is None:
        globals = getattr(unwrap(obj), '__globals__', None) or getattr(
            sys.modules.get(getattr(obj, '__module__', None)), '__dict__', {})
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


from _inspect_signature import (Parameter, Signature, BoundArguments, signature,
                                 _empty, _void, _ParameterKind, formatannotation,
                                 FullArgSpec, getfullargspec, getcallargs, formatannotationrelativeto)

ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents
                         for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", {})
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)
