/// The named resources a PDF page and its forms draw with (one dictionary for
/// all of them): graphics states for opacity, axial shadings for gradients,
/// image and form XObjects, and the fonts. Each is created once per distinct value.
final class PDFResources {
    let document: PDFDocument
    let fonts: PDFFontSet
    private var states: [String: String] = [:]
    private var stateEntries: [String] = []
    private var shadings: [LinearGradient: String] = [:]
    private var shadingEntries: [String] = []
    private var xObjectEntries: [String] = []
    /// The resource dictionary's object, filled in by `finish`.
    let dictionaryID: Int

    init(document: PDFDocument, fonts: PDFFontSet) {
        self.document = document; self.fonts = fonts
        dictionaryID = document.reserve()
    }

    /// The graphics state setting the fill and stroke alpha (three decimals).
    func alphaState(fill: Double, stroke: Double) -> String {
        let key = PDFSyntax.number(Self.clamp(fill)) + " " + PDFSyntax.number(Self.clamp(stroke))
        if let name = states[key] { return name }
        let name = "G\(states.count)"
        states[key] = name
        let id = document.add("<</Type /ExtGState /ca \(PDFSyntax.number(Self.clamp(fill))) /CA \(PDFSyntax.number(Self.clamp(stroke)))>>")
        stateEntries.append("/\(name) \(PDFSyntax.ref(id))")
        return name
    }

    /// An axial shading for the gradient, in the user space where it is painted.
    func shading(_ g: LinearGradient) -> String {
        if let name = shadings[g] { return name }
        let name = "Sh\(shadings.count)"
        shadings[g] = name
        let coords = [g.start.x, g.start.y, g.end.x, g.end.y].map { PDFSyntax.number($0, decimals: 2) }.joined(separator: " ")
        let id = document.add("<</ShadingType 2 /ColorSpace /DeviceRGB /Coords [\(coords)] /Extend [true true] /Function \(PDFGradient.function(g.stops))>>")
        shadingEntries.append("/\(name) \(PDFSyntax.ref(id))")
        return name
    }

    /// A graphics state whose soft mask is the gradient's alpha (stop opacities as a gray
    /// shading over `bounds`), or nil when every stop is opaque.
    func gradientAlphaState(_ g: LinearGradient, bounds: Rect) -> String? {
        guard g.stops.contains(where: { $0.color.alpha < 1 }) else { return nil }
        let stops = g.stops.map { "\($0.offset) \($0.color.alpha)" }.joined(separator: ",")
        let key = "mask \(g.start) \(g.end) \(stops) \(bounds)"
        if let name = states[key] { return name }
        let name = "G\(states.count)"
        states[key] = name
        let coords = [g.start.x, g.start.y, g.end.x, g.end.y].map { PDFSyntax.number($0, decimals: 2) }.joined(separator: " ")
        let alphas = g.stops.map { LinearGradient.Stop(offset: $0.offset, color: Color(r: Self.gray($0.color.alpha), g: Self.gray($0.color.alpha), b: Self.gray($0.color.alpha))) }
        let shading = "<</ShadingType 2 /ColorSpace /DeviceGray /Coords [\(coords)] /Extend [true true] /Function \(PDFGradient.function(alphas, gray: true))>>"
        let box = [bounds.minX, bounds.minY, bounds.maxX, bounds.maxY].map { PDFSyntax.number($0, decimals: 2) }.joined(separator: " ")
        let form = document.addStream("/Type /XObject /Subtype /Form /BBox [\(box)] /Group <</S /Transparency /CS /DeviceGray>> /Resources <</Shading <</A \(PDFSyntax.ref(document.add(shading)))>>>>",
                                      Array("/A sh".utf8), compress: false)
        let id = document.add("<</Type /ExtGState /SMask <</Type /Mask /S /Luminosity /G \(PDFSyntax.ref(form))>>>>")
        stateEntries.append("/\(name) \(PDFSyntax.ref(id))")
        return name
    }

    private static func gray(_ alpha: Double) -> UInt8 { UInt8((clamp(alpha) * 255).rounded()) }

    /// Registers an XObject (image or form) and returns its resource name.
    func xObject(_ id: Int, prefix: String) -> String {
        let name = prefix + String(xObjectEntries.count)
        xObjectEntries.append("/\(name) \(PDFSyntax.ref(id))")
        return name
    }

    /// Writes the fonts and the resource dictionary.
    func finish() {
        let fontEntries = fonts.write(into: document)
        var dictionary = "<</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]"
        if !fontEntries.isEmpty { dictionary += " /Font <<\(fontEntries.joined(separator: " "))>>" }
        if !stateEntries.isEmpty { dictionary += " /ExtGState <<\(stateEntries.joined(separator: " "))>>" }
        if !shadingEntries.isEmpty { dictionary += " /Shading <<\(shadingEntries.joined(separator: " "))>>" }
        if !xObjectEntries.isEmpty { dictionary += " /XObject <<\(xObjectEntries.joined(separator: " "))>>" }
        document.set(dictionaryID, Array((dictionary + ">>").utf8))
    }

    private static func clamp(_ v: Double) -> Double { v.isFinite ? Swift.max(0, Swift.min(1, v)) : 1 }
}

/// PDF functions for gradient stops: one exponential (linear) segment between
/// two colours, or a stitching function over several.
enum PDFGradient {
    /// With `gray`, each colour contributes only its red channel (a DeviceGray function).
    static func function(_ stops: [LinearGradient.Stop], gray: Bool = false) -> String {
        var clean = stops.filter { $0.offset.isFinite }.map { (Swift.max(0, Swift.min(1, $0.offset)), $0.color) }
        for i in clean.indices.dropFirst() where clean[i].0 < clean[i - 1].0 { clean[i].0 = clean[i - 1].0 }
        func segment(_ a: Color, _ b: Color) -> String { Self.segment(a, b, gray: gray) }
        guard let first = clean.first, let last = clean.last else { return segment(.black, .black) }
        if first.0 > 0 { clean.insert((0, first.1), at: 0) }
        if last.0 < 1 { clean.append((1, last.1)) }
        // Zero-length segments (a hard edge) cannot be a stitching bound; the later colour wins there.
        var points: [(Double, Color)] = []
        for stop in clean {
            if let previous = points.last, stop.0 <= previous.0 { points[points.count - 1] = stop } else { points.append(stop) }
        }
        if points.count < 2 { return segment(points.first?.1 ?? .black, points.first?.1 ?? .black) }
        if points.count == 2 { return segment(points[0].1, points[1].1) }
        let functions = (1..<points.count).map { segment(points[$0 - 1].1, points[$0].1) }.joined(separator: " ")
        let bounds = points.dropFirst().dropLast().map { PDFSyntax.number($0.0, decimals: 4) }.joined(separator: " ")
        let encode = Array(repeating: "0 1", count: points.count - 1).joined(separator: " ")
        return "<</FunctionType 3 /Domain [0 1] /Functions [\(functions)] /Bounds [\(bounds)] /Encode [\(encode)]>>"
    }

    private static func segment(_ a: Color, _ b: Color, gray: Bool) -> String {
        func operands(_ c: Color) -> String { gray ? PDFColor.table[Int(c.r)] : PDFColor.components(c) }
        return "<</FunctionType 2 /Domain [0 1] /C0 [\(operands(a))] /C1 [\(operands(b))] /N 1>>"
    }
}

/// Colour components as PDF operands.
enum PDFColor {
    /// `r g b` in 0…1 with three decimals, from a table of the 256 byte values.
    static func components(_ c: Color) -> String { "\(table[Int(c.r)]) \(table[Int(c.g)]) \(table[Int(c.b)])" }

    static let table: [String] = (0...255).map { SVGNumber.format(Double($0) / 255, decimals: 3) }
}
