print("circ_b start")
import circ_a
B_VALUE = "b"


def from_a():
    return circ_a.A_VALUE
print("circ_b end, circ_a has A_VALUE:", hasattr(circ_a, "A_VALUE"))
