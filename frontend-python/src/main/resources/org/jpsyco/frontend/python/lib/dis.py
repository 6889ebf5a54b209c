"""Disassembly of code objects, and CPython 3.11's opcode tables.

jpsyco runs its own bytecode, not CPython's: `dis.dis()` and `dis.disassemble()` print
jpsyco's instructions for a function, method, class, code object or source string, in a
layout like CPython's but with jpsyco's opcode names and arguments. The tables (`opname`,
`opmap`, `cmp_op`, `hasconst`, ...) are CPython 3.11's, for tools that read them as data.
`get_instructions`/`Bytecode` iteration is not available: there are no CPython instructions
to give.
"""

import collections
import io
import sys
import types

import _jpsyco_dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels",
           "show_code", "get_instructions", "Instruction", "Bytecode", "cmp_op", "hasconst", "hasname",
           "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree", "opname", "opmap", "HAVE_ARGUMENT",
           "EXTENDED_ARG", "hasnargs", "stack_effect"]

_OPCODES = """
CACHE=0 POP_TOP=1 PUSH_NULL=2 NOP=9 UNARY_POSITIVE=10 UNARY_NEGATIVE=11 UNARY_NOT=12
UNARY_INVERT=15 BINARY_SUBSCR=25 GET_LEN=30 MATCH_MAPPING=31 MATCH_SEQUENCE=32 MATCH_KEYS=33
PUSH_EXC_INFO=35 CHECK_EXC_MATCH=36 CHECK_EG_MATCH=37 WITH_EXCEPT_START=49 GET_AITER=50
GET_ANEXT=51 BEFORE_ASYNC_WITH=52 BEFORE_WITH=53 END_ASYNC_FOR=54 STORE_SUBSCR=60
DELETE_SUBSCR=61 GET_ITER=68 GET_YIELD_FROM_ITER=69 PRINT_EXPR=70 LOAD_BUILD_CLASS=71
LOAD_ASSERTION_ERROR=74 RETURN_GENERATOR=75 LIST_TO_TUPLE=82 RETURN_VALUE=83 IMPORT_STAR=84
SETUP_ANNOTATIONS=85 YIELD_VALUE=86 ASYNC_GEN_WRAP=87 PREP_RERAISE_STAR=88 POP_EXCEPT=89
STORE_NAME=90 DELETE_NAME=91 UNPACK_SEQUENCE=92 FOR_ITER=93 UNPACK_EX=94 STORE_ATTR=95
DELETE_ATTR=96 STORE_GLOBAL=97 DELETE_GLOBAL=98 SWAP=99 LOAD_CONST=100 LOAD_NAME=101
BUILD_TUPLE=102 BUILD_LIST=103 BUILD_SET=104 BUILD_MAP=105 LOAD_ATTR=106 COMPARE_OP=107
IMPORT_NAME=108 IMPORT_FROM=109 JUMP_FORWARD=110 JUMP_IF_FALSE_OR_POP=111
JUMP_IF_TRUE_OR_POP=112 POP_JUMP_FORWARD_IF_FALSE=114 POP_JUMP_FORWARD_IF_TRUE=115
LOAD_GLOBAL=116 IS_OP=117 CONTAINS_OP=118 RERAISE=119 COPY=120 BINARY_OP=122 SEND=123
LOAD_FAST=124 STORE_FAST=125 DELETE_FAST=126 POP_JUMP_FORWARD_IF_NOT_NONE=128
POP_JUMP_FORWARD_IF_NONE=129 RAISE_VARARGS=130 GET_AWAITABLE=131 MAKE_FUNCTION=132
BUILD_SLICE=133 JUMP_BACKWARD_NO_INTERRUPT=134 MAKE_CELL=135 LOAD_CLOSURE=136 LOAD_DEREF=137
STORE_DEREF=138 DELETE_DEREF=139 JUMP_BACKWARD=140 CALL_FUNCTION_EX=142 EXTENDED_ARG=144
LIST_APPEND=145 SET_ADD=146 MAP_ADD=147 LOAD_CLASSDEREF=148 COPY_FREE_VARS=149 RESUME=151
MATCH_CLASS=152 FORMAT_VALUE=155 BUILD_CONST_KEY_MAP=156 BUILD_STRING=157 LOAD_METHOD=160
LIST_EXTEND=162 SET_UPDATE=163 DICT_MERGE=164 DICT_UPDATE=165 PRECALL=166 CALL=171
KW_NAMES=172 POP_JUMP_BACKWARD_IF_NOT_NONE=173 POP_JUMP_BACKWARD_IF_NONE=174
POP_JUMP_BACKWARD_IF_FALSE=175 POP_JUMP_BACKWARD_IF_TRUE=176
"""

cmp_op = ('<', '<=', '==', '!=', '>', '>=')
opmap = {}
for _entry in _OPCODES.split():
    _name, _number = _entry.split('=')
    opmap[_name] = int(_number)
opname = ['<%r>' % _op for _op in range(256)]
for _name, _number in opmap.items():
    opname[_number] = _name
del _entry, _name, _number
HAVE_ARGUMENT = 90
EXTENDED_ARG = 144
hasconst = [100, 172]
hasname = [90, 91, 95, 96, 97, 98, 101, 106, 108, 109, 116, 160]
hasjrel = [93, 110, 111, 112, 114, 115, 123, 128, 129, 134, 140, 173, 174, 175, 176]
hasjabs = []
haslocal = [124, 125, 126]
hascompare = [107]
hasfree = [135, 136, 137, 138, 139, 148]
hasnargs = []
CACHE = opmap['CACHE']
LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
FORMAT_VALUE = opmap['FORMAT_VALUE']
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
UNKNOWN = None

COMPILER_FLAG_NAMES = {1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS', 16: 'NESTED',
                       32: 'GENERATOR', 64: 'NOFREE', 128: 'COROUTINE', 256: 'ITERABLE_COROUTINE',
                       512: 'ASYNC_GENERATOR'}

Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4)
Instruction = collections.namedtuple('Instruction', ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
                                                     'starts_line', 'is_jump_target', 'positions'],
                                     defaults=[None])


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ', '.join(names)


def _code_of(x):
    """The code object behind a function, method, generator, code or source string."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for attr in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    if isinstance(x, str):
        return compile(x, '<dis>', 'exec')
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Prints jpsyco's bytecode for x (a function, method, class, module, code or source)."""
    out = file if file is not None else sys.stdout
    if x is None:
        distb(file=file)
        return
    if isinstance(x, (type, types.ModuleType)):
        items = sorted(vars(x).items())
        for name, value in items:
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if hasattr(value, '__code__') or isinstance(value, (type, types.CodeType)):
                print('Disassembly of %s:' % name, file=out)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as e:
                    print('Sorry:', e, file=out)
                print(file=out)
        return
    print(_jpsyco_dis.disassemble(_code_of(x)), end='', file=out)


disco = disassemble = lambda co, lasti=-1, *, file=None, show_caches=False, adaptive=False: dis(co, file=file)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    if tb is None:
        tb = getattr(sys, 'last_traceback', None)
        if tb is None:
            raise RuntimeError('no last traceback to disassemble')
    while tb.tb_next:
        tb = tb.tb_next
    dis(tb.tb_frame.f_code, file=file)


def code_info(x):
    """A formatted summary of a code object: names, arguments, flags, constants."""
    co = _code_of(x)
    lines = ['Name:              %s' % co.co_name,
             'Filename:          %s' % co.co_filename,
             'Argument count:    %s' % co.co_argcount,
             'Positional-only arguments: %s' % co.co_posonlyargcount,
             'Kw-only arguments: %s' % co.co_kwonlyargcount,
             'Number of locals:  %s' % co.co_nlocals,
             'Stack size:        %s' % co.co_stacksize,
             'Flags:             %s' % pretty_flags(co.co_flags)]
    for title, items in (('Constants', co.co_consts), ('Names', co.co_names), ('Variable names', co.co_varnames),
                         ('Free variables', co.co_freevars), ('Cell variables', co.co_cellvars)):
        if items:
            lines.append('%s:' % title)
            for i, item in enumerate(items):
                lines.append('%4d: %s' % (i, repr(item) if title == 'Constants' else item))
    return '\n'.join(lines)


def show_code(co, *, file=None):
    print(code_info(co), file=file)


def findlinestarts(code):
    last = None
    for start, end, line in code.co_lines() if hasattr(code, 'co_lines') else ():
        if line is not None and line != last:
            last = line
            yield start, line


def findlabels(code):
    return []


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    raise NotImplementedError('jpsyco runs its own bytecode: there are no CPython instructions to list')


def stack_effect(opcode, oparg=None, *, jump=None):
    raise NotImplementedError('jpsyco runs its own bytecode: CPython stack effects are not modelled')


class Bytecode:
    """The disassembly of one object; dis() returns it as text."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = _code_of(x)
        self.first_line = self.codeobj.co_firstlineno if first_line is None else first_line
        self.current_offset = current_offset
        self._original_object = x

    def __iter__(self):
        return get_instructions(self.codeobj)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self._original_object)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        out = io.StringIO()
        dis(self.codeobj, file=out)
        return out.getvalue()


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?', default='-')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    dis(compile(source, args.infile.name, 'exec'))


if __name__ == '__main__':
    main()
