import Graphics

/// The display formats of a chart, drawn with a font book: what the Prelude
/// sends as `image/svg+xml`, `image/png` and `text/plain`, and what `save` writes.
extension Chart {
    /// SVG text of the chart's scene (text kept as `<text>` unless `textAsPaths`).
    public func svg(fonts: FontBook, textAsPaths: Bool = false) -> String {
        SVGWriter.write(scene(measurer: fonts), textAsPaths: textAsPaths, fonts: fonts)
    }

    /// PNG bytes at `scale` device pixels per CSS pixel (2 for notebooks).
    public func png(fonts: FontBook, scale: Double = 2) -> [UInt8] {
        PNGEncoder.encode(Rasterizer(fonts: fonts).render(scene(measurer: fonts), scale: scale))
    }
}
