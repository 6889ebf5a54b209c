# Method resolution order: diamonds, mixins, C3 failures, and overriding special methods down a hierarchy.


class Base:
    def hello(self):
        return "Base"

    def __repr__(self):
        return f"<{type(self).__name__}>"


class Left(Base):
    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def hello(self):
        return "Right>" + super().hello()


class Bottom(Left, Right):
    pass


print(Bottom().hello(), [c.__name__ for c in Bottom.__mro__], Bottom.mro() == list(Bottom.__mro__))


class LoggingMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"


class JsonMixin:
    def to_json(self):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in sorted(self.__dict__.items())) + "}"


class User(LoggingMixin, JsonMixin, Base):
    def __init__(self, name):
        self.name = name
        self.active = True


u = User("ann")
print(u.log("created"), u.to_json(), u, isinstance(u, JsonMixin), issubclass(User, LoggingMixin))
try:
    class Broken(Left, Base, Right):
        pass
except TypeError as e:
    print("TypeError:", e)


class A:
    x = "A"


class B(A):
    pass


class C(A):
    x = "C"


class D(B, C):
    pass


print(D.x, D().x, [k.__name__ for k in D.__mro__])
print(D.__bases__, B.__base__, object.__bases__, type.__base__)


class Animal:
    sound = "..."

    def speak(self):
        return f"{type(self).__name__.lower()} says {self.sound}"

    def __eq__(self, other):
        return type(self) is type(other)

    __hash__ = object.__hash__


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"


print([a.speak() for a in (Animal(), Dog(), Puppy())], Dog() == Dog(), Dog() == Puppy())
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), isinstance(Puppy(), (int, Dog)), Puppy.__mro__[2].__name__)


class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0

    def append(self, x):
        self.appends += 1
        super().append(x)

    def __repr__(self):
        return f"MyList({list.__repr__(self)}, appends={self.appends})"


ml = MyList([1, 2])
ml.append(3)
ml.extend([4])
print(ml, len(ml), ml[1:], type(ml[1:]).__name__, isinstance(ml, list), sum(ml))


class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.upper())


ud = UpperDict()
ud["a"] = 1
print(ud, ud["A"], ud["a"], dict(ud), "A" in ud)
print(bool.__mro__, [c.__name__ for c in KeyError.__mro__])
