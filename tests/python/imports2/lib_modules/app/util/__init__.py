print("init app.util")
