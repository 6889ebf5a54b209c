# Names jpsyco's modules lacked: re.Scanner, enum's global-enum helpers and bin, typing.io and
# typing.re, weakref.KeyedRef, types.GetSetDescriptorType, copy.dispatch_table, functools'
# get_cache_token, AttributeError/NameError keywords, time.clock_settime argument checks.
# (typing.io's members are not read here: CPython warns on that, through a metaclass
# __getattribute__ that jpsyco does not call for class attributes.)
import abc
import argparse
import contextlib
import copy
import copyreg
import enum
import functools
import re
import threading
import time
import traceback
import types
import typing
import weakref


def number(scanner, text):
    return ('NUM', int(text))


scanner = re.Scanner([
    (r'\d+', number),
    (r'[a-z_]\w*', lambda s, t: ('NAME', t, s.match.start())),
    (r'\s+', None),
    (r'[-+*/()=]', lambda s, t: ('OP', t)),
])
print(scanner.scan('x = (12 + y_2) * 3'))
print(scanner.scan('a + 1 ? rest'))
print(re.Scanner([(r'a*', 'A')]).scan('bbb'), re.Scanner([('A', 'a')], re.I).scan('aAa'))

print(enum.bin(10), enum.bin(~10), enum.bin(0), enum.bin(5, 8), enum.bin(-5, 8), enum.bin(255, 4))
print(enum.show_flag_values(0b101101), enum.show_flag_values(0))


@enum.global_enum
class Mode(enum.Enum):
    READ = 1
    WRITE = 2


print(repr(READ), str(WRITE), repr(Mode.WRITE), f'{READ}', READ is Mode.READ)


@enum.global_enum
class Perm(enum.IntFlag):
    X = 1
    W = 2
    R = 4


print(repr(R), repr(R | W), repr(Perm(0)), str(X), repr(Perm(8)))


@enum.global_enum
class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


print(repr(LOW), str(HIGH), format(HIGH))


class Shape(enum.Enum):
    SQUARE = 4
    __reduce_ex__ = enum.pickle_by_enum_name


print(Shape.SQUARE.__reduce_ex__(4), enum.pickle_by_global_name(Shape.SQUARE, 2))
print(enum.reduce is functools.reduce, enum.MappingProxyType is types.MappingProxyType,
      enum.DynamicClassAttribute is types.DynamicClassAttribute)

print(typing.io, typing.re, type(typing.io).__name__)


class Node:
    pass


node = Node()
refs = [weakref.KeyedRef(node, None, key) for key in ('a', 'b')]
print([r.key for r in refs], refs[0]() is node, isinstance(refs[0], weakref.ref), weakref.KeyedRef.__mro__[1] is weakref.ref)

descr = types.FunctionType.__dict__['__code__']
print(types.GetSetDescriptorType, isinstance(descr, types.GetSetDescriptorType), repr(descr))
print(descr.__name__, descr.__qualname__, descr.__objclass__ is types.FunctionType)


def sample():
    return 1


print(descr.__get__(sample) is sample.__code__, descr.__get__(None, types.FunctionType) is descr)
try:
    descr.__get__(42)
except TypeError as e:
    print('TypeError', e)
for name in ('__defaults__', '__kwdefaults__', '__annotations__'):
    print(name, type(types.FunctionType.__dict__[name]).__name__)

print(copy.dispatch_table is copyreg.dispatch_table, functools.get_cache_token() is abc.get_cache_token())
print(contextlib.deque, contextlib.MethodType is types.MethodType, traceback.suppress is contextlib.suppress)
print(threading.WeakSet is weakref.WeakSet, argparse.ngettext('%d file', '%d files', 1),
      argparse.ngettext('%d file', '%d files', 3))

e = AttributeError('no such thing', name='thing', obj=node)
print(e.name, e.obj is node, e.args)
e = NameError('undefined', name='missing')
print(e.name, e.args)
for exc, kw in ((AttributeError, {'path': 'x'}), (NameError, {'obj': 1}), (ValueError, {'name': 'x'})):
    try:
        exc('m', **kw)
    except TypeError as err:
        print('TypeError', err)


class Lazy:
    def __getattr__(self, name):
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}', name=name, obj=self)


try:
    Lazy().missing
except AttributeError as err:
    print(err, err.name, type(err.obj).__name__)

for args in ((time.CLOCK_REALTIME, 'now'), ('clock', 1.0)):
    try:
        time.clock_settime(*args)
    except TypeError as err:
        print('clock_settime', err)
try:
    time.clock_settime_ns(time.CLOCK_REALTIME, 1.5)
except TypeError as err:
    print('clock_settime_ns', err)
