import sys

c = compile("1 + 2 * 3", "<expr>", "eval")
print(type(c).__name__, c.co_filename, eval(c))
s = compile("x = 5\ny = x * 2\n", "<stmts>", "exec")
ns = {}
exec(s, ns)
print(ns["x"], ns["y"])
single = compile("40 + 2", "<single>", "single")
exec(single)
exec(compile("print('single stmt')", "<s>", "single"))
for src, mode in (("1 +", "eval"), ("def f(:\n  pass", "exec"), ("x = = 1", "exec"),
                  ("if True:\npass", "exec"), ("return 5", "exec"), ("a, b += 1", "exec"),
                  ("f(x for x in y, 1)", "eval"), ("'unterminated", "eval")):
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} (line {e.lineno})")
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    compile("x = 1", "<x>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename)
code = compile("def g(a, b=2):\n    return a + b\n", "generated.py", "exec")
env = {}
exec(code, env)
print(env["g"](1), env["g"].__code__.co_filename, env["g"].__code__.co_name)
print(env["g"].__code__.co_argcount, env["g"].__code__.co_varnames)
expr = compile("a * b", "<f>", "eval")
products = []
for i in range(4):
    products.append(eval(expr, {"a": i, "b": i + 1}))
print(products)
print(compile("x", "<f>", "eval").co_names)
src = "total = sum(values)"
print(eval(compile("values[-1]", "<v>", "eval"), {"values": [3, 4]}))
lines = ["def sq(n):", "    return n * n", "", "answer = sq(12)"]
mod = {}
exec(compile("\n".join(lines), "<joined>", "exec"), mod)
print(mod["answer"])
print(compile(b"1+1", "<bytes>", "eval") is not None, eval(compile("7 ", "<sp>", "eval")))
