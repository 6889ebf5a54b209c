# Deep recursion ends in RecursionError, never a crash: uncaught, it prints the repeated-frame traceback.
import sys


def walk(node):
    return 1 + walk(node.child)


class Node:
    def __init__(self):
        self.child = self


print(sys.getrecursionlimit())
try:
    walk(Node())
except RecursionError as e:
    print("caught:", e)


def deep(n):
    return n if n == 0 else deep(n - 1) + 1


print(deep(500))
sys.setrecursionlimit(100000)
print(deep(20000))
sys.setrecursionlimit(1000)
print(deep(900))


def explode(n):
    return explode(n + 1)


explode(0)
