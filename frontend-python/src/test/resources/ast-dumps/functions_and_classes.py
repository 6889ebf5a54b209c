@decorator
@decorator.attr(arg)
def f(a, b: int = 1, /, c=2, *args: str, d, e: float = 3.0, **kwargs) -> bool:
    """Docstring."""
    yield a
    yield from b
    return c

async def g():
    await x
    async for i in y:
        pass
    async with z as w:
        pass
    return [i async for i in aiter()]

class C(Base, metaclass=Meta, **kw):
    x: int
    def method(self, *, key):
        return super().method(key=key)

def star(*args: *Ts): pass
