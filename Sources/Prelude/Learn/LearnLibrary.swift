import Script

/// Tensors, models, differentiation, optimizers, datasets, `fit` and the model views
/// (LANGUAGE.md sections 7–10), one family per file in this folder.
enum LearnLibrary {
    static func install(into interpreter: Interpreter, channel: DisplayChannel) {
        let context = LearnContext(interpreter: interpreter, channel: channel)
        interpreter.register(TensorConstructors.namespace(interpreter))
        ActivationFunctions.namespaces().forEach(interpreter.register)
        LayerConstructors.namespaces(interpreter).forEach(interpreter.register)
        ImageLayerConstructors.namespaces(interpreter).forEach(interpreter.register)
        interpreter.register(ModelConstructors.namespace(context))
        OptimizerConstructors.namespaces.forEach(interpreter.register)
        interpreter.register(DatasetConstructors.namespace(context))
        interpreter.register(TrainingControls.namespace)
        let builtins = TensorMath.all + LossFunctions.all + Differentiation.builtins(context) + ModelViewFunctions.all + ImageViewFunctions.all
            + EvaluationViewFunctions.builtins(context)
        builtins.forEach(interpreter.register)
    }
}
