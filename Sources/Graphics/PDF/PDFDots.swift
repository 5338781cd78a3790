/// Filled circles written as PDF dots: a zero-length segment stroked with round caps as
/// wide as the circle paints exactly its disc (PDF 1.7 §8.5.3.2: a degenerate subpath is
/// painted as a dot when caps are round), in 2 coordinates instead of the 26 of four Bézier
/// quarters. A path of many such dots is stroked as one shape, covering the union of the
/// discs once, as filling the circles with the nonzero rule does. Scatter plots and
/// beeswarms draw thousands of dots: this makes their PDF content ~6× smaller to write
/// and to compress.
enum PDFDots {
    /// The centres and the common radius when every subpath of `path` is a circle of one
    /// radius as `Path.circle` builds it (a move, four quarter arcs, a close); nil otherwise.
    static func circles(_ path: Path) -> (centers: [Point], radius: Double)? { path.circles }
}
