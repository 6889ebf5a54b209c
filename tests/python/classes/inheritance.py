class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        base = super().speak()
        return base.upper()


animals = [Animal("generic"), Dog("rex"), Puppy("bit", 1)]
for a in animals:
    print(a, a.kind, a.speak())
print(Animal.count, isinstance(animals[2], Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(Puppy.__mro__)
print(Puppy.__name__, Puppy.__qualname__, type(animals[1]) is Dog, Dog.__bases__)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Outer:
    class Inner:
        def method(self):
            return "inner"

    def make(self):
        return self.Inner()


print(Outer().make().method(), Outer.Inner.__qualname__)
