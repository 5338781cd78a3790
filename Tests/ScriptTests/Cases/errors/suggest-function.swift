func compute(_ x: Int) -> Int { x }
comptue(1)
// expect error: NameError: cannot find 'comptue' in scope; did you mean 'compute'?
