# __class__ reassigned mid-loop on objects whose methods hot code calls.
class Cat:
    def speak(self):
        return "meow"

    def legs(self):
        return 4


class Bird:
    def speak(self):
        return "tweet"

    def legs(self):
        return 2


def chorus(animals, n):
    counts = {}
    legs = 0
    for i in range(n):
        for a in animals:
            s = a.speak()
            counts[s] = counts.get(s, 0) + 1
            legs += a.legs()
        if i == n // 2:
            animals[0].__class__ = Bird
        if i == 3 * n // 4:
            for a in animals:
                a.__class__ = Bird if type(a) is Cat else Cat
    return sorted(counts.items()), legs


print(chorus([Cat(), Cat(), Bird()], 1000))
