# str concatenation, ordering, slicing and `in` in hot loops, with the odd cases mixed in:
# non-BMP characters, negative and out-of-range slice bounds, steps, a str subclass, and
# operands whose types change half-way through.


class Tagged(str):
    def __add__(self, other):
        return "tagged(" + str.__add__(self, other) + ")"

    def __lt__(self, other):
        return len(self) < len(other)


def build(words, sep):
    out = ""
    for w in words:
        out = out + w + sep
    return out


def order(words):
    smallest = words[0]
    largest = words[0]
    ties = 0
    for w in words:
        if w < smallest:
            smallest = w
        if w > largest:
            largest = w
        if w <= smallest or w >= largest:
            ties += 1
        if w != smallest and w == largest:
            ties += 2
    return smallest, largest, ties


def slices(s):
    got = []
    n = len(s)
    for i in range(-n - 2, n + 3):
        got.append(s[i:] + "|" + s[:i] + "|" + s[i:i + 2] + "|" + s[-i:])
    got.append(s[::2] + s[::-1] + s[1:-1:3] + s[n:0:-2])
    got.append(s[True:] + s[:False])
    return got


def count_in(text, needles):
    found = 0
    for k in range(40):
        for nd in needles:
            if nd in text:
                found += 1
            if nd not in text:
                found -= 1
    return found


words = ["pear", "apple", "fig", "Zebra", "zebra", "äpfel", "\U0001F600smile", "\uffffwide", "", "apple"]
print(build(words, ","))
print(order(words))
print(order(["\U00010000", "\uffff", "\ud7ff"]))
for line in slices("hello, world"):
    print(line)
print(slices("a\U0001F600b\U0001F601c")[3:8])
print(count_in("the quick brown fox \U0001F600 jumps", ["quick", "fox ", "", "\U0001F600", "slow", "z"]))

# a subclass of str takes its own methods, never the typed path
tw = [Tagged("ab"), Tagged("c")]
print(build(tw, "-"))


def shortest(words):
    best = words[0]
    for w in words:
        if w < best:
            best = w
    return best


print(shortest([Tagged("bbb"), Tagged("a"), Tagged("cc")]), shortest(["bbb", "a", "cc"]))

# the types change under compiled code: ints, then lists, then a mix
print(build([1, 2, 3][:0] + ["x", "y"], "+"))
mixed = ["a", "b"]
try:
    print(build(mixed + [3], ";"))
except TypeError as e:
    print("TypeError:", e)
try:
    print(order(["a", 1]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(count_in("abc", ["a", 1]))
except TypeError as e:
    print("TypeError:", e)
print(order([3, 1, 2]))
print(order([[2], [1, 5], [1]]))
