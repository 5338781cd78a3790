// A literal that does not fit the fixed-width type it is stored into is Swift's error, wherever it is stored: never
// a silent Int in a UInt8 place.
var bytes: [UInt8] = []
bytes.append(300)
// expect error: TypeError: integer literal '300' overflows when stored into 'UInt8'
// expect traceback: cell 1, line 4, column 14: error: integer literal '300' overflows when stored into 'UInt8'
// expect traceback:     bytes.append(300)
// expect traceback:                  ^~~
// %%
var x: UInt8 = 1
x = 256
// expect error: TypeError: integer literal '256' overflows when stored into 'UInt8'
// expect traceback: cell 2, line 2, column 1: error: integer literal '256' overflows when stored into 'UInt8'
// expect traceback:     x = 256
// expect traceback:     ^~~~~~~
// %%
var row = [UInt8(1)]
row.append(256)
// expect error: TypeError: integer literal '256' overflows when stored into 'UInt8'
// expect traceback: cell 3, line 2, column 1: error: integer literal '256' overflows when stored into 'UInt8'
// expect traceback:     row.append(256)
// expect traceback:     ^~~~~~~~~~~~~~~
// %%
row[0] = 999
// expect error: TypeError: integer literal '999' overflows when stored into 'UInt8'
// expect traceback: cell 4, line 1, column 1: error: integer literal '999' overflows when stored into 'UInt8'
// expect traceback:     row[0] = 999
// expect traceback:     ^~~~~~~~~~~~
// %%
row += [1, -1]
// expect error: TypeError: integer literal '-1' overflows when stored into 'UInt8'
// expect traceback: cell 5, line 1, column 1: error: integer literal '-1' overflows when stored into 'UInt8'
// expect traceback:     row += [1, -1]
// expect traceback:     ^~~~~~~~~~~~~~
// %%
struct Pixel { var level: UInt8 = 0 }
var pixel = Pixel()
pixel.level = 256
// expect error: TypeError: integer literal '256' overflows when stored into 'UInt8'
// expect traceback: cell 6, line 3, column 1: error: integer literal '256' overflows when stored into 'UInt8'
// expect traceback:     pixel.level = 256
// expect traceback:     ^~~~~~~~~~~~~~~~~
// %%
print(bytes, x, row, pixel.level)
// expect: [] 1 [1] 0
