/// A `RasterImage` as a PDF image XObject: gray, RGB or indexed colour (the
/// palette as an `/Indexed` colour space), alpha as a soft mask, the rows
/// PNG-filtered and deflated (`/Predictor 15`), block-averaged to at most
/// `PDFWriter.imageDensity` pixels per user unit. Nearest-neighbour images
/// ask viewers not to interpolate.
enum PDFImage {
    static func add(_ source: RasterImage, to document: PDFDocument) -> Int {
        let image = source.reducedForEmbedding(density: PDFWriter.imageDensity)
        let count = image.width * image.height
        var alpha: [UInt8]? = nil
        if image.hasAlpha { alpha = (0..<count).map { image.straight($0).3 } }
        let colorSpace: String, channels: Int, samples: [UInt8]
        switch image.pixels {
        case .gray(let b): (colorSpace, channels, samples) = ("/DeviceGray", 1, b)
        case .rgb(let b): (colorSpace, channels, samples) = ("/DeviceRGB", 3, b)
        case .rgba(let b):
            var rgb = [UInt8](repeating: 0, count: count * 3)
            for i in 0..<count { rgb[3 * i] = b[4 * i]; rgb[3 * i + 1] = b[4 * i + 1]; rgb[3 * i + 2] = b[4 * i + 2] }
            (colorSpace, channels, samples) = ("/DeviceRGB", 3, rgb)
        case .indexed(let b, let palette):
            // Indices past the palette (transparent, masked out) are clamped to its last entry.
            let last = UInt8(palette.count - 1)
            let hex = palette.map { PDFSyntax.hex2($0.r) + PDFSyntax.hex2($0.g) + PDFSyntax.hex2($0.b) }.joined()
            (colorSpace, channels, samples) = ("[/Indexed /DeviceRGB \(last) <\(hex)>]", 1, b.map { Swift.min($0, last) })
        }
        var mask = ""
        if let alpha {
            let id = stream(alpha, width: image.width, height: image.height, channels: 1, filtered: true,
                            extra: "/ColorSpace /DeviceGray", into: document)
            mask = " /SMask \(PDFSyntax.ref(id))"
        }
        let interpolate = image.interpolation == .bilinear ? " /Interpolate true" : ""
        return stream(samples, width: image.width, height: image.height, channels: channels,
                      filtered: image.isIndexed == false, extra: "/ColorSpace \(colorSpace)\(interpolate)\(mask)", into: document)
    }

    /// An image stream of `samples`; palette indices are left unfiltered (`filtered: false`).
    private static func stream(_ samples: [UInt8], width: Int, height: Int, channels: Int, filtered: Bool, extra: String,
                               into document: PDFDocument) -> Int {
        let dictionary = "/Type /XObject /Subtype /Image /Width \(width) /Height \(height) /BitsPerComponent 8 \(extra)"
        guard let packed = ImagePNG.filteredAndDeflated(samples, width: width, height: height, channels: channels,
                                                        filtered: filtered) else {
            return document.addStream(dictionary, samples, compress: true)
        }
        return document.addStream(dictionary + " /Filter /FlateDecode /DecodeParms <</Predictor 15 /Colors \(channels) /BitsPerComponent 8 /Columns \(width)>>",
                                  packed, compress: false)
    }
}
