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

/// Loupe: a Jupyter kernel for a Swift-flavoured language, with its own
/// vector renderer, charts and a small neural-network library.
/// Dependencies point one way: Kernel knows no language, Script knows no
/// Jupyter or charts, Graphics knows no charts (see docs/architecture.md).
let package = Package(
    name: "Loupe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "loupe", targets: ["loupe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CZeroMQ", path: "Sources/CZeroMQ", pkgConfig: "libzmq",
                       providers: [.apt(["libzmq3-dev"])]),
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),

        .target(name: "Graphics", dependencies: ["CZlib"]),
        .target(name: "Charts", dependencies: ["Graphics"]),
        .target(name: "LearnKernels", swiftSettings: fusedKernelSettings),
        .target(name: "LearnKernelsAVX512", swiftSettings: avx512KernelSettings),
        .target(name: "Learn", dependencies: ["LearnKernels", "LearnKernelsAVX512"]),
        .target(name: "Script"),
        .target(name: "ModelViews", dependencies: ["Charts", "Learn", "Graphics"]),
        .target(name: "Prelude", dependencies: ["Script", "Learn", "Charts", "Graphics", "ModelViews"]),
        .executableTarget(name: "script-bench", dependencies: ["Script"]),
        .target(name: "Kernel", dependencies: ["CZeroMQ", "COpenSSL"]),
        .executableTarget(name: "learn-bench", dependencies: ["Learn"]),
        .executableTarget(name: "views-bench", dependencies: ["ModelViews", "Charts", "Learn", "Graphics"]),
        .executableTarget(name: "loupe", dependencies: [
            "Kernel", "Script", "Prelude",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .executableTarget(name: "GraphicsBench", dependencies: ["Graphics", "CZlib"], path: "bench/GraphicsBench"),
        .executableTarget(name: "ChartsBench", dependencies: ["Prelude", "Script", "Charts", "Graphics"], path: "bench/ChartsBench"),
        .target(name: "RenderTestSupport", dependencies: ["Graphics", "CZlib"], path: "Tests/RenderTestSupport"),
        .testTarget(name: "GraphicsTests", dependencies: ["Graphics", "RenderTestSupport"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "Graphics", "RenderTestSupport"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "LearnTests", dependencies: ["Learn", "LearnKernels", "LearnKernelsAVX512"],
                    exclude: ["Reference"]),
        .testTarget(name: "ScriptTests", dependencies: ["Script"],
                    resources: [.copy("Cases")]),
        .testTarget(name: "ModelViewsTests", dependencies: ["ModelViews", "Charts", "Learn", "Graphics", "RenderTestSupport"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "PreludeTests", dependencies: ["Prelude", "Script", "Learn", "Charts"]),
        .testTarget(name: "KernelTests", dependencies: ["Kernel", "COpenSSL"]),
    ],
    swiftLanguageModes: [.v6]
)
