#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The toy data sets of LANGUAGE.md section 9, after scikit-learn's
/// `make_moons`, `make_circles`, `make_blobs` and cs231n's spiral. Each is
/// reproducible with `seed:` (without it, the global generator is used) and
/// returns the examples shuffled.
extension Dataset {
    /// Two interleaving half circles.
    public static func moons(count: Int = 200, noise: Double = 0.1, seed: Int? = nil) throws -> Dataset {
        try checkGenerator(count: count, noise: noise)
        var random = RandomState.seeded(seed)
        let outer = count / 2
        var points: [(Double, Double, Int)] = []
        for i in 0..<outer {
            let t = Double.pi * Double(i) / Double(max(outer - 1, 1))
            points.append((cos(t), sin(t), 0))
        }
        let inner = count - outer
        for i in 0..<inner {
            let t = Double.pi * Double(i) / Double(max(inner - 1, 1))
            points.append((1 - cos(t), 0.5 - sin(t), 1))
        }
        return try finish(points, noise: noise, classes: 2, random: &random)
    }

    /// A circle inside another, the inner one `factor` times as large.
    public static func circles(count: Int = 200, noise: Double = 0.05, factor: Double = 0.5, seed: Int? = nil) throws -> Dataset {
        try checkGenerator(count: count, noise: noise)
        guard factor.isFinite, factor > 0, factor < 1 else {
            throw LearnError.invalidArgument(name: "factor", reason: "must be between 0 and 1, got \(Tensor.format(factor))")
        }
        var random = RandomState.seeded(seed)
        let outer = count / 2
        var points: [(Double, Double, Int)] = []
        for (size, radius, label) in [(outer, 1.0, 0), (count - outer, factor, 1)] {
            for i in 0..<size {
                let t = 2 * Double.pi * Double(i) / Double(size)
                points.append((radius * cos(t), radius * sin(t), label))
            }
        }
        return try finish(points, noise: noise, classes: 2, random: &random)
    }

    /// Gaussian blobs with standard deviation `std` around `centers` random
    /// centres drawn uniformly in [-10, 10]².
    public static func blobs(count: Int = 200, centers: Int = 3, std: Double = 1, seed: Int? = nil) throws -> Dataset {
        try checkGenerator(count: count, noise: std, noiseName: "std")
        guard centers > 0, centers <= count else {
            throw LearnError.invalidArgument(name: "centers", reason: "must be between 1 and count (\(count)), got \(centers)")
        }
        var random = RandomState.seeded(seed)
        let middles = (0..<centers).map { _ in (random.nextUniform() * 20 - 10, random.nextUniform() * 20 - 10) }
        let points = (0..<count).map { i in (middles[i % centers].0, middles[i % centers].1, i % centers) }
        return try finish(points, noise: std, classes: centers, random: &random)
    }

    /// Interleaved spiral arms (cs231n): radius from 0 to 1 while the angle
    /// turns 4 radians per arm, the angle jittered by `noise`.
    public static func spirals(count: Int = 300, classes: Int = 3, noise: Double = 0.2, seed: Int? = nil) throws -> Dataset {
        try checkGenerator(count: count, noise: noise)
        guard classes > 0, classes <= count else {
            throw LearnError.invalidArgument(name: "classes", reason: "must be between 1 and count (\(count)), got \(classes)")
        }
        var random = RandomState.seeded(seed)
        var points: [(Double, Double, Int)] = []
        for label in 0..<classes {
            let size = count / classes + (label < count % classes ? 1 : 0)
            for i in 0..<size {
                let fraction = Double(i) / Double(max(size - 1, 1))
                let angle = Double(label) * 4 + 4 * fraction + random.nextNormal() * noise
                points.append((fraction * sin(angle), fraction * cos(angle), label))
            }
        }
        return try finish(points, noise: 0, classes: classes, random: &random)
    }

    /// Points uniform in [-1, 1]², class 1 where the coordinates' signs differ.
    public static func xor(count: Int = 200, noise: Double = 0.1, seed: Int? = nil) throws -> Dataset {
        try checkGenerator(count: count, noise: noise)
        var random = RandomState.seeded(seed)
        let points = (0..<count).map { _ -> (Double, Double, Int) in
            let x = random.nextUniform() * 2 - 1
            let y = random.nextUniform() * 2 - 1
            return (x, y, (x < 0) != (y < 0) ? 1 : 0)
        }
        return try finish(points, noise: noise, classes: 2, random: &random)
    }

    /// One feature x uniform in [-π, π] and the target `sin(x)` plus Gaussian noise.
    public static func regression(count: Int = 200, noise: Double = 0.1, seed: Int? = nil) throws -> Dataset {
        try checkGenerator(count: count, noise: noise)
        var random = RandomState.seeded(seed)
        let xs = (0..<count).map { _ in (random.nextUniform() * 2 - 1) * Double.pi }
        let ys = xs.map { sin($0) + noise * random.nextNormal() }
        return try Dataset(features: Tensor(uncheckedShape: [count, 1], scalars: xs), labels: Tensor(ys),
                           featureNames: ["x"])
    }

    private static func checkGenerator(count: Int, noise: Double, noiseName: String = "noise") throws {
        guard count > 0, count <= 10_000_000 else {
            throw LearnError.invalidArgument(name: "count", reason: count > 0
                ? "at most 10000000 examples can be generated, got \(count)" : "must be positive, got \(count)")
        }
        guard noise.isFinite, noise >= 0 else {
            throw LearnError.invalidArgument(name: noiseName, reason: "must be a finite number ≥ 0, got \(Tensor.format(noise))")
        }
    }

    /// Adds Gaussian noise to both coordinates, shuffles, and packs the points.
    private static func finish(
        _ points: [(Double, Double, Int)], noise: Double, classes: Int, random: inout RandomState
    ) throws -> Dataset {
        var features: [Double] = []
        features.reserveCapacity(points.count * 2)
        for point in points {
            features.append(point.0 + noise * random.nextNormal())
            features.append(point.1 + noise * random.nextNormal())
        }
        let order = random.permutation(points.count)
        var shuffled: [Double] = []
        shuffled.reserveCapacity(features.count)
        for index in order { shuffled += [features[2 * index], features[2 * index + 1]] }
        return try Dataset(features: Tensor(uncheckedShape: [points.count, 2], scalars: shuffled),
                           labels: Tensor(order.map { Double(points[$0].2) }),
                           classNames: (0..<classes).map { String($0) }, featureNames: ["x1", "x2"])
    }
}
