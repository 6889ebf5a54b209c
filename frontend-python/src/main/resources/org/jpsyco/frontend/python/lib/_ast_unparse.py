"""ast.unparse: source text for a tree, in the layout CPython 3.11's ast.unparse produces.

The writer keeps, for each expression node it is about to write, the binding strength its
context demands (`_needs`); a node whose own operator binds more loosely than that is put in
parentheses. Statements are written one per line, four spaces per level, with a blank line
before each function and class definition that is not the first thing written.
"""

import sys
from ast import (AST, Constant, Expr, Tuple, Name, JoinedStr, FormattedValue, Not, UAdd,
                 USub, Invert, MatchAs, MatchOr)

# binding strengths, loosest first
(NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BOR, BXOR, BAND, SHIFT, ARITH, TERM,
 FACTOR, POWER, AWAIT, ATOM) = range(1, 20)

_BINOPS = {
    'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM), 'MatMult': ('@', TERM),
    'Div': ('/', TERM), 'Mod': ('%', TERM), 'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT),
    'BitOr': ('|', BOR), 'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND), 'FloorDiv': ('//', TERM),
    'Pow': ('**', POWER),
}
_UNARY = {'Invert': ('~', FACTOR), 'Not': ('not', NOT), 'UAdd': ('+', FACTOR), 'USub': ('-', FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
           'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLOPS = {'And': ('and', AND), 'Or': ('or', OR)}
_INF = '1e' + repr(sys.float_info.max_10_exp + 1)
_QUOTES = ("'", '"', '"""', "'''")
_TRIPLE = ('"""', "'''")


def _unicode_escape(ch):
    """The 'unicode_escape' codec's spelling of one character."""
    special = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
    if ch in special:
        return special[ch]
    cp = ord(ch)
    if cp < 0x100:
        return '\\x%02x' % cp
    if cp < 0x10000:
        return '\\u%04x' % cp
    return '\\U%08x' % cp


def _escape_for_literal(text, keep_newlines_tabs):
    out = []
    for ch in text:
        if keep_newlines_tabs and ch in '\n\t':
            out.append(ch)
        elif ch == '\\' or not ch.isprintable():
            out.append(_unicode_escape(ch))
        else:
            out.append(ch)
    return ''.join(out)


def _literal_body(text, quotes, escape_whitespace=False):
    """(body, quotes still usable) for writing text between one of `quotes` with no escapes
    beyond those it needs; falls back on repr's own quoting when no quote fits."""
    body = _escape_for_literal(text, not escape_whitespace)
    usable = [q for q in quotes if ('\n' not in body or len(q) == 3) and q not in body]
    if not usable:
        r = repr(text)
        quote = next((q for q in quotes if r[0] in q), r[0])
        return r[1:-1], [quote]
    if body:
        # a quote whose character ends the text goes last; if it is still first, escape the end
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


from _ast_unparse_patterns import PatternWriter  # noqa: E402  (match patterns, in their own file)


class Unparser(PatternWriter):
    def __init__(self, avoid_backslashes=False):
        self._out = []
        self._indent = 0
        self._needs = {}
        self._avoid_backslashes = avoid_backslashes

    # ---- output ----

    def write(self, *parts):
        self._out.extend(parts)

    def fill(self, text=''):
        if self._out:
            self._out.append('\n')
        self._out.append('    ' * self._indent + text)

    def blank_line(self):
        if self._out:
            self._out.append('\n')

    def block(self, body, docstring_ok=False):
        self.write(':')
        self._indent += 1
        if docstring_ok and self._docstring(body):
            self._write_docstring(body[0].value)
            body = body[1:]
        for stmt in body:
            self.visit_node(stmt)
        self._indent -= 1

    @staticmethod
    def _docstring(body):
        return (body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant)
                and isinstance(body[0].value.value, str))

    def needs(self, level, *nodes):
        for n in nodes:
            self._needs[n] = level

    def level_of(self, node):
        return self._needs.get(node, TEST)

    def paren_if(self, cond, fn):
        if cond:
            self.write('(')
        fn()
        if cond:
            self.write(')')

    def comma_list(self, items, fn=None):
        fn = fn or self.visit_node
        for i, item in enumerate(items):
            if i:
                self.write(', ')
            fn(item)

    def items_view(self, items):
        if len(items) == 1:
            self.visit_node(items[0])
            self.write(',')
        else:
            self.comma_list(items)

    # ---- entry ----

    def visit(self, node):
        self._out = []
        self.visit_node(node)
        return ''.join(self._out)

    def visit_node(self, node):
        if isinstance(node, list):
            for item in node:
                self.visit_node(item)
            return
        getattr(self, 'v_' + type(node).__name__)(node)

    # ---- modules and statements ----

    def v_Module(self, node):
        body = node.body
        if self._docstring(body):
            self._write_docstring(body[0].value)
            body = body[1:]
        for stmt in body:
            self.visit_node(stmt)

    v_Interactive = v_Module

    def v_Expression(self, node):
        self.visit_node(node.body)

    def v_FunctionType(self, node):
        self.write('(')
        self.comma_list(node.argtypes)
        self.write(') -> ')
        self.visit_node(node.returns)

    def v_Expr(self, node):
        self.fill()
        self.needs(YIELD, node.value)
        self.visit_node(node.value)

    def v_Import(self, node):
        self.fill('import ')
        self.comma_list(node.names)

    def v_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.comma_list(node.names)

    def v_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def v_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.needs(TUPLE, target)
            self.visit_node(target)
            self.write(' = ')
        self.visit_node(node.value)
        self._type_comment(node)

    def _type_comment(self, node):
        comment = getattr(node, 'type_comment', None)
        if comment:
            self.write('  # type: ' + comment)

    def v_AugAssign(self, node):
        self.fill()
        self.visit_node(node.target)
        self.write(' ' + _BINOPS[type(node.op).__name__][0] + '= ')
        self.visit_node(node.value)

    def v_AnnAssign(self, node):
        self.fill()
        self.paren_if(not node.simple and isinstance(node.target, Name), lambda: self.visit_node(node.target))
        self.write(': ')
        self.visit_node(node.annotation)
        if node.value:
            self.write(' = ')
            self.visit_node(node.value)

    def v_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.visit_node(node.value)

    def v_Pass(self, node):
        self.fill('pass')

    def v_Break(self, node):
        self.fill('break')

    def v_Continue(self, node):
        self.fill('continue')

    def v_Delete(self, node):
        self.fill('del ')
        self.comma_list(node.targets)

    def v_Assert(self, node):
        self.fill('assert ')
        self.visit_node(node.test)
        if node.msg:
            self.write(', ')
            self.visit_node(node.msg)

    def v_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def v_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def v_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.visit_node(node.exc)
        if node.cause:
            self.write(' from ')
            self.visit_node(node.cause)

    def _try(self, node, star):
        self.fill('try')
        self.block(node.body)
        for handler in node.handlers:
            self._handler(handler, star)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)
        if node.finalbody:
            self.fill('finally')
            self.block(node.finalbody)

    def v_Try(self, node):
        self._try(node, False)

    def v_TryStar(self, node):
        self._try(node, True)

    def _handler(self, node, star):
        self.fill('except*' if star else 'except')
        if node.type:
            self.write(' ')
            self.visit_node(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.block(node.body)

    def v_ExceptHandler(self, node):
        self._handler(node, False)

    def v_ClassDef(self, node):
        self.blank_line()
        for deco in node.decorator_list:
            self.fill('@')
            self.visit_node(deco)
        self.fill('class ' + node.name)
        if node.bases or node.keywords:
            self.write('(')
            self.comma_list(list(node.bases) + list(node.keywords))
            self.write(')')
        self.block(node.body, docstring_ok=True)

    def _function(self, node, keyword):
        self.blank_line()
        for deco in node.decorator_list:
            self.fill('@')
            self.visit_node(deco)
        self.fill(keyword + ' ' + node.name + '(')
        self.visit_node(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.visit_node(node.returns)
        self.block(node.body, docstring_ok=True)

    def v_FunctionDef(self, node):
        self._function(node, 'def')

    def v_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _for(self, node, keyword):
        self.fill(keyword + ' ')
        self.needs(TUPLE, node.target)
        self.visit_node(node.target)
        self.write(' in ')
        self.visit_node(node.iter)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def v_For(self, node):
        self._for(node, 'for')

    def v_AsyncFor(self, node):
        self._for(node, 'async for')

    def v_If(self, node):
        self.fill('if ')
        self.visit_node(node.test)
        self.block(node.body)
        # an else holding one if is written as elif
        while node.orelse and len(node.orelse) == 1 and type(node.orelse[0]).__name__ == 'If':
            node = node.orelse[0]
            self.fill('elif ')
            self.visit_node(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def v_While(self, node):
        self.fill('while ')
        self.visit_node(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def _with(self, node, keyword):
        self.fill(keyword + ' ')
        self.comma_list(node.items)
        self.block(node.body)

    def v_With(self, node):
        self._with(node, 'with')

    def v_AsyncWith(self, node):
        self._with(node, 'async with')

    def v_withitem(self, node):
        self.visit_node(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.visit_node(node.optional_vars)

    def v_Match(self, node):
        self.fill('match ')
        self.visit_node(node.subject)
        self.write(':')
        self._indent += 1
        for case in node.cases:
            self.visit_node(case)
        self._indent -= 1

    def v_match_case(self, node):
        self.fill('case ')
        self.visit_node(node.pattern)
        if node.guard:
            self.write(' if ')
            self.visit_node(node.guard)
        self.block(node.body)

    # ---- strings ----

    def _write_docstring(self, node):
        self.fill()
        if node.kind == 'u':
            self.write('u')
        self._write_str_plain(node.value, _TRIPLE)

    def _write_str_plain(self, text, quotes=_QUOTES):
        body, usable = _literal_body(text, quotes)
        self.write(usable[0] + body + usable[0])

    def _constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INF).replace('nan', '(%s-%s)' % (_INF, _INF)))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_plain(value)
        else:
            self.write(repr(value))

    def v_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.comma_list(value, self._constant)
            if len(value) == 1:
                self.write(',')
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self._constant(value)

    def v_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            self._write_str_plain(self._fstring_body(node.values))
            return
        quotes = _QUOTES
        parts = []
        for value in node.values:
            text = self._fstring_body([value])
            text, quotes = _literal_body(text, quotes, escape_whitespace=isinstance(value, Constant))
            parts.append(text)
        self.write(quotes[0] + ''.join(parts) + quotes[0])

    def v_FormattedValue(self, node):
        self.write('f')
        self._write_str_plain(self._fstring_body([node]))

    def _fstring_body(self, values):
        out = []
        for value in values:
            if isinstance(value, Constant):
                out.append(value.value.replace('{', '{{').replace('}', '}}'))
            elif isinstance(value, JoinedStr):
                out.append(self._fstring_body(value.values))
            else:
                inner = Unparser(avoid_backslashes=True)
                inner.needs(TEST + 1, value.value)
                inner._out = []
                inner.visit_node(value.value)
                expr = ''.join(inner._out)
                if '\\' in expr:
                    raise ValueError('Unable to avoid backslash in f-string expression part')
                out.append('{' + (' ' if expr.startswith('{') else '') + expr)
                if value.conversion != -1:
                    out.append('!' + chr(value.conversion))
                if value.format_spec:
                    out.append(':' + self._fstring_body(value.format_spec.values))
                out.append('}')
        return ''.join(out)

    # ---- expressions ----

    def v_Name(self, node):
        self.write(node.id)

    def v_NamedExpr(self, node):
        def inner():
            self.needs(ATOM, node.target, node.value)
            self.visit_node(node.target)
            self.write(' := ')
            self.visit_node(node.value)
        self.paren_if(self.level_of(node) > NAMED_EXPR, inner)

    def v_Await(self, node):
        def inner():
            self.write('await')
            if node.value:
                self.write(' ')
                self.needs(ATOM, node.value)
                self.visit_node(node.value)
        self.paren_if(self.level_of(node) > AWAIT, inner)

    def v_Yield(self, node):
        def inner():
            self.write('yield')
            if node.value:
                self.write(' ')
                self.needs(ATOM, node.value)
                self.visit_node(node.value)
        self.paren_if(self.level_of(node) > YIELD, inner)

    def v_YieldFrom(self, node):
        def inner():
            self.write('yield from ')
            self.needs(ATOM, node.value)
            self.visit_node(node.value)
        self.paren_if(self.level_of(node) > YIELD, inner)

    def v_List(self, node):
        self.write('[')
        self.comma_list(node.elts)
        self.write(']')

    def v_Tuple(self, node):
        self.paren_if(len(node.elts) == 0 or self.level_of(node) > TUPLE, lambda: self.items_view(node.elts))

    def v_Set(self, node):
        if node.elts:
            self.write('{')
            self.comma_list(node.elts)
            self.write('}')
        else:
            self.write('{*()}')

    def v_Dict(self, node):
        def pair(kv):
            k, v = kv
            if k is None:
                self.write('**')
                self.needs(EXPR, v)
                self.visit_node(v)
            else:
                self.visit_node(k)
                self.write(': ')
                self.visit_node(v)
        self.write('{')
        self.comma_list(list(zip(node.keys, node.values)), pair)
        self.write('}')

    def _comprehension(self, open_, close, node, head):
        self.write(open_)
        head()
        for gen in node.generators:
            self.visit_node(gen)
        self.write(close)

    def v_ListComp(self, node):
        self._comprehension('[', ']', node, lambda: self.visit_node(node.elt))

    def v_SetComp(self, node):
        self._comprehension('{', '}', node, lambda: self.visit_node(node.elt))

    def v_GeneratorExp(self, node):
        self._comprehension('(', ')', node, lambda: self.visit_node(node.elt))

    def v_DictComp(self, node):
        def head():
            self.visit_node(node.key)
            self.write(': ')
            self.visit_node(node.value)
        self._comprehension('{', '}', node, head)

    def v_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.needs(TUPLE, node.target)
        self.visit_node(node.target)
        self.write(' in ')
        self.needs(TEST + 1, node.iter, *node.ifs)
        self.visit_node(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.visit_node(cond)

    def v_IfExp(self, node):
        def inner():
            self.needs(TEST + 1, node.body, node.test)
            self.visit_node(node.body)
            self.write(' if ')
            self.visit_node(node.test)
            self.write(' else ')
            self.needs(TEST, node.orelse)
            self.visit_node(node.orelse)
        self.paren_if(self.level_of(node) > TEST, inner)

    def v_UnaryOp(self, node):
        text, level = _UNARY[type(node.op).__name__]

        def inner():
            self.write(text)
            if level != FACTOR:
                self.write(' ')
            self.needs(level, node.operand)
            self.visit_node(node.operand)
        self.paren_if(self.level_of(node) > level, inner)

    def v_BinOp(self, node):
        text, level = _BINOPS[type(node.op).__name__]

        def inner():
            if level == POWER:
                left, right = level + 1, level
            else:
                left, right = level, level + 1
            self.needs(left, node.left)
            self.visit_node(node.left)
            self.write(' ' + text + ' ')
            self.needs(right, node.right)
            self.visit_node(node.right)
        self.paren_if(self.level_of(node) > level, inner)

    def v_Compare(self, node):
        def inner():
            self.needs(CMP + 1, node.left, *node.comparators)
            self.visit_node(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _CMPOPS[type(op).__name__] + ' ')
                self.visit_node(right)
        self.paren_if(self.level_of(node) > CMP, inner)

    def v_BoolOp(self, node):
        text, level = _BOOLOPS[type(node.op).__name__]

        def inner():
            # each further operand is held to a stricter level (CPython's layout)
            for i, value in enumerate(node.values):
                if i:
                    self.write(' ' + text + ' ')
                self.needs(level + 1 + i, value)
                self.visit_node(value)
        self.paren_if(self.level_of(node) > level, inner)

    def v_Attribute(self, node):
        self.needs(ATOM, node.value)
        self.visit_node(node.value)
        # 1 .real: an int literal needs a space before the dot
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def v_Call(self, node):
        self.needs(ATOM, node.func)
        self.visit_node(node.func)
        self.write('(')
        self.comma_list(list(node.args) + list(node.keywords))
        self.write(')')

    def v_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.visit_node(node.value)

    def v_Subscript(self, node):
        self.needs(ATOM, node.value)
        self.visit_node(node.value)
        self.write('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.items_view(node.slice.elts)
        else:
            self.visit_node(node.slice)
        self.write(']')

    def v_Starred(self, node):
        self.write('*')
        self.needs(EXPR, node.value)
        self.visit_node(node.value)

    def v_Slice(self, node):
        if node.lower:
            self.visit_node(node.lower)
        self.write(':')
        if node.upper:
            self.visit_node(node.upper)
        if node.step:
            self.write(':')
            self.visit_node(node.step)

    def v_Lambda(self, node):
        def inner():
            self.write('lambda')
            text = Unparser().visit(node.args)
            if text:
                self.write(' ' + text)
            self.write(': ')
            self.needs(TEST, node.body)
            self.visit_node(node.body)
        self.paren_if(self.level_of(node) > TEST, inner)

    def v_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.visit_node(node.annotation)

    def v_arguments(self, node):
        first = True

        def sep():
            nonlocal first
            if not first:
                self.write(', ')
            first = False
        positional = list(node.posonlyargs) + list(node.args)
        defaults = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            sep()
            self.visit_node(a)
            if d:
                self.write('=')
                self.visit_node(d)
            if i == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            sep()
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.visit_node(node.vararg.annotation)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            sep()
            self.visit_node(a)
            if d:
                self.write('=')
                self.visit_node(d)
        if node.kwarg:
            sep()
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.visit_node(node.kwarg.annotation)
