# classmethod and staticmethod as real classes use them: alternate constructors, factories, validation helpers.


class Color:
    _named = {"red": (255, 0, 0), "green": (0, 128, 0), "white": (255, 255, 255)}

    def __init__(self, r, g, b):
        for v in (r, g, b):
            if not self.valid(v):
                raise ValueError(f"channel out of range: {v}")
        self.rgb = (r, g, b)

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))

    @classmethod
    def named(cls, name):
        try:
            return cls(*cls._named[name])
        except KeyError:
            raise ValueError(f"unknown color {name!r}") from None

    @staticmethod
    def valid(v):
        return isinstance(v, int) and 0 <= v <= 255

    def hex(self):
        return "#" + "".join(f"{c:02x}" for c in self.rgb)

    def __repr__(self):
        return f"{type(self).__name__}{self.rgb}"


class Paint(Color):
    def __init__(self, r, g, b, finish="matte"):
        super().__init__(r, g, b)
        self.finish = finish


print(Color.from_hex("#1e90ff"), Color.named("green").hex(), Paint.from_hex("ffffff"), Paint.named("red").finish)
print(Color.valid(300), Color(1, 2, 3).valid(3), type(Paint.named("white")).__name__)
for bad in (lambda: Color.named("mauve"), lambda: Color(1, 2, 256), lambda: Color.from_hex("zz0000")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @classmethod
    def celsius(cls, c):
        return cls(c + 273.15)

    @classmethod
    def fahrenheit(cls, f):
        return cls.celsius((f - 32) * 5 / 9)

    def __repr__(self):
        return f"{self.kelvin:.2f}K"


print(Temperature.celsius(100), Temperature.fahrenheit(32), Temperature(0))


class Shape:
    registry = {}

    @classmethod
    def register(cls, kind):
        def deco(sub):
            cls.registry[kind] = sub
            return sub
        return deco

    @classmethod
    def create(cls, kind, *args):
        return cls.registry[kind](*args)


@Shape.register("square")
class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


@Shape.register("rect")
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


print([Shape.create(k, *a).area() for k, a in (("square", (3,)), ("rect", (2, 5)))], sorted(Shape.registry))
cm = Color.__dict__["from_hex"]
sm = Color.__dict__["valid"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(5), Color.from_hex.__self__ is Color)


class Counter:
    count = 0

    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count


class SubCounter(Counter):
    pass


print(Counter.increment(), Counter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)
