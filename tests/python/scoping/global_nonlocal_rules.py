# Name resolution: LEGB order, global and nonlocal declarations, class scopes, del and rebinding.

level = "module"


def reader():
    return level


def shadower():
    level = "function"

    def inner():
        return level

    return inner()


def declares_global():
    global level
    level = "changed by function"


print(reader(), shadower())
declares_global()
print(reader(), level)


def outer():
    value = 1

    def middle():
        value = 2

        def inner():
            nonlocal value
            value += 10
            return value

        return inner(), value

    return middle(), value


print(outer())


class Scope:
    attr = "class attr"

    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"

    def qualified(self):
        return self.attr, Scope.attr

    doubled = [attr for _ in range(1)] if False else None
    derived = attr.upper()


print(Scope().method(), Scope().qualified(), Scope.derived)


def builtins_shadow():
    len = lambda x: "shadowed"
    return len([1, 2, 3])


print(builtins_shadow(), len([1, 2, 3]))


def delete_local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(delete_local())
temp = "global temp"
del temp
try:
    temp
except NameError as e:
    print("NameError:", e)


def conditional_def(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return type(e).__name__


print(conditional_def(True), conditional_def(False))


def loop_var_leak():
    for i in range(3):
        pass
    return i


print(loop_var_leak(), [j for j in range(2)])
counter = 0


def incr_many(n):
    global counter
    for _ in range(n):
        counter += 1


incr_many(5)
incr_many(3)
print(counter)


def make_accumulators():
    accs = []
    for start in (0, 100):
        total = start

        def add(x, total=total):
            return total + x

        accs.append(add)
    return accs


print([f(1) for f in make_accumulators()])


def walrus_scope():
    data = [3, 8, 1]
    if (n := len(data)) > 2:
        result = f"{n} items"
    return result, n


print(walrus_scope())
exec("exec_made = 42")
print(exec_made, eval("level.upper()"), "exec_made" in globals())
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["b"], sorted(k for k in ns if not k.startswith("__")))
