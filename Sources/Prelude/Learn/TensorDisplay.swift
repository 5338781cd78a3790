import Learn
import Script

/// A tensor's cell result: numpy-like text (elided past 6 rows), and for rank 2 an HTML table too.
extension TensorValue: RichDisplayable {
    public var debugDescription: String { tensor.description }

    public func displayBundle() throws(ScriptError) -> DisplayBundle {
        guard let table = tensor.htmlTable() else { return .plain(tensor.description) }
        let caption = "<div class=\"loupe-tensor-shape\">Tensor, shape \(tensor.shape)</div>\n"
        return DisplayBundle(items: [("text/html", caption + table), ("text/plain", tensor.description)])
    }
}
