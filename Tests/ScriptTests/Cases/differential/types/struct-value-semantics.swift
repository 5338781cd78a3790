struct Resolution { var width = 0; var height = 0 }
let hd = Resolution(width: 1920, height: 1080)
var cinema = hd
cinema.width = 2048
print(hd.width, cinema.width)
var list = [Resolution(width: 1, height: 1)]
let snapshot = list
list[0].width = 99
print(snapshot[0].width, list[0].width)
func grow(_ r: Resolution) -> Resolution {
    var copy = r
    copy.height *= 2
    return copy
}
print(grow(hd).height, hd.height)
func growInPlace(_ r: inout Resolution) { r.height += 1 }
var mine = hd
growInPlace(&mine)
print(mine.height, hd.height)
// expect: 1920 2048
// expect: 1 99
// expect: 2160 1080
// expect: 1081 1080
