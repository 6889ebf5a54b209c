"""A text adventure driven by a list of commands: rooms, items and a state machine."""

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = "playing"
        self.moves = 0
        self.rooms = {name: dict(info, items=list(info["items"])) for name, info in ROOMS.items()}

    def look(self):
        r = self.rooms[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see: {items}. Exits: {exits}."

    def go(self, direction):
        exits = self.rooms[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if self.rooms[target].get("locked"):
            if "key" in self.inventory:
                self.rooms[target]["locked"] = False
                self.room = target
                return "You unlock the door with the key. " + self.look()
            return "The door is locked."
        if target == "cellar" and "lamp" not in self.inventory:
            self.state = "dead"
            return "You stumble in the dark and fall. Game over."
        self.room = target
        return self.look()

    def take(self, item):
        items = self.rooms[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
            return "You found the treasure! You win."
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.rooms[self.room]["items"].append(item)
        return f"Dropped: {item}."

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        arg = " ".join(rest)
        self.moves += 1
        match verb:
            case "look" | "l":
                return self.look()
            case "go" | "walk" if arg:
                return self.go(arg)
            case "north" | "south" | "east" | "west" | "up" | "down":
                return self.go(verb)
            case "take" | "get" if arg:
                return self.take(arg)
            case "drop" if arg:
                return self.drop(arg)
            case "inventory" | "i":
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case _:
                self.moves -= 1
                return f"I don't understand {line!r}."


script = ["look", "take lamp", "north", "take key", "take sword", "south", "east", "i", "dance", "",
          "drop lamp", "go down", "take lamp", "down", "take treasure", "look"]
game = Game()
for cmd in script:
    if game.state != "playing":
        print(f"(game is {game.state}; ignoring {cmd!r})")
        continue
    print(f"> {cmd}")
    print(game.handle(cmd))
print("final:", game.state, "moves:", game.moves, "inventory:", sorted(game.inventory))
g2 = Game()
for cmd in ["east", "down"]:
    print(g2.handle(cmd))
g3 = Game()
for cmd in ["e", "north", "east", "take bread", "west", "north", "take key", "south", "east", "down"]:
    print(g3.handle(cmd))
print(g3.state)
