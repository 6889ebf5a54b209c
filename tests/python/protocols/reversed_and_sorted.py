# sorted/min/max/reversed with user classes: __lt__ only, keys, stability, and errors.


class Task:
    def __init__(self, name, priority, order):
        self.name, self.priority, self.order = name, priority, order

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"{self.name}:{self.priority}"


tasks = [Task("write", 2, 0), Task("test", 1, 1), Task("ship", 3, 2), Task("fix", 1, 3), Task("plan", 2, 4)]
print(sorted(tasks), min(tasks), max(tasks))
print(sorted(tasks, reverse=True), sorted(tasks, key=lambda t: t.name))
tasks.sort(key=lambda t: (t.priority, -t.order))
print(tasks)


class NoOrder:
    pass


try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(max([], default=None), min([3, 1, 2], key=lambda v: -v), max("apple", "fig", key=len), min((2, "b"), (2, "a")))
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records), sorted(records, key=lambda r: r[0], reverse=True))


class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


print(list(reversed(Deck())), sorted(Deck()), "2H" in Deck(), Deck()[-1], Deck()[::2])
print(sorted({3: "c", 1: "a"}.items()), sorted("hello"), sorted([[2, 1], [1, 2], [1]]), sorted([-2, 1, -3], key=abs))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(list(reversed([])), list(reversed((1,))), "".join(reversed("stressed")), sorted(set("mississippi")))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError:", e)
