"""Error messages of abstract classes, as CPython 3.11 words them."""
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Two(Base):
    @abc.abstractmethod
    def stop(self):
        ...


class Many(abc.ABC):
    @abc.abstractmethod
    def zeta(self): ...

    @abc.abstractmethod
    def alpha(self): ...

    @abc.abstractmethod
    def mid(self): ...


for cls in (Base, Two, Many):
    try:
        cls()
    except TypeError as e:
        print(e)


class Fixed(Two):
    def run(self):
        return "running"

    def stop(self):
        return "stopped"


f = Fixed()
print(f.run(), f.stop())


class Legacy(metaclass=abc.ABCMeta):
    @abc.abstractproperty
    def size(self):
        ...


try:
    Legacy()
except TypeError as e:
    print(e)


class Sized(Legacy):
    size = 3


print(Sized().size)

# The method can be added later; update_abstractmethods recomputes the set.
class Late(Base):
    pass


Late.run = lambda self: "late"
abc.update_abstractmethods(Late)
print(Late().run(), abc.get_cache_token() >= 0)
print(getattr(Base.run, "__isabstractmethod__", False), getattr(Fixed.run, "__isabstractmethod__", False))
