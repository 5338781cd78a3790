struct Version: Comparable {
    let major: Int, minor: Int
    static func < (l: Version, r: Version) -> Bool { (l.major, l.minor) < (r.major, r.minor) }
}
let versions = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(versions.sorted().map { "\($0.major).\($0.minor)" })
print(versions.max()!.minor, versions.min()!.major)
print(Version(major: 1, minor: 0) < Version(major: 1, minor: 1))
// expect: ["0.9", "1.0", "1.2"]
// expect: 2 0
// expect: true
