import Charts
import Foundation
import Learn
import RenderTestSupport
import Testing
@testable import ModelViews

/// PCA against numpy's SVD (Reference/embedding_reference.py), the eigen-solver on its own,
/// t-SNE's affinities, forces, quality against scikit-learn's KL and determinism, and the view.
@Suite struct EmbeddingTests {
    struct Reference: Decodable {
        struct PCA: Decodable {
            var rows: Int, columns: Int, data: [Double], components: [[Double]], projection: [Double], explained_ratio: [Double]
        }
        struct TSNECase: Decodable { var rows: Int, columns: Int, data: [Double], labels: [Int], kl: [String: Double] }
        var pca: PCA
        var tsne: TSNECase
    }

    static let reference: Result<Reference, any Error> = Result {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference/embedding.json")
        return try JSONDecoder().decode(Reference.self, from: try Data(contentsOf: url))
    }

    @Test func principalComponentsEqualNumpysSVDUpToSign() throws {
        let r = try Self.reference.get().pca
        let pca = try PrincipalComponents(r.data, rows: r.rows, columns: r.columns)
        for k in 0..<2 {
            let ours = pca.components[k], theirs = r.components[k]
            let sign = zip(ours, theirs).reduce(0) { $0 + $1.0 * $1.1 } < 0 ? -1.0 : 1.0
            for (a, b) in zip(ours, theirs) { #expect(abs(sign * a - b) < 1e-10) }
            #expect(abs(pca.explainedRatio[k] - r.explained_ratio[k]) < 1e-12)
            let projected = pca.project(r.data, rows: r.rows)
            for row in 0..<r.rows { #expect(abs(sign * projected[row][k] - r.projection[row * 2 + k]) < 1e-9) }
        }
    }

    @Test func eigenDecompositionReconstructsTheMatrix() throws {
        var rng = SplitMix(state: 9)
        for n in [2, 3, 7, 40] {
            let a = (0..<(n * n)).map { _ in rng.normal() }
            let s = (0..<(n * n)).map { a[$0] + a[($0 % n) * n + $0 / n] }
            let eigen = try SymmetricEigen(s, size: n)
            #expect(eigen.values == eigen.values.sorted())
            for i in 0..<n {
                for j in 0..<n {
                    let rebuilt = (0..<n).reduce(0.0) { $0 + eigen.vectors[$1][i] * eigen.values[$1] * eigen.vectors[$1][j] }
                    #expect(abs(rebuilt - s[i * n + j]) < 1e-10)
                    let dot = (0..<n).reduce(0.0) { $0 + eigen.vectors[i][$1] * eigen.vectors[j][$1] }
                    #expect(abs(dot - (i == j ? 1 : 0)) < 1e-12)
                }
            }
        }
        #expect(throws: SymmetricEigen.Failure.notFinite) { try SymmetricEigen([1, .nan, .nan, 1], size: 2) }
        let diagonal = try SymmetricEigen([3, 0, 0, 0, 1, 0, 0, 0, 2], size: 3)
        #expect(diagonal.values == [1, 2, 3])
    }

    @Test func affinitiesHaveThePerplexityAskedAndSumToOne() throws {
        let r = try Self.reference.get().tsne
        let distances = (0..<r.rows).filter { $0 != 0 }.map { j in
            (0..<r.columns).reduce(0.0) { $0 + pow(r.data[$1] - r.data[j * r.columns + $1], 2) }
        }.sorted()
        let p = Affinities.calibrated(distances, perplexity: 30)
        let entropy = -p.filter { $0 > 0 }.reduce(0) { $0 + $1 * log($1) }
        #expect(abs(exp(entropy) - 30) < 30 * 1e-4)
        for neighbours in [nil, 91] as [Int?] {
            let a = try Affinities(r.data, rows: r.rows, columns: r.columns, perplexity: 30, neighbours: neighbours, checkInterrupt: {})
            #expect(abs(a.values.reduce(0, +) - 1) < 1e-12)
            for i in 0..<a.count {
                for k in a.rowStart[i]..<a.rowStart[i + 1] {
                    let j = Int(a.columns[k])
                    let back = (a.rowStart[j]..<a.rowStart[j + 1]).first { a.columns[$0] == Int32(i) }
                    #expect(back.map { abs(a.values[$0] - a.values[k]) < 1e-18 } == true, "symmetric at \(i), \(j)")
                }
            }
        }
    }

    @Test func barnesHutRepulsionApproachesTheExactOne() throws {
        var rng = SplitMix(state: 4)
        let y = (0..<600).map { _ in rng.normal() * 5 }
        var exact = [Double](repeating: 0, count: 600), approximate = exact, tight = exact
        let z = y.withUnsafeBufferPointer { p in exact.withUnsafeMutableBufferPointer { RepulsiveForces.exact(p, $0) } }
        let zBH = y.withUnsafeBufferPointer { p in approximate.withUnsafeMutableBufferPointer { RepulsiveForces.barnesHut(p, $0, theta: 0.5) } }
        let zTight = y.withUnsafeBufferPointer { p in tight.withUnsafeMutableBufferPointer { RepulsiveForces.barnesHut(p, $0, theta: 0.05) } }
        let scale = exact.map(abs).max() ?? 1
        let loose = zip(exact, approximate).map { abs($0 - $1) }.max() ?? 0, close = zip(exact, tight).map { abs($0 - $1) }.max() ?? 0
        #expect(abs(zBH - z) / z < 0.02 && loose < 0.05 * scale, "θ = 0.5: Z off by \(abs(zBH - z) / z), forces by \(loose / scale)")
        #expect(abs(zTight - z) < abs(zBH - z) / 10 && close < loose / 10, "θ = 0.05: Z off by \(abs(zTight - z) / z), forces by \(close / scale)")
        var coincident = [Double](repeating: 1, count: 8), force = [Double](repeating: 0, count: 8), forceBH = force
        coincident[6] = 3
        let zc = coincident.withUnsafeBufferPointer { p in force.withUnsafeMutableBufferPointer { RepulsiveForces.exact(p, $0) } }
        let zcBH = coincident.withUnsafeBufferPointer { p in forceBH.withUnsafeMutableBufferPointer { RepulsiveForces.barnesHut(p, $0, theta: 0.5) } }
        // The exact sums run in single precision: equal to the tree's within Float's rounding.
        #expect(abs(zc - zcBH) < 1e-6 * zc && zip(force, forceBH).allSatisfy { abs($0 - $1) < 1e-6 })
    }

    /// The gradient in single precision, each pair once and split in tasks, against every
    /// ordered pair summed in Double: 4·(scale·Σ p·q·(yᵢ − yⱼ) − Σ q²·(yᵢ − yⱼ) / Z), with
    /// counts on both sides of the kernels' 8-point padding.
    @Test(arguments: [2, 7, 9, 100, 601])
    func gradientEqualsEveryPairSummedInDouble(_ n: Int) throws {
        var rng = SplitMix(state: UInt64(n))
        let x = (0..<(3 * n)).map { _ in rng.normal() }
        let y = (0..<(2 * n)).map { _ in rng.normal() * 4 }
        let p = try Affinities(x, rows: n, columns: 3, perplexity: min(30, Double(n - 1) / 3), neighbours: 91, checkInterrupt: {})
        var z = 0.0
        var repulsion = [Double](repeating: 0, count: 2 * n), attraction = repulsion
        for i in 0..<n {
            for j in 0..<n where j != i {
                let dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1]
                let q = 1 / (1 + dx * dx + dy * dy)
                z += q
                repulsion[2 * i] += q * q * dx; repulsion[2 * i + 1] += q * q * dy
            }
            for k in p.rowStart[i]..<p.rowStart[i + 1] {
                let j = Int(p.columns[k])
                let dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1]
                let w = p.values[k] / (1 + dx * dx + dy * dy)
                attraction[2 * i] += w * dx; attraction[2 * i + 1] += w * dy
            }
        }
        let expected = (0..<(2 * n)).map { 4 * (12 * attraction[$0] - repulsion[$0] / z) }
        let workspace = GradientWorkspace(p, points: n)
        var gradient = [Double](repeating: .nan, count: 2 * n), force = gradient
        let gradientZ = y.withUnsafeBufferPointer { points in
            gradient.withUnsafeMutableBufferPointer { workspace.gradient(points, into: $0, scale: 12, tree: nil, theta: 0) }
        }
        let ours = y.withUnsafeBufferPointer { points in force.withUnsafeMutableBufferPointer { workspace.exactRepulsion(points, into: $0) } }
        #expect(gradientZ == ours, "a KL check takes Z from the next gradient of the same layout")
        // KL over each pair once, doubled, against every ordered pair.
        let pLogP = TSNE.pLogP(p)
        var expectedKL = pLogP
        for i in 0..<n {
            for k in p.rowStart[i]..<p.rowStart[i + 1] where p.values[k] > 0 {
                let j = Int(p.columns[k])
                let dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1]
                expectedKL -= p.values[k] * log(max(1 / (1 + dx * dx + dy * dy) / z, Double.ulpOfOne))
            }
        }
        let kl = TSNE.klDivergence(p, y, z: z, pLogP: pLogP)
        #expect(abs(kl - expectedKL) <= 1e-12 * max(1, abs(expectedKL)), "KL \(kl) vs \(expectedKL)")
        let scale = expected.map(abs).max() ?? 1, forceScale = repulsion.map(abs).max() ?? 1
        #expect(abs(ours - z) <= 1e-5 * z, "Z \(ours) vs \(z)")
        #expect(zip(force, repulsion).allSatisfy { abs($0 - $1) <= 1e-5 * forceScale })
        #expect(zip(gradient, expected).allSatisfy { abs($0 - $1) <= 1e-5 * scale },
                "largest difference \(zip(gradient, expected).map { abs($0 - $1) }.max() ?? 0) of \(scale)")
    }

    /// Clustered data: t-SNE reaches a KL divergence as low as scikit-learn's (within 10%), keeps
    /// the clusters apart, and gives the same points when run again.
    @Test(arguments: [TSNE.Method.exact, .barnesHut])
    func tsneIsAsGoodAsScikitLearnsAndDeterministic(_ method: TSNE.Method) throws {
        let r = try Self.reference.get().tsne
        let pca = try PrincipalComponents(r.data, rows: r.rows, columns: r.columns)
        let first = pca.project(r.data, rows: r.rows).map { $0[0] }
        let std = (first.reduce(0) { $0 + $1 * $1 } / Double(r.rows)).squareRoot()
        let start = pca.project(r.data, rows: r.rows).flatMap { $0 }.map { $0 / std * 1e-4 }
        let result = try TSNE().embed(r.data, rows: r.rows, columns: r.columns, start: start, method: method)
        let theirs = try #require(r.kl[method == .exact ? "exact" : "barnes_hut"])
        #expect(result.klDivergence < theirs * 1.1, "KL \(result.klDivergence) vs scikit-learn's \(theirs)")
        let again = try TSNE().embed(r.data, rows: r.rows, columns: r.columns, start: start, method: method)
        #expect(again.points == result.points)
        let points = result.points
        func distance(_ a: Int, _ b: Int) -> Double {
            let dx = points[2 * a] - points[2 * b], dy = points[2 * a + 1] - points[2 * b + 1]
            return dx * dx + dy * dy
        }
        var agree = 0
        for i in 0..<r.rows {
            let nearest = (0..<r.rows).filter { $0 != i }.min { distance($0, i) < distance($1, i) } ?? i
            if r.labels[nearest] == r.labels[i] { agree += 1 }
        }
        #expect(agree == r.rows, "every point's nearest embedded neighbour is in its cluster (\(agree) of \(r.rows))")
    }

    @Test func tsneStopsWhenInterrupted() throws {
        let r = try Self.reference.get().tsne
        struct Stop: Error {}
        var calls = 0
        #expect(throws: Stop.self) {
            try TSNE().embed(r.data, rows: r.rows, columns: r.columns, start: (0..<(2 * r.rows)).map { Double($0 % 7) * 1e-4 }) {
                calls += 1
                if calls > 3 { throw Stop() }
            }
        }
    }

    @Test func viewProjectsALayerOrTheFeatures() throws {
        let t = try EvaluationGallery.iris.get()
        let hidden = try Embedding(t.model, t.data)
        #expect(hidden.source == "layer 0 · Dense · relu · 16 units")
        #expect(hidden.options.title == "PCA of layer 0 · Dense · relu · 16 units")
        #expect(hidden.options.xLabel?.hasPrefix("PC1 (") == true)
        #expect(hidden.classNames == ["setosa", "versicolor", "virginica"] && hidden.points.count == 300)
        let plain = try Embedding(t.data, method: .pca)
        let pca = try PrincipalComponents(t.data.features.scalars, rows: 150, columns: 4)
        let projected = pca.project(t.data.features.scalars, rows: 150).flatMap { $0 }
        #expect(plain.points == projected)
        #expect(plain.layers.first?.series.map(\.name) == ["setosa", "versicolor", "virginica"])
        let text = plain.text()
        #expect(text.contains("set") && text.contains("ver") && text.contains("vir"))
        #expect(text.contains("set = setosa"))
        #expect(throws: ModelViewError.self) { try Embedding(t.model, t.data, layer: 5) }
        #expect(throws: ModelViewError.self) { try Embedding(t.model, t.data, layer: -3) }
        #expect(try Embedding(t.model, t.data, layer: -1).source == "layer 1 · Dense · 3 units")
        let regression = try Dataset.regression(count: 20, noise: 0.1, seed: 1)
        #expect(throws: ModelViewError.self) { try Embedding(regression, method: .pca) }
    }

    @Test func tsneViewOnIris() throws {
        let t = try EvaluationGallery.iris.get()
        let view = try Embedding(t.data, method: .tsne)
        let run = try #require(view.tsne)
        #expect(run.method == .exact && run.iterations == 1000 && run.klDivergence < 1)
        #expect(view.options.xLabel == "t-SNE 1" && view.explainedVariance == nil)
        #expect(view.text().contains("t-SNE exact, perplexity 30, 1000 iterations, KL "))
    }
}
