# Library code that leans on the less common corners: typing's variadic generics, ParamSpec
# parts, context-manager aliases and protocols; io's newline decoder as a line-oriented
# protocol parser uses it; text_encoding/open_code; disk usage and the types module's names.
import codecs
import io
import os
import shutil
import sys
import tempfile
import types
import typing
from typing import (AsyncContextManager, ContextManager, ParamSpec, SupportsBytes, SupportsComplex,
                    Tuple, TypeVarTuple, Unpack, dataclass_transform)

Ts = TypeVarTuple("Ts")
P = ParamSpec("P")
print(Ts, Unpack[Ts], [*Ts], Tuple[int, Unpack[Ts]], Unpack[Ts] == Unpack[Ts])
print(P.args, P.kwargs, type(P.args).__name__, P.args.__origin__ is P, P.args == P.args)
print(ContextManager, ContextManager[int], AsyncContextManager[str], typing.T, typing.KT, typing.T_co,
      typing.T_contra, typing.CT_co)
print(isinstance(b"x", SupportsBytes), isinstance(1j, SupportsComplex), isinstance(1, SupportsComplex),
      isinstance(2.0, SupportsComplex))


class Money:
    def __bytes__(self):
        return b"$1"

    def __complex__(self):
        return 1 + 0j


print(isinstance(Money(), SupportsBytes), isinstance(Money(), SupportsComplex))


@dataclass_transform(kw_only_default=True, field_specifiers=(int,))
def model(cls):
    return cls


print(model.__dataclass_transform__)
print(typing.GenericAlias is types.GenericAlias, typing.MethodDescriptorType is types.MethodDescriptorType,
      typing.defaultdict.__name__, "__slots__" in typing.EXCLUDED_ATTRIBUTES)
print(sorted(set(typing.__all__) & {"TypeVarTuple", "Unpack", "ContextManager", "dataclass_transform"}))

decoder = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
lines = []
pending = ""
for chunk in [b"HELO a\r", b"\nMAIL b\rRCPT c", b"\r\n\xc3", b"\xa9 DATA\n", b""]:
    pending += decoder.decode(chunk, final=not chunk)
    *done, pending = pending.split("\n")
    lines.extend(done)
print(lines, repr(pending), decoder.newlines)
raw = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(raw.decode("a\r")), raw.getstate(), repr(raw.decode("\nb\r", final=True)), raw.newlines)
raw.reset()
print(raw.newlines, raw.getstate())
print(io.text_encoding(None), io.text_encoding("latin-1"))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "script.py")
    with open(path, "w") as f:
        f.write("print('hi')\n")
    with io.open_code(path) as f:
        print(f.read(), f.mode)
    usage = shutil.disk_usage(d)
    print(type(usage).__name__, usage._fields, usage.total >= usage.used >= 0, usage.free <= usage.total)
try:
    shutil.disk_usage("/no/such/dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(types.FrameType is type(sys._getframe()), types.MemberDescriptorType.__name__)
