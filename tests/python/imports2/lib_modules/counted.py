import sys
runs = getattr(sys, "_counted_runs", 0) + 1
sys._counted_runs = runs
print("executing counted, run", runs)
