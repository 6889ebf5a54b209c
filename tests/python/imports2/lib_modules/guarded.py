def main():
    return "guarded main ran"


print("guarded __name__ =", __name__)
if __name__ == "__main__":
    print(main())
