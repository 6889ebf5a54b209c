"""A module imported by use_module.py."""
CONSTANT = 42
_private = "hidden"

def greet(name):
    return f"hello {name} from {__name__}"

class Thing:
    def __repr__(self):
        return "Thing()"
