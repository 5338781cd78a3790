import Script

/// Tensors, models, differentiation, optimizers, datasets, `fit` and the model views
/// (LANGUAGE.md sections 7–10).
enum LearnLibrary {
    static func install(into interpreter: Interpreter, channel: DisplayChannel) {}
}
