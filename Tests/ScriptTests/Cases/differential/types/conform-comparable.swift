struct Version: Comparable, CustomStringConvertible {
    var major: Int, minor: Int
    static func < (a: Version, b: Version) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
    var description: String { "\(major).\(minor)" }
}
let versions = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(versions.sorted())
print(versions.max()!, versions.min()!)
print(Version(major: 2, minor: 0) > Version(major: 1, minor: 9), Version(major: 1, minor: 0) <= Version(major: 1, minor: 0))
print(versions.sorted(by: >))
// expect: [0.9, 1.0, 1.2]
// expect: 1.2 0.9
// expect: true true
// expect: [1.2, 1.0, 0.9]
