# A small linter and refactoring tool built on ast: it parses a module, reports problems with
# their positions, rewrites some constructs with a NodeTransformer, unparses the result and
# runs the rewritten tree.
import ast

SOURCE = '''\
"""Order processing."""
import os, sys
from collections import *


def total(orders, tax=0.2, seen=[]):
    """Sum the orders.

    Tax is added at the end.
    """
    result = 0
    for o in orders:
        if o["qty"] == None:
            continue
        result = result + o["qty"] * o["price"]
    try:
        result *= (1 + tax)
    except:
        pass
    return round(result, 2)


class Report(object):
    def __init__(self, name):
        self.name = name

    def render(self, rows):
        lines = [f"{self.name!r:>10}: {len(rows)} rows"]
        lines += [str(r) for r in rows if r is not None]
        return "\\n".join(lines)


print(total([{"qty": 2, "price": 1.5}, {"qty": None, "price": 9}, {"qty": 1, "price": 4.25}]))
print(Report("daily").render([1, None, (2, 3)]))
'''


class Linter(ast.NodeVisitor):
    def __init__(self):
        self.problems = []
        self.imported = set()
        self.used = set()

    def report(self, node, code, msg):
        self.problems.append((node.lineno, node.col_offset, code, msg))

    def visit_Import(self, node):
        for alias in node.names:
            self.imported.add(alias.asname or alias.name)
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        if any(a.name == "*" for a in node.names):
            self.report(node, "W401", "wildcard import from %s" % node.module)
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        for default in node.args.defaults:
            if isinstance(default, (ast.List, ast.Dict, ast.Set)):
                self.report(default, "B006", "mutable default argument in %s()" % node.name)
        if ast.get_docstring(node) is None:
            self.report(node, "D103", "missing docstring in %s()" % node.name)
        self.generic_visit(node)

    def visit_ClassDef(self, node):
        for base in node.bases:
            if isinstance(base, ast.Name) and base.id == "object":
                self.report(base, "UP004", "class %s inherits from object" % node.name)
        self.generic_visit(node)

    def visit_Compare(self, node):
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(right, ast.Constant) and right.value is None:
                self.report(node, "E711", "comparison to None should use 'is'")
        self.generic_visit(node)

    def visit_ExceptHandler(self, node):
        if node.type is None:
            self.report(node, "E722", "bare except")
        self.generic_visit(node)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.used.add(node.id)


tree = ast.parse(SOURCE, filename="orders.py")
linter = Linter()
linter.visit(tree)
for name in sorted(linter.imported - linter.used):
    linter.problems.append((0, 0, "F401", "%s imported but unused" % name))
for line, col, code, msg in sorted(linter.problems):
    print("orders.py:%d:%d: %s %s" % (line, col, code, msg))

print(ast.get_docstring(tree))
print(repr(ast.get_docstring(tree.body[3], clean=False)))
counts = {}
for node in ast.walk(tree):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
print(sorted(counts.items())[:12])
func = tree.body[3]
print(func.name, func.lineno, func.col_offset, func.end_lineno, func.end_col_offset)
print(ast.get_source_segment(SOURCE, func.body[2].body[0].test))
print(ast.dump(func.args))
print(ast.dump(ast.parse("x = f(a, *b, k=1)").body[0], indent=4))
print(ast.dump(ast.parse("y = 1").body[0], include_attributes=True))


class Modernize(ast.NodeTransformer):
    """== None -> is None; x = x + y -> x += y; drops (object) bases; unparenthesises."""

    def visit_Compare(self, node):
        self.generic_visit(node)
        node.ops = [ast.Is() if isinstance(op, ast.Eq) and isinstance(r, ast.Constant) and r.value is None
                    else op for op, r in zip(node.ops, node.comparators)]
        return node

    def visit_Assign(self, node):
        self.generic_visit(node)
        if (len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.BinOp) and isinstance(node.value.left, ast.Name)
                and node.value.left.id == node.targets[0].id):
            new = ast.AugAssign(target=ast.Name(node.targets[0].id, ast.Store()), op=node.value.op,
                                value=node.value.right)
            return ast.copy_location(new, node)
        return node

    def visit_ClassDef(self, node):
        self.generic_visit(node)
        node.bases = [b for b in node.bases if not (isinstance(b, ast.Name) and b.id == "object")]
        return node

    def visit_Expr(self, node):
        # drop the print calls: the program below prints for itself
        if isinstance(node.value, ast.Call) and getattr(node.value.func, "id", None) == "print":
            return None
        return node


new_tree = ast.fix_missing_locations(Modernize().visit(tree))
print(ast.unparse(new_tree))
namespace = {}
exec(compile(new_tree, "orders.py", "exec"), namespace)
print(namespace["total"]([{"qty": 3, "price": 2.0}]), namespace["Report"].__bases__)

# unparse of assorted expressions, with CPython's parentheses and quotes
for src in ["(a + b) * c ** -d", "-(2 ** 3)", "(-2) ** 3", "not (a and b) or c", "lambda x, *a, k=1, **kw: (x, a)",
            "x if y else (z if w else v)", "[*a, *b]", "{**a, 'k': 1}", "f'{x!r}-{y:>{w}}' 'tail'",
            "a[1:2, ::3]", "(yield)", "await x", "'it''s'", '"a\\nb"', "{*()}", "(1).real", "1 .real",
            "print(*args, sep='')", "(x := 10)", "a < b < c", "x[()]", "b'\\x00'"]:
    print(ast.unparse(ast.parse(src)))

# literal_eval, and what it refuses
print(ast.literal_eval("{'a': [1, 2.5, -3, 1+2j], 'b': (None, True, b'x'), 'c': {1}, 'd': set()}"))
for bad in ["__import__('os')", "a + 1", "[1, x]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(":")[0])

# compile errors for incomplete trees, syntax errors from parse
for tree in [ast.Module(body=[ast.Expr(ast.Constant(1))], type_ignores=[]), ast.Module(body=[])]:
    try:
        compile(tree, "<tree>", "exec")
    except TypeError as e:
        print("TypeError:", e)
try:
    ast.parse("def f(:\n    pass", filename="broken.py")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno, e.offset)
expr = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<expr>", "eval")))
print(ast.increment_lineno(ast.parse("a\nb"), 3).body[1].lineno)
print(isinstance(ast.parse("x").body[0], ast.stmt), ast.Name._fields, ast.arg._attributes)
print(ast.Load() is not None, type(ast.parse("x").body[0].value.ctx).__name__)
