let text = """
    line "quoted"
    tab\there
    """
print(text)
// expect: line "quoted"
// expect: tab	here
