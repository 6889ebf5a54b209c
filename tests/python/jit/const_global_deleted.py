# A global deleted (and later restored) while a hot function reads it.
threshold = 10


def classify(values):
    big = 0
    for v in values:
        try:
            if v > threshold:
                big += 1
        except NameError as e:
            print("lost:", e)
            return big
    return big


def forget():
    global threshold
    del threshold


nums = list(range(30)) * 200
print(classify(nums))
forget()
print(classify(nums))
threshold = 25
print(classify(nums))


def helper_gone(n):
    s = 0
    for i in range(n):
        s += helper(i)
        if i == 1500:
            del globals()["helper"]
    return s


def helper(x):
    return x & 3


try:
    print(helper_gone(3000))
except NameError as e:
    print("NameError:", e)
print("helper" in globals())
