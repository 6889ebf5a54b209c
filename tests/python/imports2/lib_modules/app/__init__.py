print("init app")
name = "app"
