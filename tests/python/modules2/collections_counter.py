from collections import Counter, defaultdict, OrderedDict

text = "the quick brown fox jumps over the lazy dog the end"
c = Counter(text.split())
print(c.most_common(3), c["the"], c["missing"], len(c))
letters = Counter("mississippi")
print(letters, letters.most_common(), sorted(letters.elements()))
letters.update("sip")
print(letters)
letters.subtract({"s": 10, "z": 1})
print(letters)
print(+letters, -letters)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(a + b, a - b, a | b, a & b, b - a)
print(a.total(), b.total(), Counter().most_common(), sum(b.values()))
print(Counter({"x": 2}) == Counter(x=2), Counter(a=1, b=0) == Counter(a=1))
del a["a"]
print(a, "a" in a)
c2 = Counter(cats=4, dogs=8)
c2["birds"] += 3
print(c2, list(c2), c2.most_common(1), repr(Counter()))
print(Counter(["a", "b", "a"]).keys(), dict(Counter("aab")))
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd["z"], "z" in dd, dd.default_factory)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict(int, {"a": 1})))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e)
print(dd.get("q"), "q" in dd, dd.copy().default_factory is list)
od = OrderedDict()
od["one"] = 1
od["two"] = 2
od["three"] = 3
od.move_to_end("one")
print(od, list(od.keys()))
od.move_to_end("three", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(b=2, a=1))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
lru = OrderedDict()
for key in "abcadbe":
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
print(isinstance(c, dict), isinstance(dd, dict), isinstance(od, dict))
inventory = Counter(apples=3, pears=0, plums=-2)
print(list(inventory.elements()), +inventory)
