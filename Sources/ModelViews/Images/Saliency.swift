import Charts
import Graphics
import Learn

/// `Saliency(model, image, method: .gradient | .integratedGradients | .gradCAM)`:
/// the image, and the image under a heat overlay of the pixels that drove
/// the model's prediction for it (the predicted class's score).
public struct Saliency: Chart {
    public var options: ChartOptions
    public let method: SaliencyMethod
    /// The class explained and its probability.
    public let predictedClass: Int
    public let probability: Double
    /// The heat of each pixel, 0…1, row-major.
    public let heat: [Double]
    let tiles: [ImageTile]
    let scale: ImageScale

    public init(_ model: Sequential, _ image: Tensor, method: SaliencyMethod = .gradient, classNames: [String] = [],
                title: String? = nil, width: Double? = nil, height: Double? = nil) throws {
        let view = "Saliency"
        let batch = try ImageSource.batchOfOne(image, view: view)
        let shape = try ImageSource.imageShape(Array(batch.shape.dropFirst()), view: view, argument: "image")
        _ = try ImageSource.run(model, on: batch, view: view)
        let probabilities = try ClassData.probabilities(model, batch, view: view)
        let (predicted, probability) = probabilities.predicted(0)
        let heat: [Double]
        do {
            heat = try SaliencyMaps.heat(method, model: model, image: batch, shape: shape, target: predicted)
        } catch let error as ModelViewError {
            throw error
        } catch {
            throw ModelViewError.unsuitable(view: view, argument: "model", reason: "could not be differentiated at the image: \(error)")
        }
        self.method = method
        self.predictedClass = predicted
        self.probability = probability
        self.heat = heat
        let plain = ImageTile(width: shape.width, height: shape.height, channels: shape.channels, values: batch.scalars, caption: ["image"])
        var overlaid = plain
        overlaid.caption = [method.title]
        overlaid.heat = heat
        tiles = [plain, overlaid]
        scale = ImageScale.intensity(of: batch.scalars)
        let name = predicted < classNames.count ? classNames[predicted] : "\(predicted)"
        let heading = "Saliency (\(method.title)): predicted \(name) · \(LossText.percent(probability))"
        options = ChartOptions(title: title ?? heading, width: width ?? ChartOptions.defaultWidth, height: height ?? ChartOptions.defaultHeight)
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        ImageTileGrid(tiles: tiles, scale: scale, options: options).nodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        ImageTileText.render(tiles, scale: scale, title: options.title, columns: columns,
                             notes: ["heat (right): 0 ░▒▓█ most salient"])
    }
}
