# Bare object() instances (and built-in values) have no __dict__: attribute stores fail.

sentinel = object()
for attempt in ("x", "name", "__weird__"):
    try:
        setattr(sentinel, attempt, 1)
    except AttributeError as e:
        print("setattr:", e)
try:
    sentinel.flag = True
except AttributeError as e:
    print("store:", e)
try:
    del sentinel.flag
except AttributeError as e:
    print("del:", e)
print(hasattr(sentinel, "flag"), getattr(sentinel, "flag", "default"))

for value in (42, "text", 1.5, (1, 2), [1], {}):
    try:
        value.extra = 1
    except AttributeError as e:
        print(type(value).__name__, "->", e)


class Open:
    pass


o = Open()
o.x = 1
setattr(o, "y", 2)
print(sorted(vars(o).items()))

