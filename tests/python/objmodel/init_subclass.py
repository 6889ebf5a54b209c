# __init_subclass__ hooks with keywords, validation, and __set_name__ ordering.


class Command:
    commands = {}

    def __init_subclass__(cls, /, name=None, aliases=(), **kw):
        super().__init_subclass__(**kw)
        key = name or cls.__name__.lower()
        Command.commands[key] = cls
        for a in aliases:
            Command.commands[a] = cls
        print(f"  registered {cls.__name__} as {key!r} aliases={list(aliases)}")

    def run(self, *args):
        raise NotImplementedError


class Copy(Command, name="cp", aliases=("copy",)):
    def run(self, src, dst):
        return f"copy {src} -> {dst}"


class Move(Command):
    def run(self, src, dst):
        return f"move {src} -> {dst}"


for cmd, args in [("cp", ("a", "b")), ("move", ("x", "y")), ("copy", ("1", "2"))]:
    print(Command.commands[cmd]().run(*args))
try:
    Command().run()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))


class Strict:
    required = ()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if "required" in cls.__dict__:
            return
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {', '.join(missing)}")


class Shape(Strict):
    required = ("area", "perimeter")
    area = perimeter = None

    def __init_subclass__(cls, **kw):
        print(f"  Shape hook for {cls.__name__}")
        super().__init_subclass__(**kw)


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


print(Sq(3).area(), Sq(3).perimeter())
try:
    class Blob(Shape):
        def area(self):
            return 0
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad(Copy, unknown_option=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Tracked:
    def __set_name__(self, owner, name):
        print(f"  set_name {owner.__name__}.{name}")


class Base:
    def __init_subclass__(cls, **kw):
        print(f"  init_subclass {cls.__name__} attrs={sorted(k for k in cls.__dict__ if not k.startswith('__'))}")


class Child(Base):
    first = Tracked()
    second = Tracked()


class Grandchild(Child):
    third = Tracked()


print(Base.__init_subclass__.__name__, object.__init_subclass__() is None)
print([k for k in Command.commands], Copy.__mro__[1].__name__)
