import Charts
import Graphics

/// Per-layer panels laid out two to a row under a view's title and theme
/// (weight, gradient and activation views share this layout).
enum PanelGrid {
    static func nodes(_ panels: [any Chart], options: ChartOptions, size: Size,
                      measurer: any TextMeasurer) -> [Node] {
        guard !panels.isEmpty,
              var grid = try? Grid(panels, columns: Swift.min(2, panels.count), title: options.title,
                                   width: size.width, height: size.height) else { return [] }
        grid.options.theme = options.theme
        return grid.nodes(size: size, measurer: measurer)
    }
}
