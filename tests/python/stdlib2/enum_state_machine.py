"""A traffic-light and order-processing state machine driven by enums."""
from enum import Enum, auto, unique


@unique
class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def can_go(self):
        return self is Light.GREEN


light = Light.RED
for step in range(7):
    print(step, light, light.name, light.value, "go" if light.can_go else "stop")
    light = light.next()


class OrderState(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


TRANSITIONS = {
    OrderState.NEW: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.CANCELLED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
    OrderState.DELIVERED: set(),
    OrderState.CANCELLED: set(),
}


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = OrderState.NEW
        self.history = [self.state]

    def advance(self, target):
        if target not in TRANSITIONS[self.state]:
            raise ValueError(f"order {self.oid}: cannot go from {self.state.name} to {target.name}")
        self.state = target
        self.history.append(target)


o = Order(7)
for target in (OrderState.PAID, OrderState.SHIPPED, OrderState.PAID, OrderState.DELIVERED):
    try:
        o.advance(target)
        print("now", o.state)
    except ValueError as e:
        print("error:", e)
print([s.name for s in o.history], [s.value for s in OrderState])
print(repr(OrderState.SHIPPED), OrderState(3), OrderState["CANCELLED"], OrderState.PAID in OrderState)
print(len(OrderState), list(OrderState.__members__), OrderState.NEW < OrderState.PAID if False else "")
try:
    OrderState.NEW < OrderState.PAID
except TypeError as e:
    print("TypeError:", e)
counts = {}
for i in range(1000):
    s = list(OrderState)[i % 5]
    counts[s] = counts.get(s, 0) + 1
print({k.name: v for k, v in counts.items()})
print(hash(OrderState.NEW) == hash(OrderState.NEW), OrderState.NEW == OrderState.NEW, OrderState.NEW != 1)
print(isinstance(OrderState.NEW, OrderState), type(OrderState.NEW).__name__, type(OrderState).__name__)
print(f"{Light.RED}|{Light.GREEN!r}|{Light.YELLOW:>14}|", str(Light.RED), format(Light.GREEN))


class Direction(Enum):
    NORTH = 0
    EAST = 90
    SOUTH = 180
    WEST = 270
    UP = 0

    def turn(self, degrees):
        return Direction((self.value + degrees) % 360)


d = Direction.NORTH
for t in (90, 90, -270, 180):
    d = d.turn(t)
    print(d)
print(Direction.UP is Direction.NORTH, Direction.__members__["UP"], list(Direction))
match Light.GREEN:
    case Light.RED:
        print("matched red")
    case Light.GREEN:
        print("matched green")
