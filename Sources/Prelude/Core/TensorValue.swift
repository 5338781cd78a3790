import Learn
import Script

/// A `Tensor` as a cell value. Its members, operators and display are installed by
/// the Learn part of the Prelude; charts read it wherever they accept `[Double]`.
public final class TensorValue: NativeObject {
    public var tensor: Tensor
    public init(_ tensor: Tensor) { self.tensor = tensor }
    public var typeName: String { "Tensor" }
    public var description: String { tensor.description }
}
