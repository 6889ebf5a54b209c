# Closures capture variables, not values; nonlocal and global rebinding; late binding in loops.


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return increment, reset, peek


inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), peek())
reset()
print(peek(), inc())
inc2, _, peek2 = make_counter()
print(inc2(), inc2(), peek(), peek2())

late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])


def builders():
    fns = []
    for name in ("a", "b"):
        def show(prefix="<"):
            return prefix + name
        fns.append(show)
    name = "changed"
    return fns


print([f() for f in builders()])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner()

    result = middle()
    return result, x


print(outer())
total = 0


def add_to_total(n):
    global total
    total += n
    return total


print(add_to_total(5), add_to_total(7), total)


def shadow():
    total = "local"
    return total


print(shadow(), total)


def unbound_local():
    try:
        print(total)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    total = 1


unbound_local()


def free_var_error():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    value = 1
    return inner()


print(free_var_error())


def accumulate():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    return add, items


add, items = accumulate()
add("p")
add("q")
print(items, add.__closure__[0].cell_contents, add.__code__.co_freevars)


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def slow_square(n):
    print(f"  computing {n}")
    return n * n


print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))


class Bank:
    rate = 0.05

    def interest(self, amount):
        return (lambda: amount * self.rate)()

    def scoped(self):
        rate = 1
        return [rate for _ in range(2)], [Bank.rate for _ in range(1)]


print(Bank().interest(200), Bank().scoped())


def counter_gen():
    n = 0

    def bump():
        nonlocal n
        n += 1
    while n < 3:
        bump()
        yield n


print(list(counter_gen()))
x = "global x"


def reads_global():
    return x


def assigns_after_read():
    y = x
    return y


print(reads_global(), assigns_after_read())
