from graphlib import TopologicalSorter, CycleError
graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"], "E": ["D", "A"], "F": []}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("link", "compile")
ts.add("compile", "fetch", "configure")
ts.add("test", "build")
ts.add("docs")
ts.prepare()
while ts.is_active():
    ready = ts.get_ready()
    print("ready:", ready)
    ts.done(*ready)
deps = {"app": ["lib", "utils"], "lib": ["utils", "core"], "utils": ["core"], "core": [], "cli": ["app"]}
print(list(TopologicalSorter(deps).static_order()))
for g in ({1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c"], "c": ["b"], "d": []}):
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print(type(e).__name__, e.args)
ts = TopologicalSorter({"x": ["y"]})
try: ts.get_ready()
except ValueError as e: print(e)
ts.prepare()
try: ts.done("x")
except ValueError as e: print(e)
try: ts.done("zz")
except ValueError as e: print(e)
try: ts.add("q")
except ValueError as e: print(e)
print(TopologicalSorter[str])
for g in ({"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": ["a"]}, {"x": ["y", "z"], "z": ["w"], "w": ["x"], "y": []}, {5: [6], 6: [7, 8], 8: [5], 7: []}, {"s": ["s"]}):
    try:
        print(list(TopologicalSorter(g).static_order()))
    except CycleError as e:
        print(type(e).__name__, e.args)
