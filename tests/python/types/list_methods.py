# list operations, slicing assignment and the errors of misuse.

stack = []
for i in range(5):
    stack.append(i * i)
print(stack, stack.pop(), stack.pop(0), stack)
stack.insert(1, "x")
stack.insert(-1, "y")
stack.insert(100, "end")
stack.insert(-100, "start")
print(stack, stack.index("x"), stack.count(4))
stack.remove("x")
stack.extend(range(2))
stack.extend("ab")
print(stack, len(stack))
stack.reverse()
print(stack)
stack.clear()
print(stack, stack == [], [] is not [])

nums = list(range(10))
nums[2:5] = ["a", "b"]
print(nums)
nums[::3] = [0, 0, 0]
print(nums)
del nums[::2]
print(nums)
nums[1:1] = [7, 8, 9]
print(nums, nums[-3:], nums[:-3], nums[::-1], nums[5:1:-1], nums[100:])
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].index(3), lambda: [1].remove(2),
            lambda: [1, 2][2], lambda: [1] + (2,), lambda: [1, 2][str(0)], lambda: [3, "a"].sort()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(grid, alias)
a = [1, 2, 3]
b = a
b += [4]
c = a + [5]
a *= 2
print(a, b, c, a is b, [1, 2] * 0, [0] * -1)
print([1, 2, 3] < [1, 3], [1, 2] < [1, 2, 0], [[1]] == [[1]], [1, [2, [3]]], max([[1, 2], [1, 3]]))
nested = [1, [2, 3]]
nested[1].append(nested)
print(nested)
copy1 = nested[:]
print(copy1 == nested, copy1 is nested, copy1[1] is nested[1])
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
print(sorted(people, key=lambda p: p[0], reverse=True)[:2], list(reversed(people))[0])
print(sum([[1], [2, 3]], []), list(map(len, ["a", "bb"])), [x for x in range(20) if x % 7 == 3])
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3, 0, -1)), repr([None, True, 1.5, "s"]))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst, reverse=True), lst.copy() is lst)
