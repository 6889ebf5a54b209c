"""Python abstract syntax trees, as CPython 3.11's ast module presents them.

`parse` runs jpsyco's own parser (the one that compiles programs) and builds CPython's node
classes from its tree, with the same fields and positions (lineno, col_offset, end_lineno,
end_col_offset; columns are UTF-8 byte offsets). `compile()` of a tree hands it back to that
compiler directly, so tracebacks point at the positions the tree carries.
"""

import _jpsyco_ast
from _jpsyco_ast import parse as _parse_plain
# names CPython's ast module exposes from its own imports
from contextlib import contextmanager, nullcontext
from enum import IntEnum, auto

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(fields), "" if len(fields) == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# (class name, base, fields, optional fields): the node classes of CPython 3.11's grammar
_LOCATED = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
_NODES = """
mod AST
Module mod body type_ignores
Interactive mod body
Expression mod body
FunctionType mod argtypes returns
stmt AST
FunctionDef stmt name args body decorator_list returns? type_comment?
AsyncFunctionDef stmt name args body decorator_list returns? type_comment?
ClassDef stmt name bases keywords body decorator_list
Return stmt value?
Delete stmt targets
Assign stmt targets value type_comment?
AugAssign stmt target op value
AnnAssign stmt target annotation value? simple
For stmt target iter body orelse type_comment?
AsyncFor stmt target iter body orelse type_comment?
While stmt test body orelse
If stmt test body orelse
With stmt items body type_comment?
AsyncWith stmt items body type_comment?
Match stmt subject cases
Raise stmt exc? cause?
Try stmt body handlers orelse finalbody
TryStar stmt body handlers orelse finalbody
Assert stmt test msg?
Import stmt names
ImportFrom stmt module? names level?
Global stmt names
Nonlocal stmt names
Expr stmt value
Pass stmt
Break stmt
Continue stmt
expr AST
BoolOp expr op values
NamedExpr expr target value
BinOp expr left op right
UnaryOp expr op operand
Lambda expr args body
IfExp expr test body orelse
Dict expr keys values
Set expr elts
ListComp expr elt generators
SetComp expr elt generators
DictComp expr key value generators
GeneratorExp expr elt generators
Await expr value
Yield expr value?
YieldFrom expr value
Compare expr left ops comparators
Call expr func args keywords
FormattedValue expr value conversion format_spec?
JoinedStr expr values
Constant expr value kind?
Attribute expr value attr ctx
Subscript expr value slice ctx
Starred expr value ctx
Name expr id ctx
List expr elts ctx
Tuple expr elts ctx
Slice expr lower? upper? step?
expr_context AST
Load expr_context
Store expr_context
Del expr_context
boolop AST
And boolop
Or boolop
operator AST
Add operator
Sub operator
Mult operator
MatMult operator
Div operator
Mod operator
Pow operator
LShift operator
RShift operator
BitOr operator
BitXor operator
BitAnd operator
FloorDiv operator
unaryop AST
Invert unaryop
Not unaryop
UAdd unaryop
USub unaryop
cmpop AST
Eq cmpop
NotEq cmpop
Lt cmpop
LtE cmpop
Gt cmpop
GtE cmpop
Is cmpop
IsNot cmpop
In cmpop
NotIn cmpop
comprehension AST target iter ifs is_async
excepthandler AST
ExceptHandler excepthandler type? name? body
arguments AST posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults
arg AST arg annotation? type_comment?
keyword AST arg? value
alias AST name asname?
withitem AST context_expr optional_vars?
match_case AST pattern guard? body
pattern AST
MatchValue pattern value
MatchSingleton pattern value
MatchSequence pattern patterns
MatchMapping pattern keys patterns rest?
MatchClass pattern cls patterns kwd_attrs kwd_patterns
MatchStar pattern name?
MatchAs pattern pattern? name?
MatchOr pattern patterns
type_ignore AST
TypeIgnore type_ignore lineno tag
"""

# classes whose instances carry the four location attributes
_LOCATED_BASES = {'stmt', 'expr', 'excepthandler', 'arg', 'keyword', 'alias', 'pattern'}


def _make_classes():
    made = {'AST': AST}
    for row in _NODES.split('\n'):
        if not row:
            continue
        name, base, *fields = row.split()
        ns = {'__module__': 'ast', '_fields': tuple(f.rstrip('?') for f in fields)}
        ns['__match_args__'] = ns['_fields']
        for f in fields:
            if f.endswith('?'):
                ns[f[:-1]] = None
        if name in _LOCATED_BASES:
            ns['_attributes'] = _LOCATED
            ns['end_lineno'] = None
            ns['end_col_offset'] = None
        elif base == 'AST':
            ns['_attributes'] = ()
        made[name] = type(name, (made[base],), ns)
    return made


globals().update(_make_classes())


# ---- deprecated spellings kept for old code (they make Constant nodes) ----

class _ConstantAlias(Constant):
    _fields = ('n',)
    __match_args__ = ('n',)

    def __new__(cls, *args, **kwargs):
        if args:
            kwargs['value'] = args[0]
        for old in ('n', 's'):
            if old in kwargs:
                kwargs['value'] = kwargs.pop(old)
        return Constant(**kwargs)


class Num(_ConstantAlias):
    _fields = ('n',)


class Str(_ConstantAlias):
    _fields = ('s',)


class Bytes(_ConstantAlias):
    _fields = ('s',)


class NameConstant(_ConstantAlias):
    _fields = ('value', 'kind')


class Ellipsis(_ConstantAlias):
    _fields = ()

    def __new__(cls, **kwargs):
        return Constant(..., **kwargs)


def _n_getter(self):
    return self.value


def _n_setter(self, value):
    self.value = value


Constant.n = property(_n_getter, _n_setter)
Constant.s = property(_n_getter, _n_setter)


class slice(AST):
    """Deprecated base of Index and ExtSlice."""


class Index(slice):
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated: never produced."""


class AugLoad(expr_context):
    """Deprecated: never produced."""


class AugStore(expr_context):
    """Deprecated: never produced."""


class Param(expr_context):
    """Deprecated: never produced."""


for _c in (Num, Str, Bytes, NameConstant, Ellipsis, slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _c.__module__ = 'ast'
del _c


# ---- between node objects and the parser's plain form ----

_SINGLETONS = {}


def _build(plain):
    """Node objects for the parser's plain form (see _jpsyco_ast)."""
    name, values, pos = plain
    cls = globals()[name]
    if not values and pos is None and not cls._fields:
        node = _SINGLETONS.get(name)
        if node is None:
            node = _SINGLETONS[name] = cls()
        return node
    node = cls.__new__(cls)
    d = node.__dict__
    for field, value in zip(cls._fields, values):
        if type(value) is tuple:
            value = _build(value)
        elif type(value) is list:
            value = [_build(v) if type(v) is tuple else v for v in value]
        d[field] = value
    if pos is not None:
        d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = pos
    return node


def _plain(node, kind='mod'):
    """The parser's plain form of a node object, with CPython's errors for missing fields."""
    if not isinstance(node, AST):
        raise TypeError("expected some sort of %s, but got %r" % (kind, node))
    cls = type(node)
    # as CPython's conversion: the location first, then the fields in order
    pos = None
    if 'lineno' in cls._attributes:
        where = []
        for attr in _LOCATED:
            try:
                value = getattr(node, attr)
            except AttributeError:
                raise TypeError('required field "%s" missing from %s' % (attr, _base_name(cls))) from None
            where.append(value)
        pos = tuple(where)
    values = []
    for field in cls._fields:
        try:
            value = getattr(node, field)
        except AttributeError:
            raise TypeError('required field "%s" missing from %s' % (field, cls.__name__)) from None
        if isinstance(value, AST):
            value = _plain(value, _base_name(type(value)))
        elif isinstance(value, list):
            value = [_plain(v, 'expr') if isinstance(v, AST) else v for v in value]
        values.append(value)
    return (cls.__name__, tuple(values), pos)


def _base_name(cls):
    for c in cls.__mro__:
        if c.__bases__ == (AST,):
            return c.__name__
    return cls.__name__


def _compile_tree(tree, filename, mode):
    """compile() of a tree: straight to jpsyco's compiler, keeping the tree's positions."""
    expected = {'exec': Module, 'eval': Expression, 'single': Interactive}.get(mode)
    if expected is None:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if not isinstance(tree, expected):
        raise TypeError("expected %s node, got %s" % (expected.__name__, type(tree).__name__))
    return _jpsyco_ast.compile(_plain(tree), filename, mode)


# ---- the public helpers ----

def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parses source into a tree of AST nodes (mode 'exec', 'eval' or 'single')."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if not isinstance(source, (str, bytes)):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if not isinstance(filename, str):
        filename = str(filename, 'utf-8') if isinstance(filename, bytes) else str(filename)
    if mode == 'func_type':
        return _parse_func_type(source.decode('utf-8') if isinstance(source, bytes) else source, filename)
    return _build(_parse_plain(source, filename, mode))


def _parse_func_type(source, filename):
    """A signature type comment, '(argtypes) -> returns': parsed as the expression
    '(argtypes) , returns' written over the same columns, so every node keeps its position
    ('*' and '**' before the last argument types become blanks, as they are not part of them)."""
    import io
    import tokenize

    def invalid():
        return SyntaxError('invalid syntax', (filename, 1, 1, source.splitlines()[0] if source else '', 1, 1))

    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
                  if t.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.ENDMARKER)]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        raise invalid() from None
    if not tokens or tokens[0].string != '(' or tokens[0].start != (1, 0):
        raise invalid()
    depth, close, commas, arrow, stars = 0, None, 0, None, []
    for i, t in enumerate(tokens):
        if t.type != tokenize.OP:
            continue
        if t.string in '([{':
            depth += 1
        elif t.string in ')]}':
            depth -= 1
            if depth == 0 and close is None:
                close = i
        elif close is None and depth == 1 and t.string == ',':
            commas += 1
        elif close is None and depth == 1 and t.string in ('*', '**') and tokens[i - 1].string in '(,':
            stars.append(t)
        elif t.string == '->' and depth == 0:
            arrow = i
            break
    if close is None or arrow != close + 1 or arrow == len(tokens) - 1 or tokens[close - 1].string == ',':
        raise invalid()
    lines = source.splitlines(True)
    for t, text in [(tokens[arrow], ', ')] + [(star, ' ' * len(star.string)) for star in stars]:
        row, col = t.start
        lines[row - 1] = lines[row - 1][:col] + text + lines[row - 1][col + len(text):]
    try:
        body = parse(''.join(lines), filename, 'eval').body
    except SyntaxError:
        raise invalid() from None
    args, returns = body.elts
    if close == 1:
        argtypes = []
    elif commas == 0:
        argtypes = [args]
    else:
        argtypes = list(args.elts)
    return FunctionType(argtypes=argtypes, returns=returns)


def literal_eval(node_or_string):
    """Evaluates a tree or string holding only a Python literal, as CPython's ast.literal_eval."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        lineno = getattr(node, 'lineno', None)
        if lineno:
            msg += ' on line %d' % lineno
        raise ValueError(msg + ': ' + repr(node))

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)
    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree, in CPython's format (one line unless indent is given)."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            simple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                text, is_simple = fmt(value, level)
                simple = simple and is_simple
                args.append('%s=%s' % (name, text) if keywords else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, is_simple = fmt(value, level)
                    simple = simple and is_simple
                    args.append('%s=%s' % (name, text))
            if simple and len(args) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(args)), False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node)[0]


def copy_location(new_node, old_node):
    """Copies the location attributes of old_node onto new_node, and returns new_node."""
    for attr in _LOCATED:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node lacking a location its parent's (1, 0 at the top), recursively."""
    def fix(node, lineno, col, end_lineno, end_col):
        attrs = node._attributes
        if 'lineno' in attrs:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in attrs:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in attrs:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col
            else:
                col = node.col_offset
        if 'end_col_offset' in attrs:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col
            else:
                end_col = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col, end_lineno, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Moves the tree n lines down (its line numbers and end line numbers)."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """(name, value) for each field the node has."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes: node fields and the nodes of list fields."""
    for _, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node of the tree, breadth first, in no guaranteed order."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def get_source_segment(source, node, *, padded=False):
    """The source text the node spans, or None when it has no complete location."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col:end_col].decode()
    if padded:
        padding = ''.join(' \t'[c == '\t'] for c in lines[lineno].encode()[:col].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col:].decode()
    last = lines[end_lineno].encode()[:end_col].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def _split_lines(source):
    """Lines with their endings, splitting on \\r\\n, \\r and \\n only (as the parser does)."""
    out = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == '\r' or ch == '\n':
            if ch == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            out.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        out.append(source[start:])
    return out


class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node), or generic_visit for the children."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None removes it;
    a list in a list field splices several in)."""

    def generic_visit(self, node):
        for field, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, field)
                else:
                    setattr(node, field, replacement)
        return node


def unparse(ast_obj):
    """Source text for a tree, formatted as CPython's ast.unparse writes it."""
    from _ast_unparse import Unparser
    return Unparser().visit(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
