let alpha = 1
// %%
print(alhpa)
// expect error: NameError: cannot find 'alhpa' in scope; did you mean 'alpha'?
