/// Tensors, reverse-mode differentiation, layers, optimizers and datasets.
public enum Learn {}
