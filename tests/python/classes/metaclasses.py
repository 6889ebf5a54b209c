class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        cls.tag = name.lower()
        return cls

    def describe(cls):
        return f"<{cls.__name__} tagged {cls.tag}>"


class Base(metaclass=Registry):
    pass


class Child(Base):
    def hello(self):
        return "hello from " + self.tag


print(Registry.classes, type(Base).__name__, type(Child) is Registry, isinstance(Child, Registry))
print(Child.describe(), Child().hello(), isinstance(Child(), Base))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instances = 0

    def __call__(cls, *args):
        obj = super().__call__(*args)
        cls.instances += 1
        return obj


class Widget(metaclass=Counted):
    pass


Widget(); Widget(); Widget()
print(Widget.instances)
Dynamic = type("Dynamic", (Child,), {"x": 5, "double": lambda self: self.x * 2})
print(Dynamic().double(), Dynamic.tag, type(Dynamic).__name__, Dynamic.__mro__[1].__name__)
