print("broken starts")
value = 1
raise ValueError("broken module cannot load")
