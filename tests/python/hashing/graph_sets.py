# Graph algorithms that keep their state in sets and print them: neighbours, BFS frontiers,
# connected components, and a tag index with set algebra
edges = [("paris", "lyon"), ("lyon", "marseille"), ("paris", "lille"), ("lille", "brussels"),
         ("brussels", "amsterdam"), ("amsterdam", "berlin"), ("berlin", "munich"), ("munich", "vienna"),
         ("vienna", "prague"), ("prague", "berlin"), ("oslo", "stockholm"), ("stockholm", "helsinki"),
         ("madrid", "lisbon"), ("madrid", "barcelona"), ("barcelona", "marseille")]

graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)

for city in sorted(graph):
    print(city, graph[city])


def bfs(start):
    seen = {start}
    frontier = {start}
    level = 0
    while frontier:
        print("  level", level, frontier)
        nxt = set()
        for node in frontier:
            nxt |= graph[node]
        frontier = nxt - seen
        seen |= frontier
        level += 1
    return seen


reach = bfs("paris")
print(len(reach), reach)

remaining = set(graph)
components = []
while remaining:
    start = min(remaining)
    comp = bfs(start)
    components.append(comp)
    remaining -= comp
print(len(components))
for comp in components:
    print(sorted(comp), comp)

tags = {
    "post1": {"python", "jit", "performance"},
    "post2": {"python", "hashing", "sets"},
    "post3": {"java", "jit", "osgi"},
    "post4": {"sets", "hashing", "algorithms", "python"},
}
everything = set().union(*tags.values())
print(everything)
print(set.intersection(*[tags[p] for p in ("post1", "post2", "post4")]))
shared = {}
for p in sorted(tags):
    for q in sorted(tags):
        if p < q and tags[p] & tags[q]:
            shared[(p, q)] = tags[p] & tags[q]
print(shared)
print({t for ts in tags.values() for t in ts if len(t) > 4})
print(frozenset(tags["post1"]) | frozenset(tags["post3"]))
words = "the rain in spain falls mainly on the plain".split()
print(set(words), set(map(len, words)), {w[-2:] for w in words})
print(set(enumerate("abc")), set(zip("ab", "xy")))
