let a = [1]
let b = a[0] + "s"
// expect error: TypeError: binary operator '+' cannot be applied to operands of type 'Int' and 'String'
// expect traceback: cell 1, line 2, column 9: error: binary operator '+' cannot be applied to operands of type 'Int' and 'String'
// expect traceback:     let b = a[0] + "s"
// expect traceback:             ^~~~~~~~~~
