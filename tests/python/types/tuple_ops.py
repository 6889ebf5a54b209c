# Tuples: packing, unpacking, comparison, hashing and named records.
from collections import namedtuple

point = 3, 4
x, y = point
print(point, x, y, (1,), (), tuple("ab"), tuple(range(3)), (1, 2) + (3,), (0,) * 3)
first, *rest = (1, 2, 3, 4)
*init, last = "hello"
a, (b, c), d = 1, (2, 3), 4
print(first, rest, init, last, a, b, c, d)
for bad in ("x, y = (1, 2, 3)", "x, y, z = (1, 2)", "x, y = 5", "a, *b, c = (1,)"):
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), ("a", 1) == ("a", 1), (1, "x") != (1, "y"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()))
print((1, 2, 3, 2).count(2), (1, 2, 3).index(3), len((1,) * 10), 2 in (1, 2), (1, 2, 3)[::-1], (1, 2, 3)[1:])
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
print(repr((1,)), repr(("a",)), str(((),)), tuple([[1]]), max((1, 5), (1, 4)))

Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 120), Employee("bo", "ops", 90), Employee("cy", "eng", 100)]
print(staff[0], staff[0].name, staff[0][2], staff[0]._asdict())
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, sorted(staff, key=lambda e: e.salary)[0].name, sum(e.salary for e in staff))
raise_ = staff[1]._replace(salary=95)
print(raise_, staff[1], Employee._fields, Employee._make(["di", "hr", 70]))
name, dept, salary = staff[2]
print(name, dept, salary, isinstance(staff[0], tuple), len(staff[0]))
pairs = list(zip("abc", range(3)))
letters, numbers = zip(*pairs)
print(pairs, letters, numbers, dict(pairs))
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
matrix = ((1, 2, 3), (4, 5, 6))
print(tuple(zip(*matrix)), tuple(sum(r) for r in matrix), sorted({(2, "b"), (1, "z"), (1, "a")}))
