"""inspect on a small module: signatures of functions, methods, classes and partials,
binding arguments, predicates, docstrings, members, source text and the stack."""
import inspect, functools
def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Do things.

        Indented detail.
    """
    return True
def g(x, y=None): yield x
async def co(): pass
class Base:
    """Base doc."""
    def m(self, x, *, flag=False): "method doc"
    @classmethod
    def make(cls, n=1): pass
    @staticmethod
    def util(p, q): pass
    @property
    def prop(self): return 1
class Point(Base):
    def __init__(self, x, y=0): self.x, self.y = x, y
    def m(self, x, *, flag=False): pass
    def __call__(self, z): return z
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def wrapped(p, q=1):
    return p
for obj in [f, g, co, Base().m, Base.make, Base.util, Point, Point(1), wrapped, lambda a, *b: 0,
            functools.partial(f, 1, 2, d=4), functools.partial(Point, y=5)]:
    s = inspect.signature(obj)
    print(s, repr(s), list(s.parameters))
sig = inspect.signature(f)
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation, inspect.signature(wrapped, follow_wrapped=False))
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs)
ba = inspect.signature(Point).bind(1)
ba.apply_defaults(); print(ba)
for args, kw in [((), {}), ((1, 2, 3), {"d": 1, "c": 2}), ((1,), {"a": 2, "d": 0}), ((1,), {"d": 1, "zz": 2})]:
    try: inspect.signature(f).bind(*args, **kw)
    except TypeError as e: print("TypeError:", e)
try: inspect.signature(Point).bind(1, 2, 3)
except TypeError as e: print("TypeError:", e)
P = inspect.Parameter
print(inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=None)]))
for bad in [lambda: P("1x", P.POSITIONAL_ONLY), lambda: P("a", P.VAR_POSITIONAL, default=1),
            lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]),
            lambda: inspect.signature(3), lambda: P(3, P.POSITIONAL_ONLY)]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(Base().m))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(Base().m), inspect.isclass(Point))
print(inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(f), inspect.isgenerator(g(1)), inspect.iscoroutinefunction(co))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f), inspect.isroutine(3), inspect.ismodule(inspect))
print(inspect.getdoc(f)); print(repr(inspect.getdoc(Point.m)), inspect.getdoc(Point))
print(inspect.cleandoc("  first\n      second\n    third\n\n"))
print([n for n, v in inspect.getmembers(Point, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Point(1)) if not n.startswith("__")])
print(inspect.getmro(Point), inspect.getmodule(Point).__name__, inspect.getmodule(f) is inspect.getmodule(g))
print(inspect.getsource(g), end="")
print(inspect.getsource(Base), end="")
lines, start = inspect.getsourcelines(wrapped)
print(start, lines)
print(inspect.getsource(Point.__call__), end="")
def here():
    fr = inspect.currentframe()
    st = inspect.stack()
    return fr.f_code.co_name, [(fi.function, fi.lineno) for fi in st[:2]], st[0].code_context
print(here())
print(inspect.unwrap(wrapped) is not wrapped, inspect.unwrap(wrapped).__name__)
print(inspect.getcallargs(f, 1, d=2))
print(inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty)
print(str(inspect.Parameter.KEYWORD_ONLY), repr(inspect.Parameter.KEYWORD_ONLY))
print(inspect.isabstract(Point), os_file := inspect.getfile(f).endswith("insp_t.py"))
try: inspect.getfile(len)
except TypeError as e: print(e)
