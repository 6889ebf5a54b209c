def charge(amount):
    return f"cash received {amount:.2f}"
