/// Writes a `Scene` as a one-page vector PDF 1.4 the size of the canvas (one
/// CSS pixel = 0.75 pt): paths with fills, strokes, dashes, joins and caps;
/// alpha and group opacity (transparency groups); clips; gradients as axial
/// shadings; text as real text in embedded TrueType subsets (selectable and
/// searchable); raster images. Content streams, fonts and images are
/// Flate-compressed. The bytes depend only on the scene (no dates or ids).
public enum PDFWriter {
    /// Points per CSS pixel.
    public static let pointsPerPixel = 0.75
    /// Embedded images keep at most this many pixels per user unit along each axis.
    public static let imageDensity = 2.0

    /// The longest title and subject kept in the document information, in characters.
    static let maxTitleLength = 300
    static let maxSummaryLength = 2000

    /// The PDF file; `title` goes to the document information (and viewers' title bars),
    /// the scene's title when nil; the scene's summary is the subject.
    public static func write(_ scene: Scene, fonts: FontBook, title: String? = nil) -> [UInt8] {
        let title = title ?? scene.title
        let document = PDFDocument()
        let catalog = document.reserve(), pages = document.reserve(), page = document.reserve()
        let resources = PDFResources(document: document, fonts: PDFFontSet(book: fonts))
        let content = PDFContent(resources: resources, fonts: fonts)
        let width = finite(scene.width), height = finite(scene.height)
        let k = pointsPerPixel
        content.transform(Transform(a: k, b: 0, c: 0, d: -k, e: 0, f: height * k))
        content.op("4 M")
        if let background = scene.background, background.alpha > 0 {
            content.emit([.shape(Shape(.rect(Rect(x: 0, y: 0, width: width, height: height)), fill: .solid(background)))])
        }
        content.emit(scene.nodes)
        let contents = document.addStream("", content.bytes, compress: true)
        resources.finish()
        let box = "0 0 \(PDFSyntax.number(width * k, decimals: 2)) \(PDFSyntax.number(height * k, decimals: 2))"
        document.set(page, Array("<</Type /Page /Parent \(PDFSyntax.ref(pages)) /MediaBox [\(box)] /Resources \(PDFSyntax.ref(resources.dictionaryID)) /Contents \(PDFSyntax.ref(contents)) /Group <</S /Transparency /CS /DeviceRGB>>>>".utf8))
        document.set(pages, Array("<</Type /Pages /Kids [\(PDFSyntax.ref(page))] /Count 1>>".utf8))
        var catalogEntries = "/Type /Catalog /Pages \(PDFSyntax.ref(pages))"
        var infoEntries = "/Producer (Loupe)"
        if let title, !title.isEmpty {
            infoEntries += " /Title \(PDFSyntax.textString(Self.cut(title, to: maxTitleLength)))"
            catalogEntries += " /ViewerPreferences <</DisplayDocTitle true>>"
        }
        if let summary = scene.summary, !summary.isEmpty { infoEntries += " /Subject \(PDFSyntax.textString(Self.cut(summary, to: maxSummaryLength)))" }
        let info = document.add("<<\(infoEntries)>>")
        document.set(catalog, Array("<<\(catalogEntries)>>".utf8))
        return document.serialize(root: catalog, info: info)
    }

    /// At most `limit` characters, an ellipsis ending a longer text.
    private static func cut(_ text: String, to limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    private static func finite(_ v: Double) -> Double { v.isFinite ? Swift.max(1, Swift.min(v, 100_000)) : 1 }
}
