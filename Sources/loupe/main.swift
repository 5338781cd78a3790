print("loupe 0.1.0")
