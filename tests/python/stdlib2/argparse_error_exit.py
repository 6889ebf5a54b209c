"""An uncaught usage error: usage and message on stderr, exit status 2."""
import argparse

parser = argparse.ArgumentParser(prog="convert", description="Convert between units.")
parser.add_argument("value", type=float, help="the number to convert")
parser.add_argument("unit", choices=["km", "mi", "m"], help="unit of the value")
parser.add_argument("--to", choices=["km", "mi", "m"], default="m")
parser.add_argument("--precision", type=int, default=2)
args = parser.parse_args(["12.5", "km", "--to", "mi"])
factors = {"km": 1000.0, "mi": 1609.344, "m": 1.0}
print(f"{args.value} {args.unit} = {args.value * factors[args.unit] / factors[args.to]:.{args.precision}f} {args.to}")
print("now with a bad unit")
parser.parse_args(["3", "furlong"])
print("never printed")
