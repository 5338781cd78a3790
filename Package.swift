// swift-tools-version:6.0
import PackageDescription

#if arch(x86_64)
/// Learn's matrix kernel built for AVX2 + FMA and for AVX-512; Learn calls a
/// build only on CPUs that have its instructions (checked at run time), so
/// the package still runs anywhere.
let fusedKernelSettings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "haswell"]), .define("LEARN_FMA")]
let avx512KernelSettings: [SwiftSetting] = [
    .unsafeFlags(["-target-cpu", "skylake-avx512"]), .define("LEARN_FMA"), .define("LEARN_AVX512"),
]
#else
let fusedKernelSettings: [SwiftSetting] = []
let avx512KernelSettings: [SwiftSetting] = []
#endif

/// `loupe` is linked position-dependent on Linux: a PIE would carry ~80 000
/// relative relocations that the loader applies at every start, making about
/// 1.5 MB of the binary resident for nothing (measured by `bench/kernel`).
let positionDependentExecutable: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "-no-pie"], .when(platforms: [.linux]))]

/// The kernel links libcrypto's archive, not the shared library: it uses only
/// the SHA-256 block function, and loading all of libcrypto.so.3 (with its
/// relocations and initialisers) would cost about 1.5 MB of resident memory.
let staticLibcrypto: [LinkerSetting] = [
    .unsafeFlags(["-Xlinker", "-l:libcrypto.a"], .when(platforms: [.linux])),
    .linkedLibrary("crypto", .when(platforms: [.macOS])),
]

/// `loupe-launch`, what the kernelspec runs: a C program (libc only) that opens the kernel's ports
/// and execs `loupe kernel`. SwiftPM links every executable with swiftc, which would add the Swift
/// runtime (about 1.6 ms more CPU at each start, loader included); without Swift's start-up object
/// and with a static link it is a plain static C program, whose work costs about 0.05 ms of CPU
/// more than an empty static program's exec.
let plainStaticC: [LinkerSetting] = [
    .unsafeFlags(["-nostartfiles", "-static-stdlib", "-Xclang-linker", "-static"], .when(platforms: [.linux])),
]

/// Loupe: a Jupyter kernel for a Swift-flavoured language, with its own
/// vector renderer, charts and a small neural-network library.
/// Dependencies point one way: Kernel knows no language, Script knows no
/// Jupyter or charts, Graphics knows no charts (see docs/architecture.md).
let package = Package(
    name: "Loupe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "loupe", targets: ["loupe"]),
        .executable(name: "loupe-launch", targets: ["loupe-launch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CZeroMQ", path: "Sources/CZeroMQ", pkgConfig: "libzmq",
                       providers: [.apt(["libzmq3-dev"])]),
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL",
                       providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),

        .target(name: "Platform"),
        .target(name: "Graphics", dependencies: ["CZlib", "Platform"]),
        .target(name: "Charts", dependencies: ["Graphics", "Platform"]),
        .target(name: "LearnKernels", swiftSettings: fusedKernelSettings),
        .target(name: "LearnKernelsAVX512", swiftSettings: avx512KernelSettings),
        .target(name: "Codecs", dependencies: ["CZlib", "Platform"]),
        .target(name: "Learn", dependencies: ["LearnKernels", "LearnKernelsAVX512", "Platform", "Codecs"],
                exclude: ["Data/Images/digits.csv.gz"]),
        .target(name: "Script", dependencies: ["Platform"]),
        .target(name: "ModelViews", dependencies: ["Charts", "Learn", "Graphics", "Platform"]),
        .target(name: "Prelude", dependencies: ["Script", "Learn", "Charts", "Graphics", "ModelViews", "Platform"]),
        .target(name: "Kernel", dependencies: ["CZeroMQ", "COpenSSL", "Platform"],
                linkerSettings: staticLibcrypto),
        .executableTarget(name: "loupe", dependencies: [
            "Kernel", "Script", "Prelude", "Platform",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: positionDependentExecutable),
        .executableTarget(name: "loupe-launch", linkerSettings: plainStaticC),

        .executableTarget(name: "script-bench", dependencies: ["Script"], path: "bench/ScriptBench"),
        .executableTarget(name: "learn-bench", dependencies: ["Learn"], path: "bench/LearnBench"),
        .executableTarget(name: "cnn-bench", dependencies: ["Learn"], path: "bench/CNNBench"),
        .executableTarget(name: "views-bench", dependencies: ["ModelViews", "Charts", "Learn", "Graphics"], path: "bench/ViewsBench"),
        .executableTarget(name: "GraphicsBench", dependencies: ["Graphics", "CZlib"], path: "bench/GraphicsBench"),
        .executableTarget(name: "ChartsBench", dependencies: ["Prelude", "Script", "Charts", "Graphics"], path: "bench/ChartsBench"),
        .target(name: "RenderTestSupport", dependencies: ["Graphics", "CZlib"], path: "Tests/RenderTestSupport"),
        .target(name: "ScalingTestSupport", dependencies: ["Script"], path: "Tests/ScalingTestSupport"),
        .testTarget(name: "GraphicsTests", dependencies: ["Graphics", "RenderTestSupport"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "Graphics", "RenderTestSupport"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "LearnTests", dependencies: ["Learn", "LearnKernels", "LearnKernelsAVX512", "Graphics", "RenderTestSupport"],
                    exclude: ["Reference"]),
        .testTarget(name: "ScriptTests", dependencies: ["Script", "ScalingTestSupport"],
                    resources: [.copy("Cases")]),
        .testTarget(name: "ModelViewsTests", dependencies: ["ModelViews", "Charts", "Learn", "Graphics", "RenderTestSupport"],
                    exclude: ["Reference"], resources: [.copy("Golden")]),
        .testTarget(name: "PreludeTests", dependencies: ["Prelude", "Script", "Learn", "Charts", "ScalingTestSupport"]),
        .testTarget(name: "KernelTests", dependencies: ["Kernel", "CZeroMQ", "COpenSSL", "Platform"]),
        .testTarget(name: "PlatformTests", dependencies: ["Platform"]),
        .testTarget(name: "CodecsTests", dependencies: ["Codecs", "CZlib", "Platform", "RenderTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
