# Saves and restores a small game's state with pickle, as a save-game feature would.
import os
import pickle
import shutil
import tempfile
from collections import OrderedDict, defaultdict


class Item:
    def __init__(self, name, weight, tags=()):
        self.name = name
        self.weight = weight
        self.tags = set(tags)

    def __repr__(self):
        return f"Item({self.name!r}, {self.weight}, tags={sorted(self.tags)})"


class Player:
    __slots__ = ("name", "hp", "inventory", "position")

    def __init__(self, name):
        self.name = name
        self.hp = 100
        self.inventory = []
        self.position = (0, 0)


class World:
    def __init__(self, seed):
        self.seed = seed
        self.turn = 0
        self.players = {}
        self.visited = defaultdict(int)
        self.history = OrderedDict()
        self._cache = {"expensive": list(range(1000))}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_cache"]          # rebuilt on load, not saved
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {"expensive": None}


world = World(seed=42)
alice = Player("alice")
bob = Player("bob")
sword = Item("sword", 3.5, ["weapon", "sharp"])
alice.inventory += [sword, Item("potion", 0.5, ["consumable"])]
bob.inventory.append(sword)            # the same object in two inventories
world.players = {"alice": alice, "bob": bob}
for turn, (who, pos) in enumerate([("alice", (1, 0)), ("bob", (0, 2)), ("alice", (1, 1)), ("alice", (1, 0))]):
    world.players[who].position = pos
    world.visited[pos] += 1
    world.history[turn] = f"{who} -> {pos}"
    world.turn = turn + 1

folder = tempfile.mkdtemp()
try:
    path = os.path.join(folder, "save.pkl")
    try:
        pickle.dumps(world, protocol=0)
    except TypeError as e:
        print("protocol 0:", e)
    for proto in (2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL):
        with open(path, "wb") as f:
            pickle.dump(world, f, protocol=proto)
        with open(path, "rb") as f:
            loaded = pickle.load(f)
        a, b = loaded.players["alice"], loaded.players["bob"]
        print(f"protocol {proto}: turn={loaded.turn} seed={loaded.seed} cache={loaded._cache}")
        print("  alice", a.hp, a.position, a.inventory)
        print("  bob  ", b.position, b.inventory, "shared sword:", a.inventory[0] is b.inventory[0])
        print("  visited", dict(loaded.visited), type(loaded.visited).__name__, loaded.visited["nowhere"])
        print("  history", list(loaded.history.items()), type(loaded.history).__name__)
    # Several records appended to one file, read back until EOF.
    log = os.path.join(folder, "events.pkl")
    with open(log, "ab") as f:
        for event in [{"turn": 1, "kind": "move"}, ("damage", 12.5), ["heal", None, True]]:
            pickle.dump(event, f)
    with open(log, "rb") as f:
        while True:
            try:
                print("event:", pickle.load(f))
            except EOFError:
                break
    blob = pickle.dumps({"nested": [world.history, {1, 2, 3}, frozenset("ab"), b"\x00raw", 2 ** 80]})
    print(len(blob), pickle.loads(blob)["nested"][-2:])
finally:
    shutil.rmtree(folder)
